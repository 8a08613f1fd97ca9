#![deny(warnings)]

// What a parameter implies is the compiler's answer about its type, not its written name: a
// renamed import, an alias and a path through a re-export imply what axum's type does, a user
// type that happens to be called `Json` implies only what it declares, and an extractor of the
// app's own declares its rejections once, on the type.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequestParts, Path as AxumPath, Query};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum_extra::extract::WithRejection;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use status_core::{responds, status, RejectionStatuses, ResponseStatus, StatusSet};

#[derive(Deserialize)]
pub struct Page {
    pub from: u32,
}

type UserId = AxumPath<u64>;

mod reexported {
    pub use axum::Json as Body;
}

/// The caller, from an `Authorization` header.
pub struct Claims;

impl<S: Send + Sync> FromRequestParts<S> for Claims {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Claims, StatusCode> {
        match parts.headers.get("authorization") {
            Some(_) => Ok(Claims),
            None => Err(StatusCode::UNAUTHORIZED),
        }
    }
}

impl RejectionStatuses for Claims {
    const STATUSES: StatusSet = StatusSet::of(&[status!(401)]);
}

/// Not axum's: a body type of the app's own that happens to share the name.
pub struct Json(pub String);

#[derive(Debug, ResponseStatus)]
pub enum ApiError {
    #[status(400)]
    BadJson,
    #[status(503)]
    Busy,
}

impl From<JsonRejection> for ApiError {
    fn from(_: JsonRejection) -> ApiError {
        ApiError::BadJson
    }
}

impl axum::response::IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        self.status().to_http().into_response()
    }
}

/// Shows a user.
#[responds(200)]
pub async fn renamed(AxumPath(_id): AxumPath<u64>) -> &'static str {
    "user"
}

/// Shows a user.
#[responds(200)]
pub async fn aliased(_id: UserId, Query(_page): Query<Page>) -> &'static str {
    "user"
}

/// Takes a body.
#[responds(200)]
pub async fn through_reexport(reexported::Body(_body): reexported::Body<Page>) -> &'static str {
    "taken"
}

/// Takes the app's own `Json`, which is not an extractor.
#[responds(200)]
pub fn own_json(_body: Json) -> &'static str {
    "taken"
}

/// Needs a caller, maybe.
#[responds(200)]
pub async fn custom(_claims: Claims, _maybe: Option<Claims>) -> &'static str {
    "hello"
}

/// Handles its own rejection.
#[responds(200, 400)]
pub async fn own_rejection(
    body: Result<axum::Json<Page>, JsonRejection>,
) -> Result<&'static str, StatusCode> {
    body.map(|_| "taken").map_err(|_| StatusCode::BAD_REQUEST)
}

/// Rejects through the app's error type.
#[responds(200)]
pub async fn with_rejection(
    WithRejection(_body, _): WithRejection<axum::Json<Page>, ApiError>,
) -> &'static str {
    "taken"
}

/// Generic over the body.
#[responds(200)]
pub async fn generic<T: DeserializeOwned + Send>(axum::Json(_body): axum::Json<T>) -> &'static str {
    "taken"
}

/// Takes a tuple of extractors, as axum allows.
#[responds(200)]
pub async fn paired((AxumPath(_id), Query(_page)): (AxumPath<u64>, Query<Page>)) -> &'static str {
    "paired"
}

/// Takes a multipart form (status-core's `axum-multipart` feature).
#[responds(200)]
pub async fn upload(_form: axum::extract::Multipart) -> &'static str {
    "uploaded"
}

/// Upgrades to a WebSocket (status-core's `axum-ws` feature).
#[responds(200)]
pub async fn socket(_upgrade: axum::extract::ws::WebSocketUpgrade) -> &'static str {
    "upgraded"
}

fn codes(set: StatusSet) -> Vec<u16> {
    set.iter().map(|status| status.code()).collect()
}

fn main() {
    assert_eq!(codes(RENAMED_RESPONSES.implied()), [400, 500]);
    assert_eq!(codes(ALIASED_RESPONSES.implied()), [400, 500]);
    assert_eq!(codes(THROUGH_REEXPORT_RESPONSES.implied()), [400, 413, 415, 422]);
    assert!(OWN_JSON_RESPONSES.implied().is_empty());
    assert_eq!(codes(CUSTOM_RESPONSES.implied()), [401]);
    assert!(OWN_REJECTION_RESPONSES.implied().is_empty());
    assert_eq!(codes(WITH_REJECTION_RESPONSES.implied()), [400, 503]);
    assert_eq!(codes(GENERIC_RESPONSES.implied()), [400, 413, 415, 422]);
    assert_eq!(codes(UPLOAD_RESPONSES.implied()), [400]);
    assert_eq!(codes(PAIRED_RESPONSES.implied()), [400, 500]);
    assert_eq!(codes(SOCKET_RESPONSES.implied()), [400, 405, 426]);
    let _ = (ApiError::Busy, own_json(Json(String::new())));
}
