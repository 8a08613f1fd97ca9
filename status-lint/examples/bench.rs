//! Measures the linter on a large tree against a bare `syn::parse_file` pass over the same
//! files, in one process:
//!
//! ```sh
//! cargo run --release -p status-lint --example bench -- ~/.cargo/registry/src [ROUNDS]
//! ```
//!
//! The bare pass reads and parses every `.rs` file the linter's walk reaches, on one thread.
//! The linter runs as `cargo status-lint` would (its walk, its filter that skips files
//! without a word any rule needs, its reports), on one thread and on every core, and once
//! more parsing every file. Each figure is the median of the rounds. Not part of the test
//! suite: run it by hand and record the output in BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use status_lint::{lint, Options};

/// The `.rs` files the linter's walk reaches under `root`.
fn rust_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ignore::WalkBuilder::new(root)
        .follow_links(true)
        .require_git(false)
        .build()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|kind| kind.is_file()))
        .map(ignore::DirEntry::into_path)
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    files
}

struct Bare {
    time: Duration,
    parsed: usize,
    failed: usize,
}

fn bare(files: &[PathBuf]) -> Bare {
    let start = Instant::now();
    let (mut parsed, mut failed) = (0, 0);
    for path in files {
        let Ok(text) = std::fs::read_to_string(path) else {
            failed += 1;
            continue;
        };
        match syn::parse_file(&text) {
            Ok(file) => {
                parsed += 1;
                drop(file);
            }
            Err(_) => failed += 1,
        }
        // The same release of span data the linter does after each file.
        proc_macro2::extra::invalidate_current_thread_spans();
    }
    Bare {
        time: start.elapsed(),
        parsed,
        failed,
    }
}

fn linted(root: &Path, threads: usize, parse_all: bool) -> (Duration, usize, usize) {
    let options = Options {
        paths: vec![root.to_owned()],
        threads,
        parse_all,
        ..Options::default()
    };
    let start = Instant::now();
    let report = lint(&options);
    (start.elapsed(), report.files, report.findings.len())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().expect("usage: bench ROOT [ROUNDS]"));
    let rounds: usize = args
        .next()
        .map_or(3, |n| n.parse().expect("ROUNDS is a number"));
    let cores = std::thread::available_parallelism().map_or(1, usize::from);

    let files = rust_files(&root);
    let lines: usize = files
        .iter()
        .filter_map(|path| std::fs::read(path).ok())
        .map(|bytes| bytecount(&bytes))
        .sum();
    println!(
        "tree: {} ({} .rs files, {lines} lines)",
        root.display(),
        files.len()
    );

    let mut bare_times = Vec::new();
    let mut runs: Vec<(&str, usize, bool, Vec<Duration>)> = vec![
        ("lint, 1 thread", 1, false, Vec::new()),
        ("lint, every core", cores, false, Vec::new()),
        ("lint parsing every file, 1 thread", 1, true, Vec::new()),
        (
            "lint parsing every file, every core",
            cores,
            true,
            Vec::new(),
        ),
    ];
    let mut counts = (0, 0, 0);
    let mut reported = Vec::new();
    for _ in 0..rounds {
        let pass = bare(&files);
        counts = (pass.parsed, pass.failed, files.len());
        bare_times.push(pass.time);
        for (_, threads, parse_all, times) in &mut runs {
            let (time, checked, findings) = linted(&root, *threads, *parse_all);
            times.push(time);
            reported.push((checked, findings));
        }
    }
    let base = median(bare_times);
    println!(
        "bare syn::parse_file, 1 thread: {:.2} s, {:.0} files/s ({} parsed, {} did not parse)",
        base.as_secs_f64(),
        counts.2 as f64 / base.as_secs_f64(),
        counts.0,
        counts.1
    );
    for (name, threads, _, times) in runs {
        let time = median(times);
        println!(
            "{name} ({threads}): {:.2} s, {:.0} files/s, {:.2}x the bare parse",
            time.as_secs_f64(),
            counts.2 as f64 / time.as_secs_f64(),
            time.as_secs_f64() / base.as_secs_f64()
        );
    }
    if let Some((checked, findings)) = reported.first() {
        println!("the linter checked {checked} files and reported {findings} findings");
    }
    println!("rounds: {rounds}, cores: {cores}");
}

fn bytecount(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}
