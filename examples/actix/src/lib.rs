//! The example user service on actix-web 4, the axum service's twin: the same SQLite store,
//! queries, error enum and body types (from `status-examples`), every route under its handler's
//! contract, the route check around the `App`, and the OpenAPI document checked at start-up.
//! `cargo run --bin actix` serves it on 127.0.0.1:3001; `tests/service.rs` drives it over
//! loopback with the check in test mode.
#![allow(
    missing_docs,
    reason = "an example service, read in its source rather than in rendered docs"
)]

pub mod openapi;
pub mod server;
pub mod service;
