//! `status-lint` finds HTTP status codes that the IANA registry does not let you send: in Rust
//! sources that build responses with `http`, axum, actix-web, Rocket, poem, salvo or utoipa,
//! and in OpenAPI 3.0 and 3.1 documents (JSON or YAML). It judges every code against the same
//! table the `status!` macro reads (status-table), and says why in the same words.
//!
//! Run it as `cargo status-lint [PATH...]`; see the README for rules, formats, configuration
//! and exit codes. The library half is what the binary and the tests call.

mod cli;
mod config;
mod finding;
mod messages;
mod openapi;
mod output;
mod rules;
mod rust;
mod source;

pub use cli::{main, parse, run, Command, Exit};
pub use config::{Config, ConfigError, FILE_NAME as CONFIG_FILE_NAME};
pub use finding::{
    Finding, Hit, Malformed, Place, Problem, Related, RelatedSource, Said, Text, Trouble,
};
pub use openapi::{check as check_document, check_key, Outcome, Parts, Syntax};
pub use output::Format;
pub use rules::{outdated_name_in, outdated_names, Level, Rule, Verdict};
pub use rust::scan as scan_rust;
pub use source::Source;
pub use status_table::words::Lang;

use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// Files larger than this are skipped with a message unless `--max-file-size` says otherwise.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// What to check and how.
#[derive(Clone, Debug)]
pub struct Options {
    /// Files and directories; directories are walked respecting `.gitignore`.
    pub paths: Vec<PathBuf>,
    /// Levels and allowed codes.
    pub config: Config,
    /// How many threads walk and check; 0 picks the number of cores.
    pub threads: usize,
    /// Files larger than this many bytes are skipped with a message.
    pub max_file_size: u64,
    /// Parse every Rust file, even those without any word a finding needs (for measuring).
    pub parse_all: bool,
    /// The day codes are judged on: a temporary registration is reported as expired after the
    /// expiry date the registry recorded. Today, unless `--date` names another day.
    pub today: status_table::Date,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            paths: vec![PathBuf::from(".")],
            config: Config::default(),
            threads: 0,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            parse_all: false,
            today: rules::today(),
        }
    }
}

/// Everything a run found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Findings, sorted by file, line and column.
    pub findings: Vec<Finding>,
    /// Files that could not be checked, sorted by path.
    pub problems: Vec<Problem>,
    /// How many files were checked.
    pub files: usize,
}

impl Report {
    /// How many findings are at `level`.
    pub fn count(&self, level: Level) -> usize {
        self.findings
            .iter()
            .filter(|finding| finding.level == level)
            .count()
    }

    /// 2 when a file could not be read (or, named on the command line, parsed), else 1 when a
    /// finding is an error, else 0.
    pub fn exit_code(&self) -> u8 {
        if self.problems.iter().any(|problem| problem.fatal) {
            2
        } else {
            u8::from(self.count(Level::Error) > 0)
        }
    }
}

/// What one file gave.
enum Checked {
    /// What the file breaks.
    Findings {
        findings: Vec<Finding>,
        /// For a stream of documents some of which were skipped, a note that says which.
        note: Option<Problem>,
        /// The files its `$ref`s name, to be checked as parts of it, each with the code whose
        /// response it is, when the `$ref` was a response's whole definition.
        refs: Vec<(PathBuf, Option<u16>)>,
        /// The file itself, which named them.
        path: PathBuf,
    },
    Problem(Problem),
    /// Not a kind of file the linter reads (or a document that is not OpenAPI, met in a walk).
    Skipped,
}

/// Checks every path in `options`.
pub fn lint(options: &Options) -> Report {
    let mut report = Report::default();
    let (sender, receiver) = mpsc::channel::<Checked>();
    let mut walked = Vec::new();
    for path in &options.paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walked.push(path.clone()),
            Ok(_) => {
                let _ = sender.send(check_file(path, Named::OnCommandLine, options));
            }
            Err(error) => {
                let _ = sender.send(Checked::Problem(Problem {
                    path: path.clone(),
                    trouble: Trouble::Unreadable(error.to_string()),
                    place: None,
                    snippet: None,
                    fatal: true,
                }));
            }
        }
    }
    if let Some((first, rest)) = walked.split_first() {
        let mut builder = ignore::WalkBuilder::new(first);
        for path in rest {
            builder.add(path);
        }
        let threads = match options.threads {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        builder
            .follow_links(true)
            .require_git(false)
            .threads(threads);
        builder.build_parallel().run(|| {
            let sender = sender.clone();
            Box::new(move |entry| {
                let checked = match entry {
                    Ok(entry) if entry.file_type().is_some_and(|kind| kind.is_file()) => {
                        check_file(entry.path(), Named::InWalk, options)
                    }
                    Ok(_) => Checked::Skipped,
                    Err(error) => walk_problem(error),
                };
                let _ = sender.send(checked);
                ignore::WalkState::Continue
            })
        });
    }
    drop(sender);
    // The other files of split documents, each once, checked as parts of them.
    let mut pending = Vec::new();
    for checked in receiver {
        queue_parts(&checked, &[], &mut pending);
        take(&mut report, checked);
    }
    let mut seen: std::collections::HashSet<PathBuf> = options
        .paths
        .iter()
        .filter_map(|path| std::fs::canonicalize(path).ok())
        .collect();
    while let Some(part) = pending.pop() {
        let Ok(canonical) = std::fs::canonicalize(&part.path) else {
            let referrer = output::display_path(&part.from);
            report
                .problems
                .push(problem(&part.path, Trouble::MissingRef { referrer }, false));
            continue;
        };
        if part.chain.contains(&canonical) {
            report
                .problems
                .push(problem(&part.path, Trouble::RefCycle, false));
            continue;
        }
        if !seen.insert(canonical) {
            continue;
        }
        let checked = check_file(&part.path, Named::ByRef(part.response), options);
        queue_parts(&checked, &part.chain, &mut pending);
        take(&mut report, checked);
    }
    report
        .findings
        .sort_by(|a, b| (&a.file, a.place, a.rule).cmp(&(&b.file, b.place, b.rule)));
    report
        .problems
        .sort_by(|a, b| (&a.path, a.place).cmp(&(&b.path, b.place)));
    report
}

