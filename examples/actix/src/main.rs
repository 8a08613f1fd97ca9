//! The example user service again, on actix-web 4 instead of axum, on 127.0.0.1.
//!
//! ```text
//! cargo run --bin actix                   # port 3001, database in memory
//! cargo run --bin actix -- --port 8080 --db users.db
//! PORT=8080 DATABASE_PATH=users.db cargo run --bin actix
//! ```
//!
//! The routes, handlers and contracts are in `status_examples_actix::service`; this wires them
//! to a server, with the route check wrapped around the `App` so every response the client
//! receives is held to its route's contract.

use std::process::ExitCode;

use actix_web::web::Data;
use actix_web::{App, HttpServer};
use status_examples::cli;
use status_examples::service::AppState;
use status_examples_actix::service::{self, CONTRACTS};

const DEFAULT_PORT: u16 = 3001;

#[actix_web::main]
async fn main() -> ExitCode {
    let options = match cli::options("actix", DEFAULT_PORT) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("actix: {message}");
            return ExitCode::from(2);
        }
    };
    let state = match &options.database {
        None => AppState::in_memory(),
        Some(path) => AppState::open(path),
    };
    let state = match state {
        Ok(state) => Data::new(state),
        Err(error) => {
            eprintln!("actix: cannot open the database: {error}");
            return ExitCode::FAILURE;
        }
    };
    let check = service::contract_check();
    let port = options.port;
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .configure(service::routes)
            .wrap(check.clone())
    })
    .bind(("127.0.0.1", port));
    let server = match server {
        Ok(server) => server,
        Err(error) => {
            eprintln!("actix: cannot listen on 127.0.0.1:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("listening on http://127.0.0.1:{port}");
    match &options.database {
        None => println!("database: SQLite, in memory"),
        Some(path) => println!("database: SQLite, {}", path.display()),
    }
    for responses in CONTRACTS {
        println!("  {}: {responses}", responses.handler());
    }
    // Ctrl-C stops the server (actix handles the signal itself).
    match server.run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("actix: {error}");
            ExitCode::FAILURE
        }
    }
}
