//! A file's text with the start of each line, to turn line and character column into byte
//! offsets, and to find the inline comments that allow a finding.

use crate::finding::Place;
use crate::rules::Rule;

/// The text of one file and where its lines start.
pub struct Source<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Source<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Source<'a> {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1));
        Source { text, starts }
    }

    /// The whole text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Line `line` (from 1) without its line ending; empty past the end.
    pub fn line(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        self.text[start..end.max(start)].trim_end_matches('\r')
    }

    /// The byte offset where line `line` (from 1) starts; the end of the text past the end.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The byte range `place` marks, clipped to its line and never empty unless the line is.
    pub fn byte_range(&self, place: Place) -> std::ops::Range<usize> {
        let Some(&line_start) = self.starts.get(place.line.wrapping_sub(1)) else {
            return self.text.len()..self.text.len();
        };
        let line = self.line(place.line);
        let byte_at = |column: usize| {
            line.char_indices()
                .nth(column)
                .map_or(line.len(), |(at, _)| at)
        };
        let start = byte_at(place.column);
        let end = byte_at(place.column + place.len.max(1)).max(start);
        line_start + start..line_start + end
    }

    /// The line and 0-based character column of a byte offset.
    pub fn place_of(&self, offset: usize, len_bytes: usize) -> Place {
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let column = self.text[start..offset].chars().count();
        let end = (offset + len_bytes).min(self.text.len());
        let len = self.text.get(offset..end).map_or(1, |s| s.chars().count());
        Place { line, column, len }
    }

    /// True when a `status-lint: allow(...)` comment naming `rule` stands on `line` or alone on
    /// the line before it. `comment` is how a comment starts in this kind of file (`//` or `#`).
    pub fn allows(&self, line: usize, rule: Rule, comment: &str) -> bool {
        let names = |ids: Option<&str>| {
            ids.is_some_and(|ids| {
                ids.split(',')
                    .map(str::trim)
                    .any(|id| id == rule.id() || id == "status::all")
            })
        };
        let previous = if line > 1 { self.line(line - 1) } else { "" };
        names(allowed_on(self.line(line), comment))
            || (previous.trim_start().starts_with(comment) && names(allowed_on(previous, comment)))
    }
}

/// The list inside `status-lint: allow(...)` when it follows a comment marker on `line`.
fn allowed_on<'l>(line: &'l str, comment: &str) -> Option<&'l str> {
    const MARK: &str = "status-lint: allow(";
    let at = line.find(MARK)?;
    line[..at].find(comment)?;
    let rest = &line[at + MARK.len()..];
    let end = rest.find(')')?;
    Some(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_ranges_agree() {
        let source = Source::new("ab\n한글 306\r\nlast");
        assert_eq!(source.line(2), "한글 306");
        assert_eq!(source.line(3), "last");
        assert_eq!(source.line(9), "");
        let place = source.place_of(10, 3);
        assert_eq!(
            place,
            Place {
                line: 2,
                column: 3,
                len: 3
            }
        );
        assert_eq!(&source.text()[source.byte_range(place)], "306");
    }

    #[test]
    fn allow_comments() {
        let source = Source::new(
            "// status-lint: allow(status::unused)\nx(418)\ny(499) // status-lint: allow(status::non-standard, status::unused)\nlet s = \"status-lint: allow(status::unused)\";",
        );
        assert!(source.allows(2, Rule::Unused, "//"));
        assert!(!source.allows(2, Rule::NonStandard, "//"));
        assert!(source.allows(3, Rule::NonStandard, "//"));
        assert!(source.allows(3, Rule::Unused, "//"));
        assert!(!source.allows(4, Rule::Unused, "//"));
    }
}
