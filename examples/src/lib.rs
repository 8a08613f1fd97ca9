//! The runnable examples of the `status` workspace. The package publishes nothing and holds no
//! code of its own; it exists so the examples build and are tested with the rest of the
//! workspace, and can be run from its root by name.
//!
//! - `explain`: prints what the `status-core` table knows about one status code, asked for by
//!   number or by reason phrase or former name, in English or (with `--ko`) Korean.
//!   Try `cargo run --example explain -- 306` or
//!   `cargo run --example explain -- "Payload Too Large" --ko`.
//! - `handler`: `status!` in handler-shaped functions with no framework, including `match`
//!   patterns. Run it with `cargo run --example handler`.
//! - `server`: the example user service, an axum server whose handlers all declare their
//!   statuses with `#[responds]`. Run it with `cargo run --example server`.
//! - `openapi`: prints the service's OpenAPI document, built from those declarations.
//! - `actix`: the user service's create, fetch and delete routes on actix-web 4, with
//!   `#[responds]` on each handler and `status!` converted to actix's `StatusCode` (feature
//!   `http02`). Run it with `cargo run --example actix` (port 3001).

pub mod cli;
pub mod openapi;
pub mod service;
