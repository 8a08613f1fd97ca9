//! The registry's XML form (`https://www.iana.org/assignments/http-status-codes/http-status-codes.xml`),
//! read into the same three fields per row as the CSV form, so both go through one parser and
//! one comparison.
//!
//! Each `<record>` holds a `<value>`, a `<description>` and zero or more `<xref>` elements. The
//! first `<xref>` becomes the CSV's bracketed reference: its `type` and `data` name the document
//! (`type="rfc" data="rfc9110"` is `RFC9110`), and the section comes from a `section` attribute,
//! from the element's own text (`RFC9110, Section 15.2.1`), or from text that follows an empty
//! element inside the record (`<xref .../>, Section 15.2.1`), whichever the file uses.

use super::{MalformedRegistry, Record};

/// The records of every `<record>` element in `xml`, as `[value, description, reference]`.
pub(super) fn records(xml: &str) -> Result<Vec<Record>, MalformedRegistry> {
    let mut tokens = Tokens {
        rest: xml.strip_prefix('\u{feff}').unwrap_or(xml),
        line: 1,
    };
    let mut records = Vec::new();
    let mut open: Option<OpenRecord> = None;
    while let Some(token) = tokens.next()? {
        match (token, open.as_mut()) {
            (
                Token::Start {
                    name: "record",
                    line,
                    ..
                },
                None,
            ) => {
                open = Some(OpenRecord::new(line));
            }
            (
                Token::Start {
                    name: "record",
                    line,
                    ..
                },
                Some(_),
            ) => {
                return Err(MalformedRegistry {
                    line,
                    problem: "a <record> inside another <record>".to_owned(),
                })
            }
            (Token::End { name: "record", .. }, Some(_)) => {
                let record = open.take().expect("matched Some");
                records.push(record.finish()?);
            }
            (token, Some(record)) => record.take(token)?,
            (_, None) => {}
        }
    }
    match open {
        Some(record) => Err(MalformedRegistry {
            line: record.line,
            problem: "a <record> is never closed".to_owned(),
        }),
        None => Ok(records),
    }
}

/// A `<record>` being read.
struct OpenRecord {
    line: usize,
    value: Option<String>,
    description: Option<String>,
    /// The element whose text is being collected.
    inside: Option<Field>,
    text: String,
    reference: Option<Reference>,
    /// True once the first `<xref>` has closed; text after it may carry its section.
    reference_closed: bool,
}

/// The elements of a record whose text is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Value,
    Description,
    /// The first `<xref>`.
    Reference,
}

impl Field {
    fn of(element: &str) -> Option<Field> {
        match element {
            "value" => Some(Field::Value),
            "description" => Some(Field::Description),
            "xref" => Some(Field::Reference),
            _ => None,
        }
    }
}

/// The first `<xref>` of a record.
struct Reference {
    document: String,
    section: Option<String>,
    text: String,
    trailing: String,
}

impl OpenRecord {
    fn new(line: usize) -> OpenRecord {
        OpenRecord {
            line,
            value: None,
            description: None,
            inside: None,
            text: String::new(),
            reference: None,
            reference_closed: false,
        }
    }

    fn take(&mut self, token: Token<'_>) -> Result<(), MalformedRegistry> {
        match token {
            Token::Start {
                name,
                attributes,
                empty,
                line,
            } => match Field::of(name) {
                Some(field @ (Field::Value | Field::Description)) if !empty => {
                    self.inside = Some(field);
                    self.text.clear();
                }
                Some(Field::Reference) if self.reference.is_none() => {
                    self.reference = Some(Reference::from_attributes(&attributes, line)?);
                    self.reference_closed = empty;
                    if !empty {
                        self.inside = Some(Field::Reference);
                        self.text.clear();
                    }
                }
                _ => {}
            },
            Token::End { name, .. } => match self
                .inside
                .filter(|&inside| Field::of(name) == Some(inside))
            {
                Some(Field::Value) => self.value = Some(self.take_text()),
                Some(Field::Description) => self.description = Some(self.take_text()),
                Some(Field::Reference) => {
                    let text = self.take_text();
                    if let Some(reference) = self.reference.as_mut() {
                        reference.text = text;
                    }
                    self.reference_closed = true;
                }
                None => {}
            },
            Token::Text(text) => {
                if self.inside.is_some() {
                    self.text.push_str(&text);
                } else if let (true, Some(reference)) =
                    (self.reference_closed, self.reference.as_mut())
                {
                    reference.trailing.push_str(&text);
                }
            }
        }
        Ok(())
    }

    fn take_text(&mut self) -> String {
        self.inside = None;
        normalize_space(&std::mem::take(&mut self.text))
    }

    fn finish(self) -> Result<Record, MalformedRegistry> {
        let missing = |element| MalformedRegistry {
            line: self.line,
            problem: format!("a <record> without a <{element}>"),
        };
        let value = self.value.clone().ok_or_else(|| missing("value"))?;
        let description = self
            .description
            .clone()
            .ok_or_else(|| missing("description"))?;
        let reference = self
            .reference
            .as_ref()
            .map(Reference::as_csv)
            .unwrap_or_default();
        Ok(Record {
            line: self.line,
            fields: vec![value, description, reference],
        })
    }
}

impl Reference {
    fn from_attributes(
        attributes: &[(&str, String)],
        line: usize,
    ) -> Result<Reference, MalformedRegistry> {
        let attribute = |wanted: &str| {
            attributes
                .iter()
                .find(|(name, _)| *name == wanted)
                .map(|(_, value)| value.as_str())
        };
        let data = attribute("data").ok_or_else(|| MalformedRegistry {
            line,
            problem: "an <xref> without a data attribute".to_owned(),
        })?;
        let document = match attribute("type") {
            Some("rfc") => data.to_ascii_uppercase(),
            _ => data.to_owned(),
        };
        Ok(Reference {
            document,
            section: attribute("section").map(str::to_owned),
            text: String::new(),
            trailing: String::new(),
        })
    }

