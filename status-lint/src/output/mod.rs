//! The four ways to print a report: for people (rustc's shape), JSON lines, SARIF 2.1.0 and
//! GitHub workflow annotations.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use std::path::Path;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// rustc's diagnostic shape, rendered with annotate-snippets.
    Human,
    /// One JSON object per line per finding.
    Json,
    /// One SARIF 2.1.0 log.
    Sarif,
    /// `::error file=...::message` lines for GitHub Actions.
    Github,
}

impl Format {
    /// The format `--format` names.
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "human" => Some(Format::Human),
            "json" => Some(Format::Json),
            "sarif" => Some(Format::Sarif),
            "github" => Some(Format::Github),
            _ => None,
        }
    }
}

/// A path as the output writes it: as given, with `/` between components on every platform.
pub fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let text = text.strip_prefix("./").unwrap_or(&text);
    if std::path::MAIN_SEPARATOR == '/' {
        text.to_owned()
    } else {
        text.replace(std::path::MAIN_SEPARATOR, "/")
    }
}
