//! The example service under load, with and without the route check, side by side.
//!
//! ```text
//! cargo run --release --example load
//! cargo run --release --example load -- --requests 50000 --concurrency 32
//! ```
//!
//! Starts two servers on 127.0.0.1, each over a fresh in-memory database seeded with 100
//! users: `bare` (the handlers with no route check, behind the service's middleware) and
//! `checked` (the service as it ships: every handler under its contract, the router under a
//! `ContractCheckLayer`). Each runs on one thread and the load generator on another. The requests
//! go in rounds, alternating which variant goes first (A B, B A, A B, ...), so that the
//! machine's noise falls on both alike. Two mixes: the service's usual traffic, and
//! `GET /health` alone, where the check's own cost is the largest share of a request.
//!
//! Prints a table per mix and the checked/bare throughput ratio. On Linux it also gives the
//! server thread's CPU time per request, read from `/proc`: the server's own cost, which the
//! load generator's share of the CPU and the machine's other work do not dilute. Exits with 1 if a request
//! failed, was lost or got a status other than the mix's, and with 2 for a bad command line;
//! the speed is reported, not judged.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use axum::Router;
use status_examples::load::compare::{self, Served};
use status_examples::load::{self, Server};
use status_examples::service::AppState;

/// The whole program's time budget: a request not answered by then is lost.
const BUDGET: Duration = Duration::from_secs(120);

/// A router over a database, as `load::bare_router` and `load::checked_router` make it.
type MakeRouter = fn(AppState) -> Router;

/// The two routers compared, in the order of the table.
const VARIANTS: [(&str, MakeRouter); 2] = [
    ("bare", load::bare_router),
    ("checked", load::checked_router),
];

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (requests, concurrency) = match compare::parse_args(&args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("load: {message}");
            return ExitCode::from(2);
        }
    };
    let deadline = Instant::now() + BUDGET;
    println!(
        "route check under load: {requests} requests per variant and mix, in {} rounds, \
         {concurrency} connections, on 127.0.0.1",
        compare::ROUNDS
    );
    let mut all_well = true;
    for (name, mix) in [
        ("service", load::SERVICE_MIX),
        ("/health only", load::HEALTH_MIX),
    ] {
        let mut servers = Vec::new();
        for (_, router) in VARIANTS {
            let started = AppState::in_memory()
                .map_err(|error| format!("no database: {error}"))
                .and_then(|state| {
                    load::seed(&state, compare::SEED_USERS)
                        .map_err(|error| format!("cannot seed: {error}"))?;
                    Server::start(router(state)).map_err(|error| format!("no server: {error}"))
                });
            match started {
                Ok(server) => servers.push(server),
                Err(message) => {
                    eprintln!("load: {message}");
                    return ExitCode::FAILURE;
                }
            }
        }
        let servers: [&dyn Served; 2] = [&servers[0], &servers[1]];
        let measured = compare::measure(servers, mix, requests, concurrency, deadline).await;
        println!();
        println!("mix: {name} ({} kinds of request)", mix.len());
        all_well &= compare::print_table(VARIANTS.map(|(name, _)| name), &measured);
    }
    if all_well {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