/// `target`, a `$ref`'s file, from `directory`, with `.` and `name/..` taken out, so a finding
/// names `api/responses/errors.yaml` rather than `api/paths/../responses/errors.yaml`.
fn joined(directory: &Path, target: &str) -> PathBuf {
    use std::path::Component;
    let whole = directory.join(target);
    let mut parts: Vec<Component<'_>> = Vec::new();
    for part in whole.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir if matches!(parts.last(), Some(Component::Normal(_))) => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.iter().collect()
}

/// A file a `$ref` names, waiting to be checked as a part of a split document.
struct Part {
    path: PathBuf,
    /// The file whose `$ref` named it.
    from: PathBuf,
    /// The files that led to it, canonical, `from` last: a `$ref` back to one is a cycle.
    chain: Vec<PathBuf>,
    /// The code whose response the file is, when the `$ref` was a response's definition.
    response: Option<u16>,
}

/// Queues the files `checked`'s `$ref`s name, in order, reached through `chain`.
fn queue_parts(checked: &Checked, chain: &[PathBuf], pending: &mut Vec<Part>) {
    let Checked::Findings { refs, path, .. } = checked else {
        return;
    };
    if refs.is_empty() {
        return;
    }
    let mut chain = chain.to_vec();
    chain.extend(std::fs::canonicalize(path));
    pending.extend(refs.iter().rev().map(|(target, response)| Part {
        path: target.clone(),
        from: path.clone(),
        chain: chain.clone(),
        response: *response,
    }));
}

/// Adds what one file gave to the report.
fn take(report: &mut Report, checked: Checked) {
    match checked {
        Checked::Findings { findings, note, .. } => {
            report.files += 1;
            report.findings.extend(findings);
            report.problems.extend(note);
        }
        Checked::Problem(problem) => report.problems.push(problem),
        Checked::Skipped => {}
    }
}

fn walk_problem(error: ignore::Error) -> Checked {
    let mut path = None;
    let mut error = &error;
    loop {
        match error {
            ignore::Error::WithPath { path: at, err } => {
                path = Some(at.clone());
                error = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                error = err;
            }
            ignore::Error::Loop { ancestor, child } => {
                return Checked::Problem(Problem {
                    path: child.clone(),
                    trouble: Trouble::SymlinkLoop(ancestor.clone()),
                    place: None,
                    snippet: None,
                    fatal: true,
                })
            }
            // An unreadable .gitignore or similar: the walk goes on without it.
            other => {
                return Checked::Problem(Problem {
                    path: path.unwrap_or_default(),
                    trouble: Trouble::Unreadable(other.to_string()),
                    place: None,
                    snippet: None,
                    fatal: true,
                })
            }
        }
    }
}

/// How a file came to be checked, which decides what is made of a file that does not parse or
/// has no `openapi` field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Named {
    /// Named on the command line: read whatever its name, a parse failure fails the run, and a
    /// document without `openapi` is read as a part of a split one.
    OnCommandLine,
    /// Met in a directory walk: read only when it looks like a file the linter reads.
    InWalk,
    /// Named by a `$ref` of a document checked: read as a part of it, never failing the run;
    /// with a code, as that code's response.
    ByRef(Option<u16>),
}

/// The kinds of file the linter reads.
#[derive(Clone, Copy)]
enum Kind {
    Rust,
    Document(Syntax),
}

