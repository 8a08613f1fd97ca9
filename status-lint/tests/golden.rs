//! Golden tests: the linter runs over `tests/fixtures` in every format, and its output must
//! match the files in `tests/golden` byte for byte. Run with `UPDATE_GOLDEN=1` to rewrite them
//! after a deliberate change, and read the diff.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_cargo-status-lint"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the linter runs");
    Run {
        stdout: String::from_utf8(output.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 output"),
        code: output.status.code().expect("exited, not killed"),
    }
}

/// The day every golden run is judged on: after 104's recorded expiry, so the output does not
/// change with the calendar.
const DAY: &str = "--date=2026-12-01";

/// Runs the linter in `tests/fixtures` on [`DAY`] (given after cargo's leading `status-lint`,
/// where there is one).
fn run(args: &[&str]) -> Run {
    let mut dated = args.to_vec();
    let at = usize::from(args.first() == Some(&"status-lint"));
    dated.insert(at, DAY);
    run_in(&fixtures(), &dated)
}

/// Compares a run with `tests/golden/<name>`, which holds stdout, then stderr and the exit
/// code after marker lines.
fn golden(name: &str, run: &Run) {
    let actual = format!(
        "{}--- stderr ---\n{}--- exit {} ---\n",
        run.stdout, run.stderr, run.code
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).expect("golden file written");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}; run with UPDATE_GOLDEN=1", path.display()));
    if expected != actual {
        panic!(
            "{name} differs from {}; run with UPDATE_GOLDEN=1 and read the diff\n--- actual ---\n{actual}",
            path.display()
        );
    }
}

#[test]
fn human() {
    let run = run(&["--no-config", "tree"]);
    assert_eq!(run.code, 1);
    golden("human.txt", &run);
}

#[test]
fn human_korean() {
    let run = run(&["--no-config", "--ko", "tree"]);
    assert_eq!(run.code, 1);
    golden("human-ko.txt", &run);
}

#[test]
fn json() {
    let run = run(&["--no-config", "--format", "json", "tree"]);
    assert_eq!(run.code, 1);
    for line in run.stdout.lines() {
        let value: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        for key in ["rule", "code", "file", "line", "column", "message", "help"] {
            assert!(value.get(key).is_some(), "{key} missing in {line}");
        }
    }
    golden("json.txt", &run);
}

#[test]
fn github() {
    let run = run(&["--no-config", "--format=github", "tree"]);
    assert_eq!(run.code, 1);
    assert!(run
        .stdout
        .lines()
        .all(|line| line.starts_with("::error file=") || line.starts_with("::warning file=")));
    golden("github.txt", &run);
}

#[test]
fn sarif() {
    let run = run(&["--no-config", "--format", "sarif", "tree"]);
    assert_eq!(run.code, 1);
    golden("sarif.txt", &run);
}

#[test]
fn sarif_korean() {
    let run = run(&["--no-config", "--format", "sarif", "--ko", "tree/api"]);
    assert_eq!(run.code, 1);
    golden("sarif-ko.txt", &run);
}

/// The SARIF 2.1.0 schema as serde-sarif ships it (`src/schema.json` in its package), found
/// through `cargo metadata`, so the test checks against the schema of the crate that writes
/// the log.
fn sarif_schema() -> serde_json::Value {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata failed");
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let manifest = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .find(|package| package["name"] == "serde-sarif")
        .and_then(|package| package["manifest_path"].as_str())
        .expect("serde-sarif is a dependency");
    let schema = Path::new(manifest).with_file_name("src/schema.json");
    let text = std::fs::read_to_string(&schema)
        .unwrap_or_else(|error| panic!("{}: {error}", schema.display()));
    let mut schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    // The published schema writes the `language` patterns with a bare `]`, which ECMAScript
    // regexes read as a literal bracket and Rust's regex engine rejects; escaping it keeps the
    // meaning and lets the schema compile.
    let mut escaped = 0;
    escape_bare_bracket(&mut schema, &mut escaped);
    assert!(
        escaped > 0,
        "the schema changed: look at its language patterns again"
    );
    schema
}

fn escape_bare_bracket(value: &mut serde_json::Value, escaped: &mut usize) {
    const BARE: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if key == "pattern" && value == BARE {
                    *value = BARE.replace("}]?", "}\\]?").into();
                    *escaped += 1;
                } else {
                    escape_bare_bracket(value, escaped);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                escape_bare_bracket(item, escaped);
            }
        }
        _ => {}
    }
}

#[test]
fn sarif_matches_the_schema() {
    let schema = sarif_schema();
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    for args in [
        &["--no-config", "--format", "sarif", "tree"][..],
        &["--no-config", "--format", "sarif", "--ko", "tree"][..],
        &["--no-config", "--format", "sarif", "clean"][..],
    ] {
        let run = run(args);
        let log: serde_json::Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|error| format!("{error} at {}", error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        // The schema must have had something to check.
        assert!(log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .is_some_and(|r| r.len() == status_lint::Rule::ALL.len()));
    }
    // And a broken log is refused, so the validator is not passing everything.
    let broken = serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]});
    assert!(!validator.is_valid(&broken));
}

#[test]
fn configuration_file() {
    let run = run(&[
        "--config",
        "config/status-lint.toml",
        "--format",
        "json",
        "tree",
    ]);
    assert_eq!(run.code, 1);
    golden("config.txt", &run);
}

#[test]
fn clean_tree_exits_zero() {
    let run = run(&["--no-config", "clean"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "0 errors and 0 warnings in 1 file checked\n");
    assert_eq!(run.stderr, "");
}

#[test]
fn explicit_files() {
    let run = run(&[
        "--no-config",
        "--format",
        "json",
        "tree/api/orders.json",
        "tree/docs/package.json",
        "tree/ignored/teapot.rs",
    ]);
    golden("explicit.txt", &run);
}

#[test]
fn usage_mistakes_exit_two() {
    for args in [
        &["--format", "xml"][..],
        &["--threads"][..],
        &["--frobnicate"][..],
        &["--config", "no/such/file.toml"][..],
    ] {
        let run = run(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stderr.starts_with("error: "),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(run.stdout, "");
    }
}

#[test]
fn usage_mistakes_in_korean() {
    let run = run(&["--ko", "--format", "xml"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: 알 수 없는 형식 `xml`: human, json, sarif, github 중 하나를 쓰세요\n"
    );
    let run = run_in(
        &fixtures(),
        &[
            "--ko",
            "--config",
            "config/status-lint.toml",
            "--threads",
            "x",
        ],
    );
    assert_eq!(
        run.stderr,
        "error: --threads에는 숫자를 써야 합니다(받은 값: `x`)\n"
    );
}

#[test]
fn cargo_passes_the_subcommand_name() {
    let direct = run(&["--no-config", "--format", "json", "tree"]);
    let through_cargo = run(&["status-lint", "--no-config", "--format", "json", "tree"]);
    assert_eq!(direct.stdout, through_cargo.stdout);
}

#[test]
fn help_lists_every_rule() {
    let run = run(&["--help"]);
    assert_eq!(run.code, 0);
    for rule in status_lint::Rule::ALL {
        assert!(run.stdout.contains(rule.id()), "{}", rule.id());
    }
}
