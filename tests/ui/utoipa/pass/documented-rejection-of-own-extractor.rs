#![deny(warnings)]

// A 401 documented in `#[utoipa::path]` that the handler does not declare is accepted when a
// parameter's type implies it: here the app's own `Claims` extractor, which declares its
// rejection once, on the type. The compiler checks it, since only it knows the type.

use status_core::{responds, status, RejectionStatuses, Status, StatusSet};

/// The caller, from a verified token.
pub struct Claims;

impl RejectionStatuses for Claims {
    const STATUSES: StatusSet = StatusSet::of(&[status!(401)]);
}

/// The caller's profile.
#[responds(200)]
#[utoipa::path(
    get,
    path = "/me",
    responses(
        (status = 200, description = "The profile"),
        (status = 401, description = "No valid token"),
    )
)]
pub async fn me(_claims: Claims) -> Status {
    Status::OK
}

fn main() {
    assert!(ME_RESPONSES.contains(401));
    assert!(!ME_RESPONSES.declares(401));
}
