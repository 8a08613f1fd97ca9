//! The README and the code's own documentation say the same where they describe one thing.

use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The text of `document` between `<!-- marker ...-->` and `<!-- /marker -->`.
fn between_markers<'a>(document: &'a str, marker: &str) -> &'a str {
    let open = format!("<!-- {marker}");
    let start = document
        .find(&open)
        .and_then(|at| document[at..].find("-->\n").map(|end| at + end + 4))
        .unwrap_or_else(|| panic!("the README marks the start of {marker}"));
    let end = document
        .find(&format!("<!-- /{marker} -->"))
        .unwrap_or_else(|| panic!("the README marks the end of {marker}"));
    &document[start..end]
}

/// The list of what the compile-time check cannot resolve is written once, in
/// `scan_limits.md` (the scan module's documentation), and copied into the README.
#[test]
fn the_readme_lists_the_scans_limits_as_the_scan_module_does() {
    assert_eq!(
        between_markers(&read("README.md"), "scan-limits"),
        read("status-macros-impl/src/scan_limits.md"),
        "copy status-macros-impl/src/scan_limits.md into the README between the markers"
    );
}

/// So is the list of what the body scan counts as an answer and what it passes over, in
/// `scan_sees.md`.
#[test]
fn the_readme_lists_what_the_scan_sees_as_the_scan_module_does() {
    assert_eq!(
        between_markers(&read("README.md"), "scan-sees"),
        read("status-macros-impl/src/scan_sees.md"),
        "copy status-macros-impl/src/scan_sees.md into the README between the markers"
    );
}

/// The modules that word sentences about status codes: the shared vocabulary and the three
/// tools that write from it.
const MESSAGE_MODULES: [&str; 5] = [
    "status-table/src/words.rs",
    "status-macros-impl/src/messages.rs",
    "status-lint/src/messages.rs",
    "status-core/src/status.rs",
    "examples/examples/explain.rs",
];

/// Every run of `length` words in the string literals of `source`, outside its unit tests,
/// with `{..}` placeholders read as one word.
fn word_runs(source: &str, length: usize) -> std::collections::BTreeSet<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    let mut runs = std::collections::BTreeSet::new();
    let mut rest = code;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let mut end = 0;
        let mut escaped = false;
        for (at, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = at;
                    break;
                }
                _ => escaped = false,
            }
        }
        let literal = &after[..end];
        let words: Vec<&str> = literal
            .split(|c: char| !(c.is_alphanumeric() || "'`{}()".contains(c)))
            .filter(|word| !word.is_empty())
            .collect();
        for run in words.windows(length) {
            runs.insert(run.join(" "));
        }
        rest = &after[end + 1..];
    }
    runs
}

/// A sentence about a code is written once, in `status_table::words` or in the one tool that
/// says it: no run of six words appears in the literals of two message modules.
#[test]
fn no_sentence_about_a_code_is_written_in_two_message_modules() {
    let runs: Vec<(&str, std::collections::BTreeSet<String>)> = MESSAGE_MODULES
        .iter()
        .map(|module| (*module, word_runs(&read(module), 6)))
        .collect();
    let mut shared = Vec::new();
    for (index, (module, own)) in runs.iter().enumerate() {
        for (other, theirs) in &runs[index + 1..] {
            shared.extend(
                own.intersection(theirs)
                    .map(|run| format!("{module} and {other}: {run}")),
            );
        }
    }
    assert!(
        shared.is_empty(),
        "written twice; word it once in status_table::words:\n{}",
        shared.join("\n")
    );
}
