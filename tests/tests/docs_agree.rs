//! The README and the code's own documentation say the same where they describe one thing.

use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The list of what the compile-time check cannot resolve is written once, in
/// `scan_limits.md` (the scan module's documentation), and copied into the README.
#[test]
fn the_readme_lists_the_scans_limits_as_the_scan_module_does() {
    let readme = read("README.md");
    let start = readme
        .find("<!-- scan-limits")
        .and_then(|at| readme[at..].find("-->\n").map(|end| at + end + 4))
        .expect("the README marks the start of the list");
    let end = readme
        .find("<!-- /scan-limits -->")
        .expect("the README marks its end");
    assert_eq!(
        &readme[start..end],
        read("status-macros-impl/src/scan_limits.md"),
        "copy status-macros-impl/src/scan_limits.md into the README between the markers"
    );
}
