//! `cargo test --workspace` builds every crate without the `ko` feature, since turning it on
//! for one member would turn it on for all and make the UI suite Korean. This test builds the
//! macro crates with it, in a target directory of their own, and runs the unit test that
//! checks `Lang::current()` there.

// Running cargo needs the environment and a process, which clippy.toml forbids to the macros
// themselves.
#![allow(
    clippy::disallowed_macros,
    clippy::disallowed_methods,
    clippy::disallowed_types
)]

use std::path::Path;
use std::process::Command;

#[test]
fn the_ko_feature_builds_and_selects_korean() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let target = workspace.join("target").join("ko-feature");
    for args in [
        &[
            "build",
            "--offline",
            "-q",
            "-p",
            "status-macros",
            "--features",
            "ko",
        ][..],
        &[
            "test",
            "--offline",
            "-q",
            "-p",
            "status-macros-impl",
            "--features",
            "ko",
            "--lib",
            "--",
            "ko_feature_selects_the_language",
            "korean",
        ][..],
    ] {
        let output = Command::new(&cargo)
            .args(args)
            .current_dir(&workspace)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "cargo {}:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
