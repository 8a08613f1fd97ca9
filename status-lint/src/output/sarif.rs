//! A SARIF 2.1.0 log, as code scanning services read it, written with serde-sarif's types.

use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, Message, MultiformatMessageString, Notification,
    PhysicalLocation, Region, ReportingConfiguration, ReportingDescriptor, Result as SarifResult,
    ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use super::display_path;
use status_table::words::Lang;

use crate::messages::Speak;
use crate::rules::{Level, Rule};
use crate::source::CUT;
use crate::Report;

/// Where the SARIF 2.1.0 schema is published (OASIS).
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Allow => "none",
        Level::Warning => "warning",
        Level::Error => "error",
    }
}

fn location(path: &std::path::Path, region: Option<Region>) -> Location {
    let artifact = ArtifactLocation::builder().uri(display_path(path)).build();
    let physical = match region {
        Some(region) => PhysicalLocation::builder()
            .artifact_location(artifact)
            .region(region)
            .build(),
        None => PhysicalLocation::builder()
            .artifact_location(artifact)
            .build(),
    };
    Location::builder().physical_location(physical).build()
}

/// The whole log, pretty-printed.
pub fn log(report: &Report, lang: Lang, config: &crate::config::Config) -> String {
    let rules: Vec<ReportingDescriptor> = Rule::ALL
        .iter()
        .map(|&rule| {
            ReportingDescriptor::builder()
                .id(rule.id())
                .short_description(
                    MultiformatMessageString::builder()
                        .text(lang.say().rule_description(rule))
                        .build(),
                )
                .default_configuration(
                    ReportingConfiguration::builder()
                        .level(serde_json::Value::from(level_name(config.level(rule))))
                        .build(),
                )
                .build()
        })
        .collect();
    // Code scanning takes logs of up to 10 MB. Past a thousand results the log is written
    // without indentation, without snippets (the service shows the file itself) and with a
    // code's notes, which say why and are the same for every finding of it, on its first
    // result only.
    let compact = report.findings.len() > COMPACT_PAST;
    let mut explained = std::collections::HashSet::new();
    let results: Vec<SarifResult> = report
        .findings
        .iter()
        .map(|finding| {
            let index = Rule::ALL
                .iter()
                .position(|&rule| rule == finding.rule)
                .expect("every rule is listed");
            let region = Region::builder()
                .start_line(finding.place.line as i64)
                .start_column(finding.column() as i64)
                .end_column((finding.column() + finding.place.len) as i64);
            let region = if compact {
                region.build()
            } else {
                region
                    .snippet(
                        serde_sarif::sarif::ArtifactContent::builder()
                            .text(narrow(&finding.line_text, finding.range.clone()))
                            .build(),
                    )
                    .build()
            };
            let text = if compact && !explained.insert((finding.rule, finding.code.as_str())) {
                finding.text(lang).brief()
            } else {
                finding.text(lang).full()
            };
            let result = SarifResult::builder()
                .rule_id(finding.rule.id())
                .rule_index(index as i64)
                .level(match finding.level {
                    Level::Error => ResultLevel::Error,
                    _ => ResultLevel::Warning,
                })
                .message(Message::builder().text(text).build())
                .locations(vec![location(&finding.file, Some(region))]);
            match &finding.related {
                Some(related) => {
                    let region = Region::builder()
                        .start_line(related.place.line as i64)
                        .start_column(related.place.column as i64 + 1)
                        .end_column((related.place.column + related.place.len) as i64 + 1)
                        .build();
                    let mut earlier = location(&finding.file, Some(region));
                    earlier.id = Some(0);
                    earlier.message = Some(Message::builder().text(related.label(lang)).build());
                    result.related_locations(vec![earlier]).build()
                }
                None => result.build(),
            }
        })
        .collect();
    let notifications: Vec<Notification> = report
        .problems
        .iter()
        .map(|problem| {
            let region = problem.place.map(|place| {
                Region::builder()
                    .start_line(place.line as i64)
                    .start_column(place.column as i64 + 1)
                    .build()
            });
            Notification::builder()
                .level(serde_json::Value::from(if problem.fatal {
                    "error"
                } else {
                    "warning"
                }))
                .message(Message::builder().text(problem.message(lang)).build())
                .locations(vec![location(&problem.path, region)])
                .build()
        })
        .collect();
    let invocation = Invocation::builder()
        .execution_successful(!report.problems.iter().any(|problem| problem.fatal))
        .tool_execution_notifications(notifications)
        .build();
    let driver = ToolComponent::builder()
        .name(env!("CARGO_PKG_NAME"))
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri(env!("CARGO_PKG_REPOSITORY"))
        .rules(rules)
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .invocations(vec![invocation])
        .build();
    let log = Sarif::builder()
        .schema(SCHEMA)
        .version(serde_json::Value::from("2.1.0"))
        .runs(vec![run])
        .build();
    let text = if compact {
        serde_json::to_string(&log)
    } else {
        serde_json::to_string_pretty(&log)
    };
    text.expect("plain data serializes") + "\n"
}

/// Results past which the log is written compact: no indentation, no snippets, each code's
/// notes once.
const COMPACT_PAST: usize = 1000;

/// The most characters a result's snippet keeps on each side of the mark: code scanning shows
/// the file itself, so the snippet only has to tell the place.
const SNIPPET_SIDE: usize = 24;

/// The finding's window, narrowed to [`SNIPPET_SIDE`] characters each side of `marked` when
/// it is a cut from a long line; a whole line is kept as it is.
fn narrow(window: &str, marked: std::ops::Range<usize>) -> String {
    if !window.starts_with(CUT) && !window.ends_with(CUT) {
        return window.to_owned();
    }
    let before = &window[..marked.start];
    let after = &window[marked.end..];
    let from = before
        .char_indices()
        .rev()
        .nth(SNIPPET_SIDE - 1)
        .map_or(0, |(at, _)| at);
    let to = after
        .char_indices()
        .nth(SNIPPET_SIDE)
        .map_or(after.len(), |(at, _)| at);
    let cut_before = if from > 0 { CUT } else { "" };
    let cut_after = if to < after.len() { CUT } else { "" };
    format!(
        "{cut_before}{}{}{}{cut_after}",
        &before[from..],
        &window[marked.clone()],
        &after[..to]
    )
}
