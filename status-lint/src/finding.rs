//! One finding, and where in a file it points: data only. The words come from `messages`,
//! when a renderer asks for them in a language.

use std::path::PathBuf;

use status_table::Entry;

use crate::rules::{Level, Rule, Verdict};

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

/// What a finding says, as facts: a reader records them, and they are worded only when a
/// renderer asks, in the language it is asked for ([`Finding::text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Said {
    /// A code judged against the table. `written` is the code as the source spells it;
    /// `constant` the path it was written as, when it was a named constant
    /// (`StatusCode::IM_A_TEAPOT`).
    Verdict {
        /// The judgement.
        verdict: Verdict,
        /// The code as written.
        written: String,
        /// The constant's path, for a code written as one.
        constant: Option<String>,
    },
    /// A code listed a second time in one list of responses.
    Duplicate {
        /// The code as written.
        written: String,
        /// The line of the first.
        first_line: usize,
        /// The line of this one.
        line: usize,
    },
    /// An OpenAPI response key that is neither a code, a class range nor `default`.
    Malformed {
        /// The key.
        key: String,
        /// What kind of mistake it is.
        kind: Malformed,
    },
    /// An operation that documents no successful response.
    NoSuccess,
    /// An operation that takes input and documents no client error.
    NoClientError,
    /// A body documented under a code that never has one; `key` holds it.
    BodyNotAllowed {
        /// The code.
        entry: &'static Entry,
        /// `content`, or Swagger 2.0's `schema`.
        key: String,
    },
    /// 101 documented beside a 2xx; `success` is the 2xx key.
    UpgradeWithSuccess {
        /// The 2xx key.
        success: String,
    },
    /// A reason phrase the registry has replaced, written for `entry`'s code.
    OutdatedPhrase {
        /// The code the phrase was once the name of.
        entry: &'static Entry,
        /// The phrase as written.
        phrase: String,
    },
}

/// What a finding says in one language: what [`Said`] becomes when it is rendered.
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
    /// What it says.
    pub said: Said,
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
    /// What went wrong.
    pub trouble: Trouble,
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

/// Why a file could not be checked, or what was left out of it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Trouble {
    /// It could not be read; the system's words for why.
    Unreadable(String),
    /// It is not UTF-8, from this byte on.
    NotUtf8 {
        /// The length of its valid start.
        valid_up_to: usize,
    },
    /// It is over the size limit.
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A symbolic link that leads back to this directory above it.
    SymlinkLoop(PathBuf),
    /// Rust that does not parse; the parser's words.
    RustSyntax(String),
    /// A document that does not parse as `syntax` (`JSON`, `YAML`); the parser's words.
    DocumentSyntax {
        /// The syntax it was read as.
        syntax: &'static str,
        /// What the parser said.
        error: String,
    },
    /// A document named on the command line that is not OpenAPI.
    NotOpenapi,
    /// The documents of a YAML stream, at these positions from 1, that are not OpenAPI.
    DocumentsSkipped(Vec<usize>),
    /// A file a `$ref` names, in the file `referrer`, that could not be found.
    MissingRef {
        /// The file with the `$ref`, as the output writes paths.
        referrer: String,
    },
    /// A `$ref` cycle back to this file.
    RefCycle,
    /// A kind of file the linter does not read.
    UnknownKind,
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
    /// What it says.
    pub said: Said,
    /// For a duplicate, where the code was first written.
    pub first: Option<Place>,
}

/// The earlier place a finding refers to (the first of two duplicates), and the source to
/// show it with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// Where the earlier occurrence is.
    pub place: Place,
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

/// What is wrong with a response key that is neither a code, a class range nor `default`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Malformed {
    /// A class range written in lower case (`4xx`), with its class digit.
    LowerCaseRange(char),
    /// A range of a class that does not exist (`6XX`, `0xx`).
    NoSuchClass,
    /// A range narrower than a class (`40X`), with its class digit.
    NarrowerThanClass(char),
    /// Anything else (`12345`, `ok`).
    NotACode,
}
