//! Expansion reads nothing cargo does not track: no environment variables, files, network or
//! processes, so the same input always expands the same way. Checked on the source of every
//! module of this crate and of the proc-macro crate that calls it.

use std::path::Path;

/// APIs that would reach outside the token stream at expansion time.
const FORBIDDEN: &[&str] = &[
    "std::env",
    "env!(",
    "option_env!(",
    "std::fs",
    "include_str!(",
    "include_bytes!(",
    "include!(",
    "std::net",
    "std::process",
    "std::time",
    "tracked_env",
    "tracked_path",
];

#[test]
fn the_macros_read_nothing_but_their_tokens() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = [
        crate_dir.join("src"),
        crate_dir.join("../status-macros/src"),
    ];
    let mut checked = 0;
    for dir in sources {
        for file in std::fs::read_dir(&dir).expect("a source directory") {
            let path = file.expect("a directory entry").path();
            if path.extension().is_none_or(|extension| extension != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a readable source file");
            for api in FORBIDDEN {
                assert!(!text.contains(api), "{} uses {api}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} source files found");
}
