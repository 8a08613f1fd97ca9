//! A JSON reader that keeps duplicate keys and where each key was written. serde's maps keep
//! only the last of two equal keys, which would hide the duplicate responses the linter
//! reports.

use super::tree::{Key, Node};
use crate::source::Source;

/// How deep arrays and objects may nest. OpenAPI documents stay far below this; the limit keeps
/// a hostile file from exhausting the stack.
pub const MAX_DEPTH: usize = 128;

/// Why a document could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// What was wrong.
    pub message: String,
    /// The byte offset.
    pub offset: usize,
}

/// Reads one JSON value filling the whole text.
pub fn parse(source: &Source<'_>) -> Result<Node, SyntaxError> {
    let mut reader = Reader {
        source,
        bytes: source.text().as_bytes(),
        at: 0,
    };
    reader.blank();
    let node = reader.value(0)?;
    reader.blank();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("more text after the document"));
    }
    Ok(node)
}

struct Reader<'s, 't> {
    source: &'s Source<'t>,
    bytes: &'t [u8],
    at: usize,
}

impl Reader<'_, '_> {
    fn error(&self, message: &str) -> SyntaxError {
        SyntaxError {
            message: message.to_owned(),
            offset: self.at,
        }
    }

    fn blank(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), SyntaxError> {
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => Ok(Node::Scalar(self.string()?)),
            Some(b'-' | b'0'..=b'9') => {
                self.number()?;
                Ok(Node::Other)
            }
            Some(b't') => self.word("true"),
            Some(b'f') => self.word("false"),
            Some(b'n') => self.word("null"),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("the document ends where a value should be")),
        }
    }

    fn word(&mut self, word: &str) -> Result<Node, SyntaxError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(Node::Other)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.at;
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while reader.bytes.get(reader.at).is_some_and(u8::is_ascii_digit) {
                reader.at += 1;
            }
            reader.at > from
        };
        if !digits(self) {
            return Err(self.error("expected digits"));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("expected digits after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("expected digits in the exponent"));
            }
        }
        debug_assert!(self.at > start);
        Ok(())
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.expect(b'"', "expected a string")?;
        let mut out = String::new();
        loop {
            let run = self.at;
            while let Some(&byte) = self.bytes.get(self.at) {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The text is a &str and the run stops only at ASCII bytes, so it is whole UTF-8.
            out.push_str(&self.source.text()[run..self.at]);
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("a control character inside a string")),
                None => return Err(self.error("a string that never ends")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let Some(&byte) = self.bytes.get(self.at) else {
            return Err(self.error("a string that never ends"));
        };
        self.at += 1;
        let c = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                if (0xD800..0xDC00).contains(&high) && self.bytes[self.at..].starts_with(b"\\u") {
                    self.at += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("an unpaired surrogate escape"));
                    }
                    let joined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    char::from_u32(joined).ok_or_else(|| self.error("a bad escape"))?
                } else {
                    char::from_u32(high).unwrap_or('\u{FFFD}')
                }
            }
            _ => {
                self.at -= 1;
                return Err(self.error("an unknown escape"));
            }
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .filter(|_| {
                self.bytes[self.at..self.at + 4]
                    .iter()
                    .all(u8::is_ascii_hexdigit)
            })
            .ok_or_else(|| self.error("expected four hex digits"))?;
        self.at += 4;
        Ok(digits)
    }

    fn array(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        self.blank();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(Node::Seq(items));
        }
        loop {
            self.blank();
            items.push(self.value(depth + 1)?);
            self.blank();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Node::Seq(items));
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        self.at += 1;
        let mut entries = Vec::new();
        self.blank();
        if self.bytes.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(Node::Map(entries));
        }
        loop {
            self.blank();
            let start = self.at;
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let text = self.string()?;
            let key = Key {
                text,
                place: self.source.place_of(start, self.at - start),
            };
            self.blank();
            self.expect(b':', "expected `:` after the key")?;
            self.blank();
            let value = self.value(depth + 1)?;
            entries.push((key, value));
            self.blank();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Node::Map(entries));
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Node, SyntaxError> {
        parse(&Source::new(text))
    }

    #[test]
    fn keeps_duplicates_and_places() {
        let node = read("{\"a\": 1,\n \"a\": [true, null, \"x\\u00e9\\ud83d\\ude00\"]}").unwrap();
        let Node::Map(entries) = node else { panic!() };
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].0.place.line, 2);
        assert_eq!(entries[1].0.place.column, 1);
        assert_eq!(entries[1].0.place.len, 3);
        assert_eq!(
            entries[1].1,
            Node::Seq(vec![Node::Other, Node::Other, Node::Scalar("xé😀".into())])
        );
    }

    #[test]
    fn rejects_bad_json() {
        for bad in [
            "",
            "{",
            "{\"a\" 1}",
            "[1,]",
            "\"\\x\"",
            "01x",
            "{} {}",
            "\"\u{1}\"",
            "-",
            "1e",
        ] {
            assert!(read(bad).is_err(), "{bad:?}");
        }
        assert!(read(&"[".repeat(MAX_DEPTH + 5)).is_err());
    }
}
