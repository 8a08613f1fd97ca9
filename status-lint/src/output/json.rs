//! One JSON object per finding, one per line: `rule`, `level`, `code`, `file`, `line`,
//! `column`, `end_column`, `message`, `notes`, `help`.

use serde::Serialize;

use status_table::words::Lang;

use super::display_path;
use crate::Report;

#[derive(Serialize)]
struct Line<'a> {
    rule: &'static str,
    level: &'static str,
    code: &'a str,
    file: String,
    line: usize,
    column: usize,
    end_column: usize,
    message: &'a str,
    notes: &'a [String],
    help: &'a [String],
}

/// The findings as JSON lines, worded in `lang`.
pub fn findings(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let text = finding.text(lang);
        let line = Line {
            rule: finding.rule.id(),
            level: finding.level.name(),
            code: &finding.code,
            file: display_path(&finding.file),
            line: finding.place.line,
            column: finding.column(),
            end_column: finding.column() + finding.place.len,
            message: &text.message,
            notes: &text.notes,
            help: &text.help,
        };
        out += &serde_json::to_string(&line).expect("plain data serializes");
        out.push('\n');
    }
    out
}
