//! `check-registry PATH`: compares the status table with a copy of the IANA "HTTP Status Code
//! Registry", in its CSV form (`http-status-codes-1.csv`) or its XML form
//! (`http-status-codes.xml`), told apart by content. Prints each disagreement on its own line
//! and exits 1, or prints a summary and exits 0; exits 2 if the file cannot be read or is
//! neither form.

use std::path::Path;
use std::process::ExitCode;
use std::{env, fs};

use status_tests::registry;

const USAGE: &str = "usage: check-registry PATH (the registry as CSV or XML)";

fn main() -> ExitCode {
    let arguments: Vec<_> = env::args_os().skip(1).collect();
    let [path] = arguments.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let path = Path::new(path);
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("check-registry: cannot read {}: {error}", path.display());
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match registry::check_either(&text) {
        Ok(report) if report.disagreements.is_empty() => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Ok(report) => {
            for disagreement in &report.disagreements {
                println!("{disagreement}");
            }
            eprintln!("{report}");
            ExitCode::FAILURE
        }
        Err(malformed) => {
            eprintln!("check-registry: {}: {malformed}", path.display());
            ExitCode::from(2)
        }
    }
}
