//! The YAML reader: builds the document tree from saphyr-parser's events, which carry where
//! each scalar starts and ends. Only the first document of a stream is read; aliases are
//! left unexpanded.

use saphyr_parser::{Event, Parser, Span};

use super::tree::{Key, Node};
use crate::finding::Place;

/// Why a document could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// What was wrong, in the parser's words.
    pub message: String,
    /// Where.
    pub place: Place,
}

enum Frame {
    Map(Vec<(Key, Node)>, Option<Key>),
    Seq(Vec<Node>),
}

fn place(span: Span) -> Place {
    let len = if span.end.line() == span.start.line() {
        span.end.col().saturating_sub(span.start.col())
    } else {
        1
    };
    Place {
        line: span.start.line(),
        column: span.start.col(),
        len: len.max(1),
    }
}

/// Reads the first document of `text`. An empty stream is an empty mapping.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut root = None;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|error| SyntaxError {
            message: error.info().to_owned(),
            place: Place {
                line: error.marker().line(),
                column: error.marker().col(),
                len: 1,
            },
        })?;
        let (node, text) = match event {
            Event::MappingStart(..) | Event::SequenceStart(..)
                if stack.len() >= super::json::MAX_DEPTH =>
            {
                return Err(SyntaxError {
                    message: "nested too deeply".to_owned(),
                    place: place(span),
                });
            }
            Event::MappingStart(..) => {
                stack.push(Frame::Map(Vec::new(), None));
                continue;
            }
            Event::SequenceStart(..) => {
                stack.push(Frame::Seq(Vec::new()));
                continue;
            }
            Event::MappingEnd | Event::SequenceEnd => match stack.pop() {
                Some(Frame::Map(entries, _)) => (Node::Map(entries), None),
                Some(Frame::Seq(items)) => (Node::Seq(items), None),
                None => continue,
            },
            Event::Scalar(value, ..) => {
                let value = value.into_owned();
                (Node::Scalar(value.clone()), Some(value))
            }
            Event::Alias(_) => (Node::Other, None),
            Event::DocumentEnd => break,
            _ => continue,
        };
        match stack.last_mut() {
            None => {
                root = Some(node);
                break;
            }
            Some(Frame::Seq(items)) => items.push(node),
            Some(Frame::Map(entries, pending)) => match pending.take() {
                Some(key) => entries.push((key, node)),
                // A mapping or sequence used as a key has no text the linter reads.
                None => {
                    *pending = Some(Key {
                        text: text.unwrap_or_default(),
                        place: place(span),
                    })
                }
            },
        }
    }
    Ok(root.unwrap_or(Node::Map(Vec::new())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_places() {
        let node = parse("a:\n  '200': x\n  200: [1, 2]\n  ? [k]\n  : v\n").unwrap();
        let Some(Node::Map(entries)) = node.get("a") else {
            panic!("{node:?}")
        };
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].0.text, "200");
        assert_eq!(
            entries[0].0.place,
            Place {
                line: 2,
                column: 2,
                len: 5
            }
        );
        assert_eq!(entries[1].0.text, "200");
        assert_eq!(entries[1].0.place.len, 3);
        assert_eq!(entries[2].0.text, "");
    }

    #[test]
    fn errors_have_places() {
        let error = parse("a: [1\nb: 2\n").unwrap_err();
        assert!(error.place.line >= 1);
        assert!(parse("").is_ok());
        assert!(parse("a: &x 1\nb: *x\n").is_ok());
        assert!(parse(&"[".repeat(super::super::json::MAX_DEPTH + 5)).is_err());
    }
}
