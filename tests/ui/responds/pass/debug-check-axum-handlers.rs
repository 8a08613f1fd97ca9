#![deny(warnings)]

// debug_check on the signatures axum handlers are written with, unchanged: every return type
// here carries its status through `ResponseStatus` (status-core's `axum` feature), and the
// return sites infer their types as they do without the attribute.

use std::convert::Infallible;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, NoContent, Redirect};
use axum::Json;
use serde::{Deserialize, Serialize};
use status_core::{responds, ResponseStatus};

#[derive(Clone)]
struct AppState;

#[derive(Deserialize)]
struct NewUser {
    name: String,
}

#[derive(Serialize)]
struct User {
    name: String,
}

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken,
    #[status(422)]
    BadId,
}

impl From<std::num::ParseIntError> for ApiError {
    fn from(_: std::num::ParseIntError) -> ApiError {
        ApiError::BadId
    }
}

impl axum::response::IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        self.status().to_http().into_response()
    }
}

#[responds(200, 404, 409, 422, debug_check)]
async fn create_user(
    State(_state): State<AppState>,
    Json(new): Json<NewUser>,
) -> Result<Json<User>, ApiError> {
    if new.name.is_empty() {
        return Err(ApiError::NotFound);
    }
    if new.name == "root" {
        return Err(ApiError::Taken.into());
    }
    let _id: u32 = new.name.parse()?;
    Ok(Json(User { name: new.name }))
}

#[responds(200, 404, debug_check)]
fn find(name: &str) -> Result<String, ApiError> {
    if name.is_empty() {
        return Err(ApiError::NotFound);
    }
    if name == "me" {
        return Ok(name.into());
    }
    match name.len() {
        1 => Ok(name.to_owned()),
        2 => Err(ApiError::NotFound),
        _ => Ok(name.into()),
    }
}

#[responds(200, debug_check)]
async fn json() -> Json<u32> {
    Json(1)
}

#[responds(200, debug_check)]
async fn string() -> String {
    "text".into()
}

#[responds(200, debug_check)]
async fn text() -> &'static str {
    "text"
}

#[responds(200, debug_check)]
async fn nothing() {}

#[responds(200, debug_check)]
async fn html() -> Html<String> {
    Html("<p>page</p>".into())
}

#[responds(303, debug_check)]
async fn redirect() -> Redirect {
    Redirect::to("/")
}

#[responds(204, debug_check)]
async fn no_content() -> NoContent {
    NoContent
}

#[responds(201, debug_check)]
async fn created() -> (StatusCode, Json<u32>) {
    (StatusCode::CREATED, Json(1))
}

#[responds(200, debug_check)]
async fn with_headers() -> (HeaderMap, Json<u32>) {
    (HeaderMap::new(), Json(1))
}

#[responds(200, 404, debug_check)]
async fn delete(found: bool) -> Result<(), ApiError> {
    if !found {
        return Err(ApiError::NotFound);
    }
    Ok(())
}

#[responds(200, debug_check)]
async fn infallible() -> Result<Json<u32>, Infallible> {
    Ok(Json(1))
}

// Stubs: nothing is wrapped after a value that never comes, so no unreachable-code warning.
#[responds(200, debug_check)]
async fn stub() -> Json<u32> {
    todo!()
}

#[responds(200, 404, debug_check)]
fn stub_arms(id: u8) -> Result<Json<u32>, ApiError> {
    match id {
        0 => unimplemented!(),
        1 => Err(ApiError::NotFound),
        _ => panic!("no such id"),
    }
}

fn main() {
    let _router: axum::Router = axum::Router::new()
        .route("/users", axum::routing::post(create_user))
        .route("/json", axum::routing::get(json))
        .route("/string", axum::routing::get(string))
        .route("/text", axum::routing::get(text))
        .route("/nothing", axum::routing::get(nothing))
        .route("/html", axum::routing::get(html))
        .route("/redirect", axum::routing::get(redirect))
        .route("/no-content", axum::routing::get(no_content))
        .route("/created", axum::routing::post(created))
        .route("/headers", axum::routing::get(with_headers))
        .route("/infallible", axum::routing::get(infallible))
        .route("/stub", axum::routing::get(stub))
        .with_state(AppState);
    drop(delete(true));
    assert_eq!(find("me").unwrap(), "me");
    assert!(stub_arms(1).is_err());
}
