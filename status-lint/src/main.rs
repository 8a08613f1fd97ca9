//! `cargo-status-lint`: run as `cargo status-lint [PATH...]` or directly.

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(status_lint::main(std::env::args_os().skip(1)))
}
