//! The lints that keep the macros from reading anything but their tokens live in a
//! `clippy.toml` beside each macro crate's manifest; the two copies must say the same thing.

// Reading the two files is what this test is for.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use std::path::Path;

#[test]
fn both_macro_crates_forbid_the_same_ambient_access() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |dir: &Path| {
        std::fs::read_to_string(dir.join("clippy.toml"))
            .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
    };
    let here = read(crate_dir);
    let there = read(&crate_dir.join("../status-macros"));
    assert_eq!(
        here, there,
        "status-macros/clippy.toml differs from this crate's"
    );
    for setting in [
        "disallowed-macros",
        "disallowed-methods",
        "disallowed-types",
    ] {
        assert!(here.contains(setting), "clippy.toml has no {setting}");
    }
}
