//! The command line the example servers share.

use std::path::PathBuf;

/// What a server was asked for on its command line and in its environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The port to listen on, on 127.0.0.1.
    pub port: u16,
    /// The SQLite file to keep the users in; `None` keeps them in memory.
    pub database: Option<PathBuf>,
}

/// `--port N` and `--db PATH`, in either order; each one not given is read from the `PORT` and
/// `DATABASE_PATH` environment variables, else the port is `default_port` and the database is
/// in memory. The error is a line to print before exiting with status 2.
pub fn options(program: &str, default_port: u16) -> Result<Options, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    parse(program, default_port, &args, |name| {
        std::env::var(name).ok()
    })
}

/// [`options`] over given arguments and environment, for tests.
pub fn parse(
    program: &str,
    default_port: u16,
    args: &[String],
    env: impl Fn(&str) -> Option<String>,
) -> Result<Options, String> {
    let usage =
        || format!("usage: {program} [--port N] [--db PATH]   (or set PORT, DATABASE_PATH)");
    let mut port = None;
    let mut database = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let slot = match flag.as_str() {
            "--port" => &mut port,
            "--db" => &mut database,
            _ => return Err(usage()),
        };
        match (slot.is_some(), rest.next()) {
            (false, Some(value)) => *slot = Some(value.clone()),
            _ => return Err(usage()),
        }
    }
    let port = match port.or_else(|| env("PORT")) {
        None => default_port,
        Some(text) => text
            .parse()
            .map_err(|_| format!("{text:?} is not a port number"))?,
    };
    let database = database
        .or_else(|| env("DATABASE_PATH"))
        .filter(|path| !path.is_empty())
        .map(PathBuf::from);
    Ok(Options { port, database })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str], env: &[(&str, &str)]) -> Result<Options, String> {
        let args: Vec<String> = args.iter().map(|arg| arg.to_string()).collect();
        parse("server", 3000, &args, |name| {
            env.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        })
    }

    #[test]
    fn flags_environment_and_defaults() {
        let memory = Options {
            port: 3000,
            database: None,
        };
        assert_eq!(parsed(&[], &[]), Ok(memory));
        let both = parsed(&["--db", "users.db", "--port", "8080"], &[("PORT", "1")]).unwrap();
        assert_eq!(both.port, 8080);
        assert_eq!(both.database, Some(PathBuf::from("users.db")));
        let from_env = parsed(&[], &[("PORT", "9000"), ("DATABASE_PATH", "/tmp/u.db")]).unwrap();
        assert_eq!(from_env.port, 9000);
        assert_eq!(from_env.database, Some(PathBuf::from("/tmp/u.db")));
    }

    #[test]
    fn mistakes_are_refused() {
        assert!(parsed(&["--port"], &[]).unwrap_err().starts_with("usage:"));
        assert!(parsed(&["--port", "1", "--port", "2"], &[])
            .unwrap_err()
            .starts_with("usage:"));
        assert!(parsed(&["--verbose"], &[])
            .unwrap_err()
            .starts_with("usage:"));
        assert_eq!(
            parsed(&["--port", "http"], &[]),
            Err("\"http\" is not a port number".to_owned())
        );
    }
}
