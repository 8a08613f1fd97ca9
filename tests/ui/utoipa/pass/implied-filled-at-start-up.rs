#![deny(warnings)]

// The statuses axum's `Json` rejects a request with are implied by the request, whatever the
// import calls it. Only the compiler knows them, so `#[responds]` leaves the user's entries as
// written, and the document check fills them in when the document is built.

use axum::Json as Body;
use status_core::openapi::utoipa::DocumentCheck;
use status_core::{responds, Status};
use utoipa::{OpenApi, ToSchema};

#[derive(ToSchema)]
pub struct NewUser {
    pub name: String,
}

/// Creates a user.
#[responds(201, 409)]
#[utoipa::path(
    post,
    path = "/users",
    request_body = NewUser,
    responses(
        (status = 201, description = "User created"),
        (status = 409, description = "The name is taken"),
    )
)]
pub async fn create_user(Body(_new): Body<NewUser>) -> Status {
    Status::CREATED
}

static CONTRACTS: DocumentCheck = DocumentCheck::new(&[CREATE_USER_RESPONSES]).fill();

#[derive(OpenApi)]
#[openapi(paths(create_user), components(schemas(NewUser)), modifiers(&CONTRACTS))]
struct ApiDoc;

fn main() {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let responses = doc["paths"]["/users"]["post"]["responses"]
        .as_object()
        .unwrap();
    let codes: Vec<&str> = responses.keys().map(String::as_str).collect();
    assert_eq!(codes, ["201", "400", "409", "413", "415", "422"]);
    assert_eq!(responses["409"]["description"], "The name is taken");
}
