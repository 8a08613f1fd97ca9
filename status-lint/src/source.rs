//! A file's text with the start of each line, to turn line and character column into byte
//! offsets, and to find the inline comments that allow a finding.

use crate::finding::Place;
use crate::rules::Rule;

/// The text of one file and where its lines start.
pub struct Source<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// Every character is one byte, so a column is a byte count.
    ascii: bool,
    /// In a text that is not all ASCII, every `CHECKPOINT`-th character of each line, as
    /// (byte offset, column), ascending: a column is found from the nearest one before it, so a
    /// long line (minified JSON is one line) costs no walk from its start per finding.
    checkpoints: Vec<(usize, usize)>,
}

/// Characters between two checkpoints.
const CHECKPOINT: usize = 1024;

/// The most characters a snippet keeps on each side of what it marks: a finding holds a
/// window of its line, not the line, which in minified JSON is the whole file.
pub const WINDOW: usize = 80;

/// What stands for the cut part of a line in a window.
pub const CUT: &str = "...";

impl<'a> Source<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Source<'a> {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1));
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            let mut column = 0;
            for (at, c) in text.char_indices() {
                if c == '\n' {
                    column = 0;
                    continue;
                }
                if column > 0 && column % CHECKPOINT == 0 {
                    checkpoints.push((at, column));
                }
                column += 1;
            }
        }
        Source {
            text,
            starts,
            ascii,
            checkpoints,
        }
    }

    /// The byte offset of character `column` of the line from `line_start` to `line_end`,
    /// or `line_end` past its end.
    fn byte_at(&self, line_start: usize, line_end: usize, column: usize) -> usize {
        if self.ascii {
            return (line_start + column).min(line_end);
        }
        let (from, at) = self.nearest_checkpoint(line_start, line_end, |(_, c)| c <= column);
        self.text[from..line_end]
            .char_indices()
            .nth(column - at)
            .map_or(line_end, |(offset, _)| from + offset)
    }

    /// The character column of byte `offset` in the line from `line_start` to `line_end`.
    fn column_at(&self, line_start: usize, line_end: usize, offset: usize) -> usize {
        if self.ascii {
            return offset - line_start;
        }
        let (from, at) = self.nearest_checkpoint(line_start, line_end, |(b, _)| b <= offset);
        at + self.text[from..offset].chars().count()
    }

    /// The last checkpoint within the line that `before` accepts, as (byte offset, column),
    /// or the line's start.
    fn nearest_checkpoint(
        &self,
        line_start: usize,
        line_end: usize,
        before: impl Fn((usize, usize)) -> bool,
    ) -> (usize, usize) {
        let first = self.checkpoints.partition_point(|&(at, _)| at < line_start);
        let last = self.checkpoints.partition_point(|&(at, _)| at < line_end);
        let within = &self.checkpoints[first..last];
        match within.partition_point(|&checkpoint| before(checkpoint)) {
            0 => (line_start, 0),
            n => within[n - 1],
        }
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
        let line_end = line_start + self.line(place.line).len();
        let start = self.byte_at(line_start, line_end, place.column);
        let end = self
            .byte_at(line_start, line_end, place.column + place.len.max(1))
            .max(start);
        start..end
    }

    /// The line and 0-based character column of a byte offset.
    pub fn place_of(&self, offset: usize, len_bytes: usize) -> Place {
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let line_end = start + self.line(line).len();
        let column = self.column_at(start, line_end.max(offset), offset);
        let end = (offset + len_bytes).min(self.text.len());
        let len = self.text.get(offset..end).map_or(1, |s| s.chars().count());
        Place { line, column, len }
    }

    /// A window of `place`'s line around what it marks: at most `WINDOW` (80) characters on each
    /// side, with `...` where the line was cut (as rustc cuts long lines), and the marked bytes
    /// within the window.
    pub fn window(&self, place: Place) -> (String, std::ops::Range<usize>) {
        let Some(&line_start) = self.starts.get(place.line.wrapping_sub(1)) else {
            return (String::new(), 0..0);
        };
        let line_end = line_start + self.line(place.line).len();
        let marked = self.byte_range(place);
        let mark_end = self
            .byte_at(
                line_start,
                line_end,
                place.column + place.len.clamp(1, WINDOW),
            )
            .clamp(marked.start, marked.end);
        let from = self.byte_at(line_start, line_end, place.column.saturating_sub(WINDOW));
        let to = self.byte_at(
            line_start,
            line_end,
            place.column + place.len.clamp(1, WINDOW) + WINDOW,
        );
        let mut text = String::new();
        if from > line_start {
            text.push_str(CUT);
        }
        let start = text.len() + (marked.start - from);
        text.push_str(&self.text[from..to]);
        let end = start + (mark_end - marked.start);
        if to < line_end {
            text.push_str(CUT);
        }
        (text, start..end)
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

    /// On a long line, with and without characters of several bytes, places and byte ranges
    /// agree with a walk from the line's start, and a window keeps at most `WINDOW` characters
    /// each side of its mark.
    #[test]
    fn long_lines_are_indexed_and_windowed() {
        for filler in ["a", "한"] {
            let line: String = (0..5000)
                .map(|i| {
                    if i % 997 == 0 {
                        "306".to_owned()
                    } else {
                        filler.to_owned()
                    }
                })
                .collect();
            let text = format!("first\n{line}\nlast");
            let source = Source::new(&text);
            for (offset, _) in text.match_indices("306") {
                let place = source.place_of(offset, 3);
                let line_start = source.line_start(place.line);
                assert_eq!(place.column, text[line_start..offset].chars().count());
                assert_eq!(&text[source.byte_range(place)], "306");
                let (window, marked) = source.window(place);
                assert_eq!(&window[marked.clone()], "306");
                let kept = window.trim_start_matches(CUT).trim_end_matches(CUT);
                assert!(
                    kept.chars().count() <= 2 * WINDOW + 3,
                    "{}",
                    kept.chars().count()
                );
                assert_eq!(window.starts_with(CUT), place.column > WINDOW);
            }
        }
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
