//! Findings in the shape rustc prints its diagnostics: `error[rule]: message`, `-->`
//! file:line:col, the source line with a caret under the code, then `= note:` and `= help:`.

use annotate_snippets::{AnnotationKind, Group, Level as Shown, Renderer, Snippet};

use super::display_path;
use crate::finding::{Finding, Problem};
use crate::messages::Lang;
use crate::rules::Level;
use crate::Report;

fn shown(level: Level) -> Shown<'static> {
    match level {
        Level::Error => Shown::ERROR,
        _ => Shown::WARNING,
    }
}

fn finding_group<'a>(finding: &'a Finding, path: &'a str) -> Group<'a> {
    let snippet = match &finding.related {
        // Both places in one snippet, as rustc shows a duplicate beside the first; the lines
        // between them fold away.
        Some(related) => Snippet::source(related.lines.as_str())
            .line_start(related.place.line)
            .path(path)
            .fold(true)
            .annotation(AnnotationKind::Primary.span(related.this.clone()))
            .annotation(
                AnnotationKind::Context
                    .span(related.first.clone())
                    .label(related.label.as_str()),
            ),
        None => Snippet::source(finding.line_text.as_str())
            .line_start(finding.place.line)
            .path(path)
            .annotation(AnnotationKind::Primary.span(finding.range.clone())),
    };
    shown(finding.level)
        .primary_title(finding.text.message.as_str())
        .id(finding.rule.id())
        .element(snippet)
        .elements(
            finding
                .text
                .notes
                .iter()
                .map(|note| Shown::NOTE.message(note.as_str())),
        )
        .elements(
            finding
                .text
                .help
                .iter()
                .map(|help| Shown::HELP.message(help.as_str())),
        )
}

/// Every finding, a blank line after each, and a closing count.
pub fn findings(report: &Report, lang: Lang, renderer: &Renderer) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let path = display_path(&finding.file);
        out += &renderer.render(&[finding_group(finding, &path)]);
        out += "\n\n";
    }
    out += &lang.summary(
        report.count(Level::Error),
        report.count(Level::Warning),
        report.files,
    );
    out.push('\n');
    out
}

/// One file that could not be checked, in the same shape (with the source line when the
/// problem is a syntax error).
pub fn problem(problem: &Problem, renderer: &Renderer) -> String {
    let path = display_path(&problem.path);
    let level = if problem.unreadable {
        Shown::ERROR
    } else {
        Shown::WARNING
    };
    let rendered = match (problem.place, &problem.line_text) {
        (Some(place), Some(line)) => {
            let start = line
                .char_indices()
                .nth(place.column)
                .map_or(line.len(), |(at, _)| at);
            let end = line[start..]
                .chars()
                .next()
                .map_or(start, |c| start + c.len_utf8());
            renderer.render(&[level.primary_title(problem.message.as_str()).element(
                Snippet::source(line.as_str())
                    .line_start(place.line)
                    .path(path.as_str())
                    .annotation(AnnotationKind::Primary.span(start..end)),
            )])
        }
        _ => renderer.render(&[Group::with_title(
            level.primary_title(format!("{path}: {}", problem.message)),
        )]),
    };
    rendered + "\n\n"
}
