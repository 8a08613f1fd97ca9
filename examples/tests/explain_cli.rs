//! Runs the `explain` example the way its documentation says to, from the workspace root:
//! `cargo run --example explain -- <args>`. Cargo sets `CARGO_BIN_EXE_*` only for binaries, not
//! examples, so the test goes through Cargo itself.
//!
//! The expectations are for the complete registry table.

use std::path::Path;
use std::process::Command;

/// What one run of the example produced.
struct Run {
    exit: Option<i32>,
    stdout: String,
    stderr: String,
}

fn explain(args: &[&str]) -> Run {
    let workspace_root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the examples package sits inside the workspace");
    let output = Command::new(env!("CARGO"))
        .args(["run", "--example", "explain", "--quiet", "--"])
        .args(args)
        .current_dir(workspace_root)
        .output()
        .expect("cargo runs");
    Run {
        exit: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[track_caller]
fn assert_contains(text: &str, expected: &str) {
    assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
}

#[test]
fn a_known_code_is_explained_with_its_reference() {
    let run = explain(&["306"]);
    assert_eq!(run.exit, Some(0), "stderr:\n{}", run.stderr);
    assert_contains(&run.stdout, "306 (Unused)");
    assert_contains(&run.stdout, "RFC 9110 section 15.4.7");
    assert_contains(&run.stdout, "Switch Proxy");
}

#[test]
fn ko_answers_in_korean() {
    let run = explain(&["404", "--ko"]);
    assert_eq!(run.exit, Some(0), "stderr:\n{}", run.stderr);
    assert_contains(&run.stdout, "찾을 수 없음");
    assert_contains(&run.stdout, "Status::NOT_FOUND");
    // The section is cited the Korean way, not "section 15.5.5".
    assert_contains(&run.stdout, "RFC 9110 15.5.5절");
}

#[test]
fn an_unassigned_code_fails_and_names_its_neighbours() {
    let run = explain(&["299"]);
    assert_eq!(run.exit, Some(1), "stdout:\n{}", run.stdout);
    assert!(run.stdout.is_empty(), "stdout:\n{}", run.stdout);
    assert_contains(&run.stderr, &status_core::REGISTRY_DATE.to_string());
    assert_contains(&run.stderr, "below: 226 IM Used");
    // 2xx has no listed code above 299.
    assert_contains(&run.stderr, "above: none in 2xx");
}

#[test]
fn a_former_name_leads_to_the_current_code() {
    let run = explain(&["Payload Too Large"]);
    assert_eq!(run.exit, Some(0), "stderr:\n{}", run.stderr);
    assert_contains(&run.stdout, "former name of 413");
    assert_contains(&run.stdout, "413 Content Too Large");
}

#[test]
fn names_match_in_any_case() {
    let run = explain(&["not found"]);
    assert_eq!(run.exit, Some(0), "stderr:\n{}", run.stderr);
    assert_contains(&run.stdout, "404 Not Found");
}

#[test]
fn a_number_out_of_range_fails() {
    let run = explain(&["1000"]);
    assert_eq!(run.exit, Some(1), "stdout:\n{}", run.stdout);
    assert_contains(&run.stderr, "100 to 599");
}

#[test]
fn no_arguments_is_a_usage_error() {
    let run = explain(&[]);
    assert_eq!(run.exit, Some(2), "stdout:\n{}", run.stdout);
    assert_contains(&run.stderr, "--help");
}

#[test]
fn help_prints_usage() {
    let run = explain(&["--help"]);
    assert_eq!(run.exit, Some(0), "stderr:\n{}", run.stderr);
    assert_contains(&run.stdout, "usage:");
}
