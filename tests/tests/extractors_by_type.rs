//! The route check on the extractors real apps write: axum's own under another name, an
//! extractor of the app's own that declares its rejections on its type, and axum-extra's
//! `WithRejection`. Each rejection is legitimate traffic and must pass; an undeclared status
//! from the handler itself is still caught.
//!
//! `WithRejection<T, E>` implies every status of `E`: which variant a rejection of `T` becomes
//! is up to `E`'s `From` impl, which no type says. So a route taking it lets all of `E`'s
//! statuses through, the handler's own included: a blind spot, never a false alarm.

use axum::body::Body;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequestParts, Path as AxumPath};
use axum::http::request::Parts;
use axum::http::{Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::WithRejection;
use serde::Deserialize;
use status_core::route_check::{ContractCheckLayer, Mode};
use status_core::{responds, status, RejectionStatuses, ResponseStatus, StatusSet};
use tower::ServiceExt;

/// The caller, from an `Authorization` header: 401 without one, 400 for one that is not a
/// bearer token.
struct Claims;

impl<S: Send + Sync> FromRequestParts<S> for Claims {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Claims, StatusCode> {
        match parts
            .headers
            .get("authorization")
            .map(|value| value.to_str())
        {
            None => Err(StatusCode::UNAUTHORIZED),
            Some(Ok(value)) if value.starts_with("Bearer ") => Ok(Claims),
            Some(_) => Err(StatusCode::BAD_REQUEST),
        }
    }
}

impl RejectionStatuses for Claims {
    const STATUSES: StatusSet = StatusSet::of(&[status!(400), status!(401)]);
}

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(400)]
    BadBody,
    #[status(409)]
    Taken,
}

impl From<JsonRejection> for ApiError {
    fn from(_: JsonRejection) -> ApiError {
        ApiError::BadBody
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status().to_http(), "failed").into_response()
    }
}

#[derive(Deserialize)]
struct NewItem {
    #[allow(dead_code, reason = "read by serde only")]
    name: String,
}

type ItemId = AxumPath<u32>;

#[responds(200)]
async fn show(AxumPath(id): AxumPath<u32>) -> String {
    id.to_string()
}

#[responds(200)]
async fn show_aliased(id: ItemId) -> String {
    id.0.to_string()
}

#[responds(204)]
async fn remove(_claims: Claims, AxumPath(id): AxumPath<u32>) -> StatusCode {
    if id == 3 {
        return in_use();
    }
    StatusCode::NO_CONTENT
}

/// A helper the contract does not see through.
fn in_use() -> StatusCode {
    StatusCode::CONFLICT
}

#[responds(201)]
async fn create(
    WithRejection(_item, _): WithRejection<axum::Json<NewItem>, ApiError>,
) -> Result<StatusCode, ApiError> {
    taken()
}

/// A helper the contract does not see through.
fn taken() -> Result<StatusCode, ApiError> {
    Err(ApiError::Taken)
}

fn router(check: ContractCheckLayer) -> Router {
    Router::new()
        .route("/items/{id}", get(SHOW_RESPONSES.on(show)))
        .route(
            "/aliased/{id}",
            get(SHOW_ALIASED_RESPONSES.on(show_aliased)),
        )
        .route(
            "/owned/{id}",
            axum::routing::delete(REMOVE_RESPONSES.on(remove)),
        )
        .route("/items", post(CREATE_RESPONSES.on(create)))
        .layer(check)
}

async fn status_of(router: &Router, method: Method, path: &str, headers: &[(&str, &str)]) -> u16 {
    let mut request = Request::builder().method(method).uri(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Body::from("{")).expect("a request");
    let response = router.clone().oneshot(request).await.expect("infallible");
    response.status().as_u16()
}

#[tokio::test]
async fn rejections_of_renamed_custom_and_wrapped_extractors_pass() {
    let check = ContractCheckLayer::new().mode(Mode::Test);
    let router = router(check.clone());
    let bearer = [("authorization", "Bearer x")];
    let json = [("content-type", "application/json")];
    // axum's `Path`, imported as `AxumPath` or behind an alias: a word is its 400.
    assert_eq!(
        status_of(&router, Method::GET, "/items/one", &[]).await,
        400
    );
    assert_eq!(
        status_of(&router, Method::GET, "/aliased/one", &[]).await,
        400
    );
    assert_eq!(status_of(&router, Method::GET, "/items/1", &[]).await, 200);
    // The app's own `Claims`: 401 with no header, 400 with a malformed one.
    assert_eq!(
        status_of(&router, Method::DELETE, "/owned/1", &[]).await,
        401
    );
    let basic = [("authorization", "Basic x")];
    assert_eq!(
        status_of(&router, Method::DELETE, "/owned/1", &basic).await,
        400
    );
    assert_eq!(
        status_of(&router, Method::DELETE, "/owned/1", &bearer).await,
        204
    );
    // `WithRejection` answers a broken body with the app's error type's 400.
    assert_eq!(status_of(&router, Method::POST, "/items", &json).await, 400);
    check.assert_no_violations();

    // The handler's own undeclared 409 is still caught.
    status_of(&router, Method::DELETE, "/owned/3", &bearer).await;
    let violations = check.violations();
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0].handler(), Some("remove"));
    assert!(
        violations[0].to_string().contains("with 409 Conflict"),
        "{}",
        violations[0]
    );
}
