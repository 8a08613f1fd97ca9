use status_core::{responds, status, Status};

// Statuses outside the contract that only read a status, or belong to a nested handler.
#[responds(200, 502)]
fn proxy(upstream: Status) -> Status {
    #[responds(404)]
    fn missing() -> Status {
        status!(404)
    }

    if upstream == Status::SERVICE_UNAVAILABLE || upstream == missing() {
        return status!(502);
    }
    match upstream {
        status!(500) | Status::GATEWAY_TIMEOUT => status!(502),
        _ => status!(200),
    }
}

fn main() {
    assert_eq!(proxy(Status::OK), Status::OK);
    assert_eq!(proxy(Status::NOT_FOUND), Status::BAD_GATEWAY);
    assert_eq!(proxy(Status::SERVICE_UNAVAILABLE), Status::BAD_GATEWAY);
    assert_eq!(proxy(Status::INTERNAL_SERVER_ERROR), Status::BAD_GATEWAY);
    assert_eq!(proxy(Status::GATEWAY_TIMEOUT), Status::BAD_GATEWAY);
    assert_eq!(PROXY_RESPONSES.statuses(), [Status::OK, Status::BAD_GATEWAY]);
}
