//! The short form of `cargo run --release --example load`: the service's request mix, with and
//! without the route check, over loopback. Every request must be sent and answered, with the
//! status the mix expects for it; in a debug build the check answers 500 for a response outside
//! a contract, so this also shows the mix breaks none. Nothing here is timed: a debug build on a
//! shared machine says nothing about speed. Bounded: 2,000 requests per variant, 60 seconds.

use std::time::{Duration, Instant};

use status_examples::load::{self, Load, Server};
use status_examples::service::AppState;

const REQUESTS: usize = 2_000;
const CONCURRENCY: usize = 16;
const DEADLINE: Duration = Duration::from_secs(60);

#[tokio::test(flavor = "current_thread")]
async fn no_request_is_failed_lost_or_answered_unexpectedly() {
    let deadline = Instant::now() + DEADLINE;
    let variants = [
        ("bare", load::bare_router as fn(AppState) -> axum::Router),
        ("checked", load::checked_router),
    ];
    for (name, router) in variants {
        let state = AppState::in_memory().expect("an in-memory database");
        load::seed(&state, 100).expect("the seed users");
        let server = Server::start(router(state)).expect("a loopback server");
        let report = Load {
            address: server.address,
            requests: load::requests(load::SERVICE_MIX),
            total: REQUESTS,
            concurrency: CONCURRENCY,
            deadline,
            request_timeout: Duration::from_secs(20),
        }
        .run()
        .await;
        assert!(
            report.complete(),
            "{name}: {} of {} sent, {} answered, {} failed, {} lost; first error: {:?}",
            report.sent,
            report.planned,
            report.answered,
            report.failed,
            report.lost,
            report.first_error,
        );
        assert_eq!(
            report.statuses,
            load::expected_statuses(load::SERVICE_MIX, REQUESTS),
            "{name}: statuses"
        );
    }
}
