//! GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which the
//! runner shows as an annotation on the line.

use status_table::words::Lang;

use super::display_path;
use crate::rules::Level;
use crate::Report;

/// Escapes a command's message, where `%`, CR and LF are special.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value, where `:` and `,` are special too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The findings, then the files that could not be checked, as workflow commands worded in
/// `lang`.
pub fn findings(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let command = match finding.level {
            Level::Error => "error",
            _ => "warning",
        };
        let message = finding.text(lang).full();
        out += &format!(
            "::{command} file={},line={},col={},endColumn={},title={}::{}\n",
            property(&display_path(&finding.file)),
            finding.place.line,
            finding.column(),
            finding.column() + finding.place.len,
            property(finding.rule.id()),
            data(&message)
        );
    }
    for problem in &report.problems {
        let command = if problem.fatal { "error" } else { "warning" };
        let place = problem
            .place
            .map(|place| format!(",line={},col={}", place.line, place.column + 1))
            .unwrap_or_default();
        out += &format!(
            "::{command} file={}{place}::{}\n",
            property(&display_path(&problem.path)),
            data(&problem.message(lang))
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("a%b\nc"), "a%25b%0Ac");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
