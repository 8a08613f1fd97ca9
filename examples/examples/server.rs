//! The example user service on 127.0.0.1.
//!
//! ```text
//! cargo run --example server              # port 3000
//! cargo run --example server -- --port 8080
//! PORT=8080 cargo run --example server
//! ```

use std::process::ExitCode;

use status_examples::{cli, service};

const DEFAULT_PORT: u16 = 3000;

#[tokio::main]
async fn main() -> ExitCode {
    let port = match cli::port("server", DEFAULT_PORT) {
        Ok(port) => port,
        Err(message) => {
            eprintln!("server: {message}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("server: cannot listen on 127.0.0.1:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("listening on http://127.0.0.1:{port}");
    println!("try: curl -i -X POST -H 'content-type: application/json' -d '{{\"name\":\"alice\",\"email\":\"alice@example.org\"}}' http://127.0.0.1:{port}/users");
    let shutdown = async {
        // Ctrl-C stops the server; if the signal cannot be watched, it runs until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    match axum::serve(listener, service::router())
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
