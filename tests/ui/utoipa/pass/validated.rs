#![deny(warnings)]

// `responses(...)` written in full: checked against the contract and kept as written.

use status_core::{responds, Status};
use utoipa::{OpenApi, ToSchema};

#[derive(ToSchema)]
pub struct User {
    pub id: u64,
    pub name: String,
}

#[derive(ToSchema)]
pub struct Problem {
    pub detail: String,
}

/// Creates a user.
#[responds(201, 409)]
#[utoipa::path(
    post,
    path = "/users",
    responses(
        (status = StatusCode::CREATED, description = "User created", body = User,
            headers(("Location" = String, description = "Where the new user is"))),
        (status = 409, description = "The name is taken", body = Problem),
        (status = "default", description = "Anything else", body = Problem),
    )
)]
pub async fn create_user() -> Status {
    Status::CREATED
}

#[derive(OpenApi)]
#[openapi(paths(create_user), components(schemas(User, Problem)))]
struct ApiDoc;

fn main() {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let responses = &doc["paths"]["/users"]["post"]["responses"];
    assert_eq!(responses["201"]["description"], "User created");
    assert!(responses["201"]["headers"]["Location"].is_object());
    assert_eq!(responses["409"]["description"], "The name is taken");
    assert_eq!(responses["default"]["description"], "Anything else");
}
