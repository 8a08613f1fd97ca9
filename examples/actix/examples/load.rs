//! The actix-web service under load, with and without the route check, side by side, as the
//! axum service's `load` example measures its own.
//!
//! ```text
//! cargo run --release -p status-examples-actix --example load
//! cargo run --release -p status-examples-actix --example load -- --requests 50000 --concurrency 32
//! ```
//!
//! Starts two servers on 127.0.0.1, each with one worker over a fresh in-memory database
//! seeded with 100 users: `bare` (the handlers with no contract and no check,
//! `service::bare_routes`) and `checked` (the service as it ships: every route under its
//! handler's contract, the `App` under a `ContractCheckLayer`). The load generator runs on a
//! thread of its own, and the requests go in alternating rounds, as for axum. The mixes are the
//! axum service's, but for the id that is not a number, which actix's `Path` answers with 404.
//!
//! Prints a table per mix and the checked/bare throughput ratio, and on Linux the worker
//! thread's CPU time per request. Exits with 1 if a request failed, was lost or got a status
//! other than the mix's, and with 2 for a bad command line; the speed is reported, not judged.

use std::process::ExitCode;

use actix_web::web::ServiceConfig;
use status_examples::load::compare;
use status_examples::load::{self, Step};
use status_examples_actix::server::Server;
use status_examples_actix::service;

/// How a variant registers the service's routes.
type Routes = fn(&mut ServiceConfig);

/// The two variants compared, in the order of the table: their routes, and whether the `App`
/// is under the route check.
const VARIANTS: [(&str, Routes, bool); 2] = [
    ("bare", service::bare_routes, false),
    ("checked", service::routes, true),
];

/// The axum service's mixes, with actix's answer to an id that is not a number.
fn actix_mix(mix: &[Step]) -> Vec<Step> {
    mix.iter()
        .map(|&(request, status)| match request.path {
            "/users/abc" => (request, 404),
            _ => (request, status),
        })
        .collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mixes = [
        ("service", actix_mix(load::SERVICE_MIX)),
        ("/health only", actix_mix(load::HEALTH_MIX)),
    ];
    compare::run(
        "actix-web route check",
        &args,
        VARIANTS.map(|(name, _, _)| name),
        &mixes,
        |variant, state| {
            let (_, routes, checked) = VARIANTS[variant];
            Server::start(state, routes, checked.then(service::contract_check))
        },
    )
    .await
}
