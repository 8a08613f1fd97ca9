//! Files the linter cannot read or understand: each is named with its path and a reason, the
//! rest of the tree is still checked, nothing panics, and the exit code is 2 when a file could
//! not be read.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn lint(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_cargo-status-lint"))
        .args(["--no-config", "--color", "never"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the linter runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
        output.status.code().expect("exited, not killed"),
    )
}

#[test]
fn every_bad_file_is_named_and_the_run_goes_on() {
    let dir = scratch("bad-input");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    write(
        "src/good.rs",
        b"fn f() -> u16 { http::StatusCode::IM_A_TEAPOT.as_u16() }\n",
    );
    write("src/latin1.rs", b"// caf\xe9\nfn f() {}\n");
    write("src/unparsable.rs", b"fn f() -> StatusCode { let = ; }\n");
    write("api/openapi.yaml", b"openapi: 3.0.0\npaths: {\n  /a: [\n");
    write("api/openapi.json", b"{\"openapi\": \"3.0.0\", \"paths\": ");
    let deep = format!(
        "{{\"openapi\": \"3.0.0\", \"x\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    write("api/deep.json", deep.as_bytes());
    let deep_yaml = format!(
        "openapi: 3.0.0\nx: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    write("api/deep.yaml", deep_yaml.as_bytes());
    let large = format!(
        "// status\n{}",
        "// padding padding padding padding padding\n".repeat(50_000)
    );
    write("src/large.rs", large.as_bytes());
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("nowhere.rs", dir.join("src/dangling.rs")).unwrap();
        std::fs::create_dir_all(dir.join("loop/inner")).unwrap();
        std::os::unix::fs::symlink("..", dir.join("loop/inner/up")).unwrap();
    }

    let (stdout, stderr, code) = lint(&dir, &["--max-file-size", "1", "."]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    // The good file is still checked.
    assert!(
        stdout.contains("error[status::unused]: 418 is unused"),
        "{stdout}"
    );
    assert!(stdout.contains("--> src/good.rs:1:35"), "{stdout}");
    for expected in [
        "error: src/latin1.rs: not valid UTF-8 (at byte 6), so it was not checked",
        "warning: not checked: the file does not parse as Rust",
        "--> src/unparsable.rs:1:28",
        "warning: not checked: the file does not parse as YAML",
        "--> api/openapi.yaml:",
        "warning: not checked: the file does not parse as JSON (the document ends where a value should be)",
        "--> api/openapi.json:1:31",
        "warning: not checked: the file does not parse as JSON (nested too deeply)",
        "--> api/deep.json:1:",
        "warning: not checked: the file does not parse as YAML (recursion limit exceeded)",
        "--> api/deep.yaml:2:",
        "warning: src/large.rs: skipped: 3 MiB is over the 1 MiB limit (--max-file-size)",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?} in\n{stderr}");
    }
    #[cfg(unix)]
    {
        assert!(
            stderr.contains("error: src/dangling.rs: could not read it:"),
            "{stderr}"
        );
        assert!(
            stderr.contains("error: loop/inner/up: a symbolic link loop (back to"),
            "{stderr}"
        );
    }
    assert_eq!(code, 2, "a file could not be read, so the run says so");
}

#[test]
fn a_missing_path_is_named() {
    let dir = scratch("missing-path");
    let (_, stderr, code) = lint(&dir, &["no-such-dir"]);
    assert!(
        stderr.starts_with("error: no-such-dir: could not read it:"),
        "{stderr}"
    );
    assert_eq!(code, 2);
}

#[test]
fn parse_failures_alone_do_not_fail_the_run() {
    let dir = scratch("parse-only");
    // A file is parsed only when it has a word a finding needs (here `StatusCode`).
    std::fs::write(dir.join("broken.rs"), "fn f() -> StatusCode {").unwrap();
    let (stdout, stderr, code) = lint(&dir, &["."]);
    assert!(stderr.contains("does not parse as Rust"), "{stderr}");
    assert_eq!(stdout, "0 errors and 0 warnings in 0 files checked\n");
    assert_eq!(code, 0);
}

#[test]
fn a_named_file_that_does_not_parse_or_is_too_large_fails_the_run() {
    let dir = scratch("named-broken");
    std::fs::write(dir.join("broken.rs"), "fn f() -> StatusCode {").unwrap();
    std::fs::write(
        dir.join("openapi.json"),
        "{\"openapi\": \"3.0.0\", \"paths\": ",
    )
    .unwrap();
    for name in ["broken.rs", "openapi.json"] {
        let (_, stderr, code) = lint(&dir, &[name]);
        assert!(stderr.starts_with("error: not checked"), "{name}: {stderr}");
        assert_eq!(
            code, 2,
            "{name}: named, so a parse failure is the run's failure"
        );
    }
    // `--max-file-size` counts MiB.
    let large = "// padding padding padding padding padding\n".repeat(30_000);
    std::fs::write(dir.join("large.rs"), large).unwrap();
    let (_, stderr, code) = lint(&dir, &["--max-file-size", "1", "large.rs"]);
    assert!(stderr.starts_with("error: large.rs:"), "{stderr}");
    assert_eq!(code, 2);
    // Met in a walk, the same files are named and the run goes on.
    let (_, stderr, code) = lint(&dir, &["--max-file-size", "1", "."]);
    assert!(stderr.contains("warning: not checked"), "{stderr}");
    assert_eq!(code, 0);
}

/// Minified JSON is one line: each finding keeps a window of it, so the output grows with the
/// findings, not with the findings times the line.
#[test]
fn findings_on_one_long_line_keep_a_window_of_it() {
    let dir = scratch("minified");
    let operations: Vec<String> = (0..500)
        .map(|i| {
            format!(
                "\"/p{i}\":{{\"get\":{{\"responses\":{{\"200\":{{\"description\":\"ok\"}},\"306\":{{\"description\":\"x\"}},\"404\":{{\"description\":\"nf\"}}}}}}}}"
            )
        })
        .collect();
    let spec = format!(
        "{{\"openapi\":\"3.0.0\",\"info\":{{\"title\":\"t\",\"version\":\"1\"}},\"paths\":{{{}}}}}",
        operations.join(",")
    );
    assert!(spec.len() > 40_000 && !spec.contains('\n'));
    std::fs::write(dir.join("openapi.json"), &spec).unwrap();
    let (human, _, code) = lint(&dir, &["openapi.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        human.matches("error[status::unused]").count(),
        500,
        "{}",
        &human[..2000]
    );
    let longest = human.lines().map(str::len).max().unwrap();
    assert!(longest < 400, "a shown line is {longest} bytes long");
    assert!(human.contains("..."), "the cut is shown");
    let (sarif, _, _) = lint(&dir, &["--format", "sarif", "openapi.json"]);
    assert!(
        sarif.len() < 500 * 2_000,
        "the SARIF log is {} bytes for 500 findings",
        sarif.len()
    );
}

/// Past a thousand results a SARIF log stays under what code scanning accepts: no snippets,
/// and a code's notes (the same for each of its findings) on its first result only, while
/// every result keeps its message and help.
#[test]
fn a_large_sarif_log_tells_why_once_per_code() {
    let dir = scratch("sarif-compact");
    let operations: Vec<String> = (0..1_200)
        .map(|i| format!("\"/p{i}\":{{\"get\":{{\"responses\":{{\"200\":{{}},\"306\":{{}},\"510\":{{}}}}}}}}"))
        .collect();
    let spec = format!(
        "{{\"openapi\":\"3.0.0\",\"paths\":{{{}}}}}",
        operations.join(",")
    );
    std::fs::write(dir.join("openapi.json"), &spec).unwrap();
    let (sarif, _, code) = lint(&dir, &["--format", "sarif", "openapi.json"]);
    assert_eq!(code, 1);
    let log: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2_400);
    let text = |result: &serde_json::Value| result["message"]["text"].as_str().unwrap().to_owned();
    let with_notes: Vec<String> = results
        .iter()
        .map(text)
        .filter(|text| text.contains("\nnote: "))
        .collect();
    assert_eq!(with_notes.len(), 2, "{with_notes:?}");
    assert!(results
        .iter()
        .all(|result| text(result).contains("\nhelp: ")));
    assert!(!sarif.contains("\"snippet\""));
    assert!(!sarif.contains("\n  "), "written without indentation");
}

/// YAML's own forms, through the binary: a merge key is no response code, a stream of
/// documents names the one it skipped, and an alias bomb is refused with its place.
#[test]
fn yaml_aliases_merge_keys_and_streams() {
    let dir = scratch("yaml-forms");
    std::fs::write(
        dir.join("merged.yaml"),
        "openapi: 3.0.0\nx-errors: &errors\n  '418': {description: t}\npaths:\n  /a:\n    get:\n      responses:\n        <<: *errors\n        '200': {description: ok}\n",
    )
    .unwrap();
    let (stdout, _, code) = lint(&dir, &["merged.yaml"]);
    assert!(
        stdout.contains("error[status::unused]: 418 is unused"),
        "{stdout}"
    );
    assert!(stdout.contains("--> merged.yaml:3:3"), "{stdout}");
    assert!(!stdout.contains("status::malformed"), "{stdout}");
    assert_eq!(code, 1);

    std::fs::write(
        dir.join("stream.yaml"),
        "kind: ConfigMap\n---\nopenapi: 3.1.0\npaths: {/b: {get: {responses: {'306': {}}}}}\n",
    )
    .unwrap();
    let (stdout, stderr, code) = lint(&dir, &["stream.yaml"]);
    assert!(stdout.contains("306 is unused"), "{stdout}");
    assert!(
        stderr.contains("document 1 of this stream is not OpenAPI"),
        "{stderr}"
    );
    assert_eq!(code, 1);

    let mut bomb = "openapi: 3.0.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n".to_owned();
    for level in 1..12 {
        let aliases = vec![format!("*a{}", level - 1); 10].join(", ");
        bomb += &format!("a{level}: &a{level} [{aliases}]\n");
    }
    std::fs::write(dir.join("bomb.yaml"), bomb).unwrap();
    let (_, stderr, code) = lint(&dir, &["bomb.yaml"]);
    assert!(stderr.contains("aliases expand to more than"), "{stderr}");
    assert_eq!(code, 2, "named on the command line and not read");
}

/// A document split over files by `$ref`: the files it names are checked as parts of it, with
/// their own names; a file named on the command line without `openapi` is read as such a part;
/// a missing file and a cycle are named, and neither fails the run.
#[test]
fn split_documents_are_followed() {
    let dir = scratch("split");
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "api/openapi.yaml",
        "openapi: 3.0.3\npaths:\n  /users:\n    $ref: paths/users.yaml\n  /orders:\n    $ref: './paths/orders.yaml#/orders'\n  /gone:\n    $ref: paths/missing.yaml\n  /far:\n    $ref: 'https://example.org/far.yaml'\ncomponents:\n  schemas:\n    User:\n      $ref: schemas/user.yaml\n",
    );
    write(
        "api/schemas/user.yaml",
        "type: object\nproperties:\n  name: {type: string}\nx-codeSamples:\n  - lang: PHP\n    source:\n      $ref: ../samples/get.php\n",
    );
    write("api/samples/get.php", "<?php echo 1;\n");
    write(
        "api/paths/users.yaml",
        "get:\n  responses:\n    '200': {description: ok}\n    '306': {description: unused}\n    '422': {$ref: ../responses/invalid.yaml}\n    default:\n      $ref: ../responses/errors.yaml\ndelete:\n  responses:\n    '204':\n      $ref: ../responses/empty.yaml\n",
    );
    write(
        "api/paths/orders.yaml",
        "orders:\n  post:\n    responses:\n      '12345': {description: bad}\n    callbacks:\n      back:\n        $ref: ../openapi.yaml\n",
    );
    write(
        "api/responses/errors.yaml",
        "'418': {description: teapot}\n",
    );
    // Files that are one code's response, named by it.
    write(
        "api/responses/invalid.yaml",
        "description: Unprocessable Entity\n",
    );
    write(
        "api/responses/empty.yaml",
        "description: gone\ncontent:\n  application/json: {}\n",
    );
    write(
        "package.json",
        "{\"name\": \"web\", \"version\": \"1.0.0\"}",
    );

    let (stdout, stderr, code) = lint(&dir, &["--format", "json", "api/openapi.yaml"]);
    for (file, code) in [
        ("api/paths/orders.yaml", "12345"),
        ("api/paths/users.yaml", "306"),
        ("api/responses/errors.yaml", "418"),
        ("api/responses/invalid.yaml", "422"),
        ("api/responses/empty.yaml", "204"),
    ] {
        assert!(
            stdout.contains(&format!("\"code\":\"{code}\",\"file\":\"{file}\"")),
            "{file}: {stdout}"
        );
    }
    assert!(
        stdout.contains("status::outdated-phrase") && stdout.contains("status::body-not-allowed")
    );
    assert_eq!(stdout.lines().count(), 5, "{stdout}");
    assert!(
        stderr.contains("warning: api/paths/missing.yaml: not checked: a `$ref` in api/openapi.yaml names this file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("a `$ref` cycle leads back to this file"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("user.yaml"),
        "a schema is a part with no responses: {stderr}"
    );
    assert!(
        !stderr.contains("get.php"),
        "a code sample is no document to read: {stderr}"
    );
    assert_eq!(code, 1, "findings, and nothing fatal");

    // A part named alone is read as one; a file of another kind is still named as not OpenAPI.
    let (stdout, _, code) = lint(&dir, &["--format", "json", "api/responses/errors.yaml"]);
    assert!(stdout.contains("\"code\":\"418\""), "{stdout}");
    assert_eq!(code, 1);
    let (stdout, stderr, code) = lint(&dir, &["package.json"]);
    assert!(stderr.contains("not an OpenAPI document"), "{stderr}");
    assert_eq!(stdout, "0 errors and 0 warnings in 0 files checked\n");
    assert_eq!(code, 0);
}

/// Two places far apart on one long line are shown as two windows, each with its column in
/// the file.
#[test]
fn a_duplicate_far_along_one_line_shows_both_places() {
    let dir = scratch("far-duplicate");
    let spec = format!(
        "{{\"openapi\":\"3.0.0\",\"paths\":{{\"/a\":{{\"get\":{{\"responses\":{{\"200\":{{\"description\":\"{}\"}},\"200\":{{\"description\":\"y\"}}}}}}}}}}}}",
        "x".repeat(3000)
    );
    let first = spec.find("\"200\"").unwrap() + 1;
    let second = spec.rfind("\"200\"").unwrap() + 1;
    std::fs::write(dir.join("openapi.json"), &spec).unwrap();
    let (stdout, _, code) = lint(&dir, &["openapi.json"]);
    assert!(
        stdout.contains(&format!("--> openapi.json:1:{second}")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("::: openapi.json:1:{first}")),
        "{stdout}"
    );
    assert!(stdout.contains("first listed here"), "{stdout}");
    assert!(stdout.lines().all(|line| line.len() < 400), "{stdout}");
    assert_eq!(code, 1);
}
