//! What adopting status-core's `http` feature adds to an axum app: conversions and constant status codes.
use status_core::{status, status_code, Status};

pub const CREATED: axum::http::StatusCode = status_code!(201);
pub const EARLY: Status = status!(103);

pub fn to_http(status: Status) -> axum::http::StatusCode {
    status.into()
}
