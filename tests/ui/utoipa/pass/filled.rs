#![deny(warnings)]

// No `responses(...)` written: #[responds] adds one from the contract.

use status_core::openapi::{description, Origin};
use status_core::{responds, Status};
use utoipa::OpenApi;

/// Creates a user.
#[responds(201, 409)]
#[utoipa::path(post, path = "/users")]
pub async fn create_user() -> Status {
    Status::CREATED
}

// A trailing comma, and the other spelling of the attribute.
/// Deletes a user.
#[responds(204, NOT_FOUND)]
#[::utoipa::path(delete, path = "/users/{id}")]
pub async fn delete_user() -> Status {
    Status::NO_CONTENT
}

#[derive(OpenApi)]
#[openapi(paths(create_user, delete_user))]
struct ApiDoc;

fn main() {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let responses = &doc["paths"]["/users"]["post"]["responses"];
    assert_eq!(
        responses["201"]["description"],
        description(Status::CREATED.entry(), Origin::Declared).to_string()
    );
    assert!(responses["409"].is_object());
    let responses = &doc["paths"]["/users/{id}"]["delete"]["responses"];
    assert!(responses["204"].is_object() && responses["404"].is_object());
}
