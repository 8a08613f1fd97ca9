//! The runnable examples of the `status` workspace. The package publishes nothing; its library
//! holds what the examples share, so they build and are tested with the rest of the workspace
//! and can be run from its root by name.
//!
//! - `server`: the example user service, an axum 0.8 server over an embedded SQLite database
//!   (rusqlite with SQLite compiled in, so nothing needs installing). Run it with
//!   `cargo run --bin server`: it listens on 127.0.0.1:3000 and keeps the users in memory;
//!   `--port N` (or `PORT`) and `--db PATH` (or `DATABASE_PATH`, a file created on first start)
//!   change that. Its handlers are written the way axum handlers usually are: `State`, `Path`,
//!   `Query` and `Json` extractors, `Result<Json<T>, ApiError>`, `(StatusCode, Json<T>)`,
//!   `impl IntoResponse`, one error enum with `#[derive(ResponseStatus)]`, and `?` on database
//!   errors, where a UNIQUE violation becomes 409. Each declares its statuses with
//!   `#[responds]`, stacked with `#[tracing::instrument]` and `#[axum::debug_handler]` where
//!   they are useful.
//! - `openapi`: prints the service's OpenAPI document, utoipa's, whose responses
//!   `#[responds]` writes into each handler's `#[utoipa::path]` (or checks, where a handler
//!   lists them itself): the statuses each handler declares, and those its extractors answer
//!   with before it runs.
//! - `actix` (package `status-examples-actix`, in `examples/actix`, so the axum service never
//!   builds actix-web): the service's twin on actix-web 4, over the same store, queries, error
//!   enum and body types, every route under its handler's contract (actix's route attributes
//!   with `wrap = "NAME_RESPONSES.layer()"`), the route check around the `App`, and its own
//!   OpenAPI document checked at start-up. Run it with `cargo run --bin actix` (port 3001).
//! - `explain`: prints what the `status-core` table knows about one status code, asked for by
//!   number or by reason phrase or former name, in English or (with `--ko`) Korean.
//!   Try `cargo run --example explain -- 306` or
//!   `cargo run --example explain -- "Payload Too Large" --ko`.
//! - `handler`: `status!` in handler-shaped functions with no framework, including `match`
//!   patterns. Run it with `cargo run --example handler`.
//! - `load`: a loopback load test of the service with and without the route check, side by
//!   side, printing throughput and p50/p99 latency. Run it in release:
//!   `cargo run --release --example load` (`--requests N --concurrency C` change the size).
//!
//! Modules: [`service`] (the axum router, its handlers, [`service::ApiError`] and
//! [`service::CONTRACTS`]), [`db`] (the table and its queries), [`openapi`] (the document),
//! [`cli`] (the servers' command line) and [`load`] (the load generator, the two routers it
//! compares and the request mixes).
#![allow(
    missing_docs,
    reason = "an example service, read in its source rather than in rendered docs"
)]

pub mod cli;
pub mod db;
pub mod load;
pub mod openapi;
pub mod service;
