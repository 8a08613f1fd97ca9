//! The example user service on 127.0.0.1, over SQLite.
//!
//! ```text
//! cargo run --bin server                   # port 3000, database in memory
//! cargo run --bin server -- --port 8080
//! cargo run --bin server -- --db users.db  # kept in a file, created on first start
//! PORT=8080 DATABASE_PATH=users.db cargo run --bin server
//! ```
//!
//! Handlers log through `tracing` (a user created, a database error, inside the span of the
//! request's handler where it has `#[tracing::instrument]`); this prints it to standard output.

use std::process::ExitCode;

use status_examples::cli;
use status_examples::service::{self, AppState};

const DEFAULT_PORT: u16 = 3000;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt().with_target(false).init();
    let options = match cli::options("server", DEFAULT_PORT) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("server: {message}");
            return ExitCode::from(2);
        }
    };
    let (state, database) = match &options.database {
        None => (
            AppState::in_memory(),
            "in memory, gone when the server stops (--db PATH or DATABASE_PATH keeps it in a file)"
                .to_owned(),
        ),
        Some(path) => (AppState::open(path), format!("{}", path.display())),
    };
    let state = match state {
        Ok(state) => state,
        Err(error) => {
            eprintln!("server: cannot open the database ({database}): {error}");
            return ExitCode::FAILURE;
        }
    };
    let port = options.port;
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("server: cannot listen on 127.0.0.1:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("listening on http://127.0.0.1:{port}");
    println!("database: SQLite, {database}");
    println!("try: curl -i -X POST -H 'content-type: application/json' -d '{{\"name\":\"alice\",\"email\":\"alice@example.org\"}}' http://127.0.0.1:{port}/users");
    let shutdown = async {
        // Ctrl-C stops the server; if the signal cannot be watched, it runs until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    match axum::serve(listener, service::router(state))
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("server: {error}");
            ExitCode::FAILURE
        }
    }
}
