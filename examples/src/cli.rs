//! The command line the example servers share.

/// The port to listen on: `--port N`, else the `PORT` environment variable, else `default`.
/// The error is a line to print before exiting with status 2.
pub fn port(program: &str, default: u16) -> Result<u16, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let written = match args.as_slice() {
        [] => std::env::var("PORT").ok(),
        [flag, value] if flag == "--port" => Some(value.clone()),
        _ => return Err(format!("usage: {program} [--port N]   (or set PORT)")),
    };
    match written {
        None => Ok(default),
        Some(text) => text
            .parse()
            .map_err(|_| format!("{text:?} is not a port number")),
    }
}
