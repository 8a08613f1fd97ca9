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
