//! The command line: arguments in, a report printed, an exit code out.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use annotate_snippets::Renderer;

use crate::config::{self, Config};
use status_table::words::Lang;

use crate::messages::Speak;
use crate::output::{self, Format};
use crate::rules::{self, Rule};
use crate::{lint, Options};

const USAGE: &str = "\
Finds HTTP status codes the IANA registry does not let you send, in Rust sources and
OpenAPI 3.0/3.1 documents (JSON or YAML).

Usage: cargo status-lint [OPTIONS] [PATH...]

Directories are walked respecting .gitignore; files are read as Rust (.rs) or OpenAPI
(.json, .yaml, .yml). With no PATH, the current directory.

Options:
      --format <FORMAT>      human (default), json, sarif or github
      --ko                   messages in Korean
      --config <FILE>        read levels and allowed codes from FILE (default: the nearest
                             status-lint.toml in the current directory or above)
      --no-config            use the default levels, ignoring any status-lint.toml
      --threads <N>          walk and check with N threads (default: one per core)
      --max-file-size <MIB>  skip files larger than this many MiB (default: 16)
      --color <WHEN>         auto (default), always or never
      --date <YYYY-MM-DD>    judge registrations as of this day (default: today, UTC)
  -h, --help                 print this help
  -V, --version              print the version

Exit status: 0 when nothing at error level was found, 1 when something was, 2 for a usage
mistake, a file that could not be read, or a file named here that does not parse or is too
large.

Rules (silence one on a line with `// status-lint: allow(RULE)`, or `#` in YAML):
";

/// What the command line asked for.
#[derive(Debug)]
pub struct Command {
    /// What to check.
    pub options: Options,
    /// The language of everything printed.
    pub lang: Lang,
    /// How to print it.
    pub format: Format,
    /// Whether to color human output.
    pub color: bool,
}

/// What parsing the arguments gave instead of a command.
#[derive(Debug, PartialEq, Eq)]
pub enum Exit {
    /// Print this to stdout and exit 0 (help, version).
    Print(String),
    /// A usage mistake: print it to stderr and exit 2.
    Usage(String),
}

fn usage() -> String {
    let mut text = USAGE.to_owned();
    for rule in Rule::ALL {
        text += &format!(
            "  {:<29} {} (default: {})\n",
            rule.id(),
            Lang::English.say().rule_description(rule),
            rule.default_level().name()
        );
    }
    text
}

/// Reads the arguments (without the program name; a leading `status-lint`, as cargo passes
/// it, is skipped).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, Exit> {
    let mut args = args.into_iter().peekable();
    if args.peek().is_some_and(|first| first == "status-lint") {
        args.next();
    }
    let args: Vec<OsString> = args.collect();
    // The language is known before anything else, so every mistake is told in it.
    let lang = if args.iter().any(|arg| arg == "--ko") {
        Lang::Korean
    } else {
        Lang::English
    };
    let mut args = args.into_iter();
    let mut options = Options {
        paths: Vec::new(),
        ..Options::default()
    };
    let mut format = Format::Human;
    let mut color = None;
    let mut config_path = None;
    let mut no_config = false;
    let mut only_paths = false;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        if only_paths || !text.starts_with('-') || text == "-" {
            options.paths.push(PathBuf::from(arg));
            continue;
        }
        let (flag, inline) = match text.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (text.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, Exit> {
            match inline.clone() {
                Some(value) => Ok(value),
                None => args
                    .next()
                    .map(|value| value.to_string_lossy().into_owned())
                    .ok_or_else(|| Exit::Usage(lang.say().needs_value(name))),
            }
        };
        match flag.as_str() {
            "--" => only_paths = true,
            "-h" | "--help" => return Err(Exit::Print(usage())),
            "-V" | "--version" => {
                return Err(Exit::Print(format!(
                    "status-lint {} (IANA registry of {})\n",
                    env!("CARGO_PKG_VERSION"),
                    status_table::REGISTRY_DATE
                )))
            }
            "--ko" => {}
            "--no-config" => no_config = true,
            "--format" => {
                let name = value("--format")?;
                format = Format::from_name(&name)
                    .ok_or_else(|| Exit::Usage(lang.say().unknown_format(&name)))?;
            }
            "--config" => config_path = Some(PathBuf::from(value("--config")?)),
            "--threads" => {
                let n = value("--threads")?;
                options.threads = n
                    .parse()
                    .map_err(|_| Exit::Usage(lang.say().not_a_number("--threads", &n)))?;
            }
            "--max-file-size" => {
                let n = value("--max-file-size")?;
                let mib: u64 = n
                    .parse()
                    .map_err(|_| Exit::Usage(lang.say().not_a_number("--max-file-size", &n)))?;
                options.max_file_size = mib.saturating_mul(1024 * 1024);
            }
            "--date" => {
                let day = value("--date")?;
                options.today = rules::parse_date(&day)
                    .ok_or_else(|| Exit::Usage(lang.say().not_a_date(&day)))?;
            }
            "--color" => {
                color = match value("--color")?.as_str() {
                    "auto" => None,
                    "always" => Some(true),
                    "never" => Some(false),
                    other => return Err(Exit::Usage(lang.say().unknown_color(other))),
                }
            }
            _ => return Err(Exit::Usage(lang.say().unknown_option(&text))),
        }
    }
    if options.paths.is_empty() {
        options.paths.push(PathBuf::from("."));
    }
    let config_path = match (no_config, config_path) {
        (true, _) => None,
        (false, Some(path)) => Some(path),
        (false, None) => std::env::current_dir()
            .ok()
            .and_then(|dir| config::find(&dir)),
    };
    if let Some(path) = config_path {
        options.config = Config::load(&path)
            .map_err(|error| Exit::Usage(lang.say().bad_config(&path, &error.message(lang))))?;
    }
    let color = color.unwrap_or_else(|| {
        format == Format::Human
            && std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none()
    });
    Ok(Command {
        options,
        lang,
        format,
        color,
    })
}

/// Runs a command, printing to `out` and `err`, and returns the exit code.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let report = lint(&command.options);
    let lang = command.lang;
    let renderer = if command.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    if command.format != Format::Github {
        for problem in &report.problems {
            let _ = write!(err, "{}", output::human::problem(problem, lang, &renderer));
        }
    }
    let text = match command.format {
        Format::Human => output::human::findings(&report, lang, &renderer),
        Format::Json => output::json::findings(&report, lang),
        Format::Sarif => output::sarif::log(&report, lang, &command.options.config),
        Format::Github => output::github::findings(&report, lang),
    };
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    report.exit_code()
}

/// Parses `args` and runs them: what `main` does.
pub fn main(args: impl IntoIterator<Item = OsString>) -> u8 {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    match parse(args) {
        Ok(command) => run(&command, &mut stdout.lock(), &mut stderr.lock()),
        Err(Exit::Print(text)) => {
            let _ = stdout.lock().write_all(text.as_bytes());
            0
        }
        Err(Exit::Usage(text)) => {
            let _ = writeln!(stderr.lock(), "error: {text}");
            2
        }
    }
}
