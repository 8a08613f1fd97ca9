//! One finding, and where in a file it points.

use std::path::PathBuf;

use crate::rules::{Level, Rule};

/// A place in a file: 1-based line, 0-based column counted in characters (as proc-macro2 and
/// the YAML parser count), and the length of the marked text in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
        self.with(&self.notes)
    }

    /// The message with its help, without the notes: what to do, for a reader who has been
    /// told why once already.
    pub fn brief(&self) -> String {
        self.with(&[])
    }

    fn with(&self, notes: &[String]) -> String {
        let mut text = self.message.clone();
        for (label, lines) in [("note", notes), ("help", &self.help)] {
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
    /// A window of the source line the finding is on: at most `source::WINDOW` characters
    /// each side of the mark, `...` where the line was cut, no line ending.
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
    /// A window of the source line at `place`, as a finding keeps one, and the marked bytes
    /// within it.
    pub snippet: Option<(String, std::ops::Range<usize>)>,
    /// True when the run must exit with 2: the file could not be read at all, or it was named
    /// on the command line and could not be parsed or was over the size limit. False when a
    /// file met in a walk was not understood, or a file was skipped on purpose.
    pub fatal: bool,
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

/// The earlier place a finding refers to (the first of two duplicates), and the source to
/// show it with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// Where the earlier occurrence is.
    pub place: Place,
    /// What to write under it.
    pub label: String,
    /// The source to show both places with.
    pub shown: RelatedSource,
}

/// How the two places of a [`Related`] finding are shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RelatedSource {
    /// Near each other: the source lines from the earlier place's line through the finding's,
    /// in one snippet, with the earlier occurrence's bytes and the finding's within them.
    Together {
        /// The source lines from the earlier place's line through the finding's.
        lines: String,
        /// The earlier occurrence's bytes within `lines`.
        first: std::ops::Range<usize>,
        /// The finding's bytes within `lines`.
        this: std::ops::Range<usize>,
    },
    /// Far apart, or on long lines: a window of the earlier place's line, shown as a snippet of
    /// its own beside the finding's, with the earlier occurrence's bytes within it.
    Apart {
        /// A window of the earlier place's line, as a finding keeps its own.
        window: String,
        /// The earlier occurrence's bytes within `window`.
        first: std::ops::Range<usize>,
    },
}

/// The most source bytes a [`RelatedSource::Together`] snippet holds.
pub const TOGETHER_LIMIT: usize = 2048;
