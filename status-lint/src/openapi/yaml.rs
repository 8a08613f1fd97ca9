//! The YAML reader: builds the document tree from saphyr-parser's events, which carry where
//! each scalar starts and ends. Every document of a stream is read. Aliases are expanded to
//! copies of what their anchor names (whose keys keep the places where the anchor wrote them),
//! and merge keys (`<<: *common`) add the merged mapping's keys that the mapping does not write
//! itself; both within a bound on the nodes aliases may add, so an alias bomb stops early.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

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

/// The most nodes aliases may add to a stream: far more than any real document repeats, and
/// few enough that a document of nested aliases that would expand exponentially is refused
/// quickly.
pub const MAX_ALIAS_NODES: usize = 1_000_000;

enum Frame {
    /// Entries, the key waiting for its value (and whether it is the merge key `<<`), what
    /// merge keys bring, and the anchor the mapping defines (0 for none).
    Map {
        entries: Vec<(Key, Node)>,
        pending: Option<(Key, bool)>,
        merged: Vec<Node>,
        anchor: usize,
    },
    Seq(Vec<Node>, usize),
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

/// How many nodes a node holds, itself included.
fn size(node: &Node) -> usize {
    match node {
        Node::Map(entries) => 1 + entries.iter().map(|(_, value)| size(value)).sum::<usize>(),
        Node::Seq(items) => 1 + items.iter().map(size).sum::<usize>(),
        Node::Scalar(_) | Node::Other => 1,
    }
}

/// A mapping's entries with what its merge keys bring: each merged mapping's keys that the
/// mapping (or an earlier merged mapping) does not have, as YAML's merge key says.
fn merge(mut entries: Vec<(Key, Node)>, merged: Vec<Node>) -> Vec<(Key, Node)> {
    let mut sources = Vec::new();
    for node in merged {
        match node {
            Node::Seq(items) => sources.extend(items),
            other => sources.push(other),
        }
    }
    for source in sources {
        if let Node::Map(more) = source {
            for (key, value) in more {
                if !entries.iter().any(|(have, _)| have.text == key.text) {
                    entries.push((key, value));
                }
            }
        }
    }
    entries
}

/// Reads every document of `text`. An empty stream is one empty mapping.
pub fn parse(text: &str) -> Result<Vec<Node>, SyntaxError> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut documents = Vec::new();
    let mut root = None;
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    let mut alias_nodes = 0;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|error| SyntaxError {
            message: error.info().to_owned(),
            place: Place {
                line: error.marker().line(),
                column: error.marker().col(),
                len: 1,
            },
        })?;
        let (node, key) = match event {
            Event::MappingStart(..) | Event::SequenceStart(..)
                if stack.len() >= super::json::MAX_DEPTH =>
            {
                return Err(SyntaxError {
                    message: "nested too deeply".to_owned(),
                    place: place(span),
                });
            }
            Event::MappingStart(anchor, _) => {
                stack.push(Frame::Map {
                    entries: Vec::new(),
                    pending: None,
                    merged: Vec::new(),
                    anchor,
                });
                continue;
            }
            Event::SequenceStart(anchor, _) => {
                stack.push(Frame::Seq(Vec::new(), anchor));
                continue;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                let (node, anchor) = match stack.pop() {
                    Some(Frame::Map {
                        entries,
                        merged,
                        anchor,
                        ..
                    }) => (Node::Map(merge(entries, merged)), anchor),
                    Some(Frame::Seq(items, anchor)) => (Node::Seq(items), anchor),
                    None => continue,
                };
                if anchor != 0 {
                    anchors.insert(anchor, node.clone());
                }
                (node, None)
            }
            Event::Scalar(value, style, anchor, _) => {
                let value = value.into_owned();
                let node = Node::Scalar(value.clone());
                if anchor != 0 {
                    anchors.insert(anchor, node.clone());
                }
                let key = Key {
                    text: value,
                    place: place(span),
                };
                (node, Some((key, style == ScalarStyle::Plain)))
            }
            Event::Alias(anchor) => {
                let node = anchors.get(&anchor).cloned().unwrap_or(Node::Other);
                alias_nodes += size(&node);
                if alias_nodes > MAX_ALIAS_NODES {
                    return Err(SyntaxError {
                        message: format!("its aliases expand to more than {MAX_ALIAS_NODES} nodes"),
                        place: place(span),
                    });
                }
                (node, None)
            }
            Event::DocumentEnd => {
                documents.push(root.take().unwrap_or(Node::Map(Vec::new())));
                stack.clear();
                continue;
            }
            _ => continue,
        };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq(items, _)) => items.push(node),
            Some(Frame::Map {
                entries,
                pending,
                merged,
                ..
            }) => match pending.take() {
                Some((_, true)) => merged.push(node),
                Some((key, false)) => entries.push((key, node)),
                // A mapping or sequence used as a key has no text the linter reads.
                None => {
                    *pending = Some(match key {
                        Some((key, plain)) => {
                            let is_merge = plain && key.text == "<<";
                            (key, is_merge)
                        }
                        None => (
                            Key {
                                text: String::new(),
                                place: place(span),
                            },
                            false,
                        ),
                    })
                }
            },
        }
    }
    if let Some(last) = root {
        documents.push(last);
    }
    if documents.is_empty() {
        documents.push(Node::Map(Vec::new()));
    }
    Ok(documents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_places() {
        let node = parse("a:\n  '200': x\n  200: [1, 2]\n  ? [k]\n  : v\n")
            .unwrap()
            .remove(0);
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
