//! Findings in the shape rustc prints its diagnostics: `error[rule]: message`, `-->`
//! file:line:col, the source line with a caret under the code, then `= note:` and `= help:`.

use annotate_snippets::{AnnotationKind, Group, Level as Shown, Renderer, Snippet};

use super::display_path;
use status_table::words::Lang;

use crate::finding::{Finding, Problem, Related, RelatedSource, Text};
use crate::messages::Speak;
use crate::rules::Level;
use crate::source::CUT;
use crate::Report;

fn shown(level: Level) -> Shown<'static> {
    match level {
        Level::Error => Shown::ERROR,
        _ => Shown::WARNING,
    }
}

/// `text` is the finding's words, `label` the words under an earlier place it refers to.
fn finding_group<'a>(
    finding: &'a Finding,
    text: &'a Text,
    label: &'a str,
    path: &'a str,
) -> Group<'a> {
    let own = || {
        Snippet::source(finding.line_text.as_str())
            .line_start(finding.place.line)
            .path(path)
            .annotation(AnnotationKind::Primary.span(finding.range.clone()))
    };
    let (snippet, earlier) = match &finding.related {
        // Both places in one snippet, as rustc shows a duplicate beside the first; the lines
        // between them fold away.
        Some(Related {
            place,
            shown: RelatedSource::Together { lines, first, this },
        }) => (
            Snippet::source(lines.as_str())
                .line_start(place.line)
                .path(path)
                .fold(true)
                .annotation(AnnotationKind::Primary.span(this.clone()))
                .annotation(AnnotationKind::Context.span(first.clone()).label(label)),
            None,
        ),
        // Far apart: the finding's window, then the earlier place's.
        Some(Related {
            place,
            shown: RelatedSource::Apart { window, first },
        }) => (
            own(),
            Some(
                Snippet::source(window.as_str())
                    .line_start(place.line)
                    .path(path)
                    .annotation(AnnotationKind::Context.span(first.clone()).label(label)),
            ),
        ),
        None => (own(), None),
    };
    shown(finding.level)
        .primary_title(text.message.as_str())
        .id(finding.rule.id())
        .element(snippet)
        .elements(earlier)
        .elements(
            text.notes
                .iter()
                .map(|note| Shown::NOTE.message(note.as_str())),
        )
        .elements(
            text.help
                .iter()
                .map(|help| Shown::HELP.message(help.as_str())),
        )
}

/// The renderer counts a snippet's column from the start of the text it is given, which for
/// a window cut at its start (a long line) is the cut: the location it prints,
/// `path:line:column`, gets the column in the file instead.
fn true_column(
    rendered: String,
    path: &str,
    line: usize,
    window: &str,
    marked_at: usize,
    column: usize,
) -> String {
    if !window.starts_with(CUT) {
        return rendered;
    }
    let shown = window[..marked_at].chars().count() + 1;
    rendered.replacen(
        &format!("{path}:{line}:{shown}"),
        &format!("{path}:{line}:{column}"),
        1,
    )
}

/// Every finding, a blank line after each, and a closing count.
pub fn findings(report: &Report, lang: Lang, renderer: &Renderer) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let path = display_path(&finding.file);
        let text = finding.text(lang);
        let label = finding
            .related
            .as_ref()
            .map(|related| related.label(lang))
            .unwrap_or_default();
        let mut rendered = renderer.render(&[finding_group(finding, &text, &label, &path)]);
        // The finding's own snippet, unless it shares one with the earlier place.
        if !matches!(
            finding.related,
            Some(Related {
                shown: RelatedSource::Together { .. },
                ..
            })
        ) {
            rendered = true_column(
                rendered,
                &path,
                finding.place.line,
                &finding.line_text,
                finding.range.start,
                finding.column(),
            );
        }
        if let Some(Related {
            place,
            shown: RelatedSource::Apart { window, first },
            ..
        }) = &finding.related
        {
            rendered = true_column(
                rendered,
                &path,
                place.line,
                window,
                first.start,
                place.column + 1,
            );
        }
        out += &rendered;
        out += "\n\n";
    }
    out += &lang.say().summary(
        report.count(Level::Error),
        report.count(Level::Warning),
        report.files,
    );
    out.push('\n');
    out
}

/// One file that could not be checked, in the same shape (with the source line when the
/// problem is a syntax error).
pub fn problem(problem: &Problem, lang: Lang, renderer: &Renderer) -> String {
    let path = display_path(&problem.path);
    let message = problem.message(lang);
    let level = if problem.fatal {
        Shown::ERROR
    } else {
        Shown::WARNING
    };
    let rendered = match (problem.place, &problem.snippet) {
        (Some(place), Some((window, marked))) => true_column(
            renderer.render(&[level.primary_title(message.as_str()).element(
                Snippet::source(window.as_str())
                    .line_start(place.line)
                    .path(path.as_str())
                    .annotation(
                        AnnotationKind::Primary.span(
                            marked.start
                                ..marked.start.max(
                                    window[marked.start..]
                                        .chars()
                                        .next()
                                        .map_or(marked.start, |c| marked.start + c.len_utf8()),
                                ),
                        ),
                    ),
            )]),
            &path,
            place.line,
            window,
            marked.start,
            place.column + 1,
        ),
        _ => renderer.render(&[Group::with_title(
            level.primary_title(format!("{path}: {message}")),
        )]),
    };
    rendered + "\n\n"
}
