//! One finding, and where in a file it points.

use std::path::PathBuf;

use crate::rules::{Level, Rule};

/// A place in a file: 1-based line, 0-based column counted in characters (as proc-macro2 and
/// the YAML parser count), and the length of the marked text in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 0, in characters.
    pub column: usize,
    /// How many characters to mark (at least one is marked).
    pub len: usize,
}

/// What a finding says, before it is given a file and a level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The first line, which must stand alone.
    pub message: String,
    /// Background: why the rule says so.
    pub notes: Vec<String>,
    /// What to do instead.
    pub help: Vec<String>,
}

impl Text {
    /// The message with its notes and help below it, each on a line of its own starting
    /// `note:` or `help:`, for formats that carry one block of text.
    pub fn full(&self) -> String {
        let mut text = self.message.clone();
        for (label, lines) in [("note", &self.notes), ("help", &self.help)] {
            for line in lines {
                text += &format!("\n{label}: {line}");
            }
        }
        text
    }
}

/// One thing the linter reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule it breaks.
    pub rule: Rule,
    /// Its level after configuration.
    pub level: Level,
    /// The code as it reads in the source (`306`, `12345`, `6XX`).
    pub code: String,
    /// The file, as the user named it or as the walk reached it.
    pub file: PathBuf,
    /// Where in the file.
    pub place: Place,
    /// The words.
    pub text: Text,
    /// The source line the finding is on, without its line ending.
    pub line_text: String,
    /// The marked bytes within `line_text`.
    pub range: std::ops::Range<usize>,
    /// The earlier place it refers to, if any.
    pub related: Option<Related>,
}

impl Finding {
    /// The 1-based column, as compilers print it.
    pub fn column(&self) -> usize {
        self.place.column + 1
    }
}

/// A file that could not be checked, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file or directory.
    pub path: PathBuf,
    /// What went wrong, in the user's language.
    pub message: String,
    /// Where in the file, when the problem is in its content (a syntax error).
    pub place: Option<Place>,
    /// The source line at `place`.
    pub line_text: Option<String>,
    /// True when the file could not be read at all (the run exits with 2); false when it was
    /// read but not understood, or skipped on purpose.
    pub unreadable: bool,
}

/// A finding as a reader produces it, before the file, the configuration and the inline
/// comments decide whether and how it is reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The rule it breaks.
    pub rule: Rule,
    /// The code as it reads in the source.
    pub code: String,
    /// Where.
    pub place: Place,
    /// The words.
    pub text: Text,
    /// For a duplicate, where the code was first written, and the label to show there.
    pub first: Option<(Place, String)>,
}

/// The earlier place a finding refers to (the first of two duplicates), with the source from
/// its line through the finding's, so both can be shown in one snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// Where the earlier occurrence is.
    pub place: Place,
    /// What to write under it.
    pub label: String,
    /// The source lines from `place.line` through the finding's line.
    pub lines: String,
    /// The earlier occurrence's bytes within `lines`.
    pub first: std::ops::Range<usize>,
    /// The finding's bytes within `lines`.
    pub this: std::ops::Range<usize>,
}