    /// The reference as the CSV writes it: `[RFC9110, Section 15.2.1]`.
    fn as_csv(&self) -> String {
        let trailing = normalize_space(&self.trailing);
        let group = if let Some(section) = &self.section {
            format!("{}, Section {section}", self.document)
        } else if !self.text.is_empty() {
            self.text.clone()
        } else if let Some(place) = trailing.strip_prefix(", ") {
            format!("{}, {place}", self.document)
        } else {
            self.document.clone()
        };
        format!("[{group}]")
    }
}

/// Runs of white space (line breaks inside an element included) as one space, trimmed.
fn normalize_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One piece of the document.
enum Token<'a> {
    Start {
        name: &'a str,
        attributes: Vec<(&'a str, String)>,
        /// `<xref .../>`: no end tag follows.
        empty: bool,
        line: usize,
    },
    End {
        name: &'a str,
    },
    /// Character data, entities resolved.
    Text(String),
}

/// Splits XML into tags and text. Declarations, comments, processing instructions and
/// doctypes are passed over; CDATA sections are text.
struct Tokens<'a> {
    rest: &'a str,
    line: usize,
}

impl<'a> Tokens<'a> {
    fn next(&mut self) -> Result<Option<Token<'a>>, MalformedRegistry> {
        loop {
            if self.rest.is_empty() {
                return Ok(None);
            }
            if !self.rest.starts_with('<') {
                let end = self.rest.find('<').unwrap_or(self.rest.len());
                let raw = self.advance(end);
                return Ok(Some(Token::Text(self.resolve_entities(raw)?)));
            }
            let skipped = [("<?", "?>"), ("<!--", "-->")]
                .into_iter()
                .find(|(open, _)| self.rest.starts_with(open));
            if let Some((_, close)) = skipped {
                self.skip_past(close)?;
                continue;
            }
            if let Some(rest) = self.rest.strip_prefix("<![CDATA[") {
                let line = self.line;
                let end = rest
                    .find("]]>")
                    .ok_or_else(|| self.unclosed(line, "CDATA section"))?;
                self.advance("<![CDATA[".len());
                let text = self.advance(end).to_owned();
                self.advance("]]>".len());
                return Ok(Some(Token::Text(text)));
            }
            if self.rest.starts_with("<!") {
                // A doctype or another declaration.
                self.skip_past(">")?;
                continue;
            }
            return self.tag().map(Some);
        }
    }

    /// A start, end or empty-element tag, at `<`.
    fn tag(&mut self) -> Result<Token<'a>, MalformedRegistry> {
        let line = self.line;
        let end = self
            .rest
            .find('>')
            .ok_or_else(|| self.unclosed(line, "tag"))?;
        let tag = self.advance(end + 1);
        let inner = &tag[1..tag.len() - 1];
        if let Some(name) = inner.strip_prefix('/') {
            return Ok(Token::End { name: name.trim() });
        }
        let (inner, empty) = match inner.strip_suffix('/') {
            Some(inner) => (inner, true),
            None => (inner, false),
        };
        let name_end = inner
            .find(|c: char| c.is_whitespace())
            .unwrap_or(inner.len());
        let (name, mut attributes_text) = inner.split_at(name_end);
        let mut attributes = Vec::new();
        loop {
            attributes_text = attributes_text.trim_start();
            if attributes_text.is_empty() {
                break;
            }
            let malformed = || MalformedRegistry {
                line,
                problem: format!("cannot read the attributes of <{name}>"),
            };
            let (attribute, rest) = attributes_text.split_once('=').ok_or_else(malformed)?;
            let rest = rest.trim_start();
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'');
            let quote = quote.ok_or_else(malformed)?;
            let (value, rest) = rest[1..].split_once(quote).ok_or_else(malformed)?;
            attributes.push((attribute.trim(), self.resolve_entities(value)?));
            attributes_text = rest;
        }
        Ok(Token::Start {
            name,
            attributes,
            empty,
            line,
        })
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references.
    fn resolve_entities(&self, raw: &str) -> Result<String, MalformedRegistry> {
        let mut text = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some(start) = rest.find('&') {
            text.push_str(&rest[..start]);
            let unknown = || MalformedRegistry {
                line: self.line,
                problem: format!("an unknown entity in {raw:?}"),
            };
            let end = rest[start..].find(';').ok_or_else(unknown)? + start;
            let entity = &rest[start + 1..end];
            let resolved = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => entity
                    .strip_prefix("#x")
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            text.push(resolved.ok_or_else(unknown)?);
            rest = &rest[end + 1..];
        }
        text.push_str(rest);
        Ok(text)
    }

    fn skip_past(&mut self, close: &str) -> Result<(), MalformedRegistry> {
        let line = self.line;
        let end = self
            .rest
            .find(close)
            .ok_or_else(|| self.unclosed(line, "declaration or comment"))?;
        self.advance(end + close.len());
        Ok(())
    }

    /// Moves past `length` bytes, counting line breaks, and returns them.
    fn advance(&mut self, length: usize) -> &'a str {
        let (taken, rest) = self.rest.split_at(length);
        self.line += taken.matches('\n').count();
        self.rest = rest;
        taken
    }

    fn unclosed(&self, line: usize, what: &str) -> MalformedRegistry {
        MalformedRegistry {
            line,
            problem: format!("a {what} is never closed"),
        }
    }
}
