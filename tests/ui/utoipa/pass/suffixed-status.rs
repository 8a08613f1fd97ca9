#![deny(warnings)]

// utoipa reads an integer status by its digits, suffix or not: `200u16` is 200, and the
// contract check reads it the same way.

use status_core::{responds, Status};

/// Shows the service is up.
#[responds(200, 503)]
#[utoipa::path(
    get,
    path = "/health",
    responses(
        (status = 200u16, description = "Up"),
        (status = 503, description = "Down"),
    )
)]
pub async fn health() -> Status {
    Status::OK
}

fn main() {
    assert!(HEALTH_RESPONSES.declares(200));
}
