//! What the loopback tests share: a router served on 127.0.0.1 (the example library's own
//! server, the one the load test uses) and an HTTP client.

use std::time::Duration;

use axum::Router;

pub use status_examples::load::Server;

/// Serves `router` on loopback until the returned server is dropped.
pub fn serve(router: Router) -> Server {
    Server::start(router).expect("a loopback server")
}

/// The HTTP client of the loopback tests: statuses are answers, not errors, each request has
/// five seconds, and each goes on a connection of its own, since the server closes one whose
/// request body it refused unread (a rejected JSON body, a body over the limit) and a pooled
/// connection could be reused just as it closes.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_idle_connections(0)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}