fn check_file(path: &Path, named: Named, options: &Options) -> Checked {
    let explicit = named != Named::InWalk;
    let fatal = named == Named::OnCommandLine;
    let kind = match path.extension().and_then(|ext| ext.to_str()) {
        Some("rs") => Kind::Rust,
        _ => match Syntax::of(path) {
            Some(syntax) => Kind::Document(syntax),
            None if named == Named::OnCommandLine => {
                return Checked::Problem(problem(path, Trouble::UnknownKind, false));
            }
            None => return Checked::Skipped,
        },
    };
    let unreadable = |error: std::io::Error| {
        Checked::Problem(problem(path, Trouble::Unreadable(error.to_string()), true))
    };
    let size = match std::fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(error) => return unreadable(error),
    };
    if size > options.max_file_size {
        return Checked::Problem(problem(
            path,
            Trouble::TooLarge {
                size,
                limit: options.max_file_size,
            },
            fatal,
        ));
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => return unreadable(error),
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            return Checked::Problem(problem(
                path,
                Trouble::NotUtf8 {
                    valid_up_to: error.utf8_error().valid_up_to(),
                },
                true,
            ))
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let source = Source::new(text);
    let mut note = None;
    let mut refs = Vec::new();
    let (hits, comment) = match kind {
        Kind::Rust => {
            if !options.parse_all && !rust::may_have_codes(text) {
                return Checked::Findings {
                    findings: Vec::new(),
                    note: None,
                    refs: Vec::new(),
                    path: path.to_owned(),
                };
            }
            match rust::scan(text, options.today) {
                Ok(hits) => (hits, Some("//")),
                Err(error) => {
                    return Checked::Problem(syntax_problem(
                        path,
                        &source,
                        Trouble::RustSyntax(error.message),
                        error.place,
                        fatal,
                    ));
                }
            }
        }
        Kind::Document(syntax) => {
            if !explicit && !openapi::may_be_openapi(text) {
                return Checked::Skipped;
            }
            let parts = match named {
                Named::OnCommandLine => openapi::Parts::Shaped,
                Named::InWalk => openapi::Parts::None,
                Named::ByRef(response) => openapi::Parts::Any(response),
            };
            match openapi::check(&source, syntax, options.today, parts) {
                Ok(Outcome::Checked {
                    hits,
                    skipped,
                    refs: targets,
                }) => {
                    let directory = path.parent().unwrap_or(Path::new(""));
                    refs = targets
                        .iter()
                        .map(|target| (joined(directory, &target.file), target.response))
                        .collect();
                    if !skipped.is_empty() {
                        note = Some(problem(path, Trouble::DocumentsSkipped(skipped), false));
                    }
                    (
                        hits,
                        match syntax {
                            Syntax::Yaml => Some("#"),
                            Syntax::Json => None,
                        },
                    )
                }
                Ok(Outcome::NotOpenApi) if explicit => {
                    return Checked::Problem(problem(path, Trouble::NotOpenapi, false))
                }
                Ok(Outcome::NotOpenApi) => return Checked::Skipped,
                Err(error) => {
                    return Checked::Problem(syntax_problem(
                        path,
                        &source,
                        Trouble::DocumentSyntax {
                            syntax: syntax.name(),
                            error: error.message,
                        },
                        error.place,
                        fatal,
                    ))
                }
            }
        }
    };
    let findings = hits
        .into_iter()
        .filter_map(|hit| finding(path, &source, comment, &options.config, hit))
        .collect();
    Checked::Findings {
        findings,
        note,
        refs,
        path: path.to_owned(),
    }
}

fn problem(path: &Path, trouble: Trouble, fatal: bool) -> Problem {
    Problem {
        path: path.to_owned(),
        trouble,
        place: None,
        snippet: None,
        fatal,
    }
}

/// A file that does not parse: `fatal` when it was named on the command line.
fn syntax_problem(
    path: &Path,
    source: &Source<'_>,
    trouble: Trouble,
    place: finding::Place,
    fatal: bool,
) -> Problem {
    Problem {
        path: path.to_owned(),
        trouble,
        place: Some(place),
        snippet: Some(source.window(place)),
        fatal,
    }
}

/// A hit as it is reported, or `None` when configuration or an inline comment allows it.
fn finding(
    path: &Path,
    source: &Source<'_>,
    comment: Option<&str>,
    config: &Config,
    hit: Hit,
) -> Option<Finding> {
    let level = config.level(hit.rule);
    if level == Level::Allow || config.allows_code(&hit.code) {
        return None;
    }
    if comment.is_some_and(|comment| source.allows(hit.place.line, hit.rule, comment)) {
        return None;
    }
    let (line_text, range) = source.window(hit.place);
    let related = hit
        .first
        .filter(|first| first.line <= hit.place.line)
        .map(|first| {
            let start = source.line_start(first.line);
            let end = source.line_start(hit.place.line) + source.line(hit.place.line).len();
            let shown = if end - start <= finding::TOGETHER_LIMIT {
                let first_range = source.byte_range(first);
                let this_range = source.byte_range(hit.place);
                finding::RelatedSource::Together {
                    lines: source.text()[start..end].to_owned(),
                    first: first_range.start - start..first_range.end - start,
                    this: this_range.start - start..this_range.end - start,
                }
            } else {
                let (window, first) = source.window(first);
                finding::RelatedSource::Apart { window, first }
            };
            finding::Related {
                place: first,
                shown,
            }
        });
    Some(Finding {
        rule: hit.rule,
        level,
        code: hit.code,
        file: path.to_owned(),
        place: hit.place,
        said: hit.said,
        line_text,
        range,
        related,
    })
}
