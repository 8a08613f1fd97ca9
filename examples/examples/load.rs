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

use axum::Router;
use status_examples::load::{self, compare, Server};
use status_examples::service::AppState;

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
    let mixes = [
        ("service", load::SERVICE_MIX.to_vec()),
        ("/health only", load::HEALTH_MIX.to_vec()),
    ];
    compare::run(
        "route check",
        &args,
        VARIANTS.map(|(name, _)| name),
        &mixes,
        |variant, state| {
            Server::start(VARIANTS[variant].1(state)).map_err(|error| format!("no server: {error}"))
        },
    )
    .await
}
