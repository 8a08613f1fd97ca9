//! `#[responds]` above `#[utoipa::path]`, with the document check filling in what only the
//! compiler knows (the statuses the extractors imply): the OpenAPI document utoipa builds lists
//! exactly the contract's statuses, keeps what the user wrote, describes what was added the way
//! `status_core::openapi` does, and leaves the "Responses" rustdoc section out of the
//! operation's summary and description.
#![allow(
    missing_docs,
    reason = "the schema types are fixtures for utoipa to read"
)]

use axum::Json;
use serde_json::Value;
use status_core::openapi::utoipa::DocumentCheck;
use status_core::openapi::{description, Origin};
use status_core::{responds, Responses, Status};
use utoipa::{OpenApi, ToSchema};

#[derive(ToSchema)]
pub struct User {
    pub id: u64,
    pub name: String,
}

#[derive(ToSchema)]
pub struct NewUser {
    pub name: String,
}

#[derive(ToSchema)]
pub struct Problem {
    pub detail: String,
}

/// Lists the users.
///
/// Newest first.
#[responds(200, 503, debug_check)]
#[utoipa::path(get, path = "/users")]
pub async fn list_users() -> Status {
    Status::OK
}

/// Shows one user.
///
/// By id.
#[responds(200, 404)]
#[utoipa::path(
    get,
    path = "/users/{id}",
    responses(
        (status = 200, description = "The user", body = User),
        (status = NOT_FOUND, description = "No user has this id", body = Problem),
    )
)]
pub async fn show_user() -> Status {
    Status::OK
}

/// Creates a user.
///
/// The name must be free.
#[responds(201, 409, 422)]
#[utoipa::path(
    post,
    path = "/users",
    request_body = NewUser,
    responses(
        (status = StatusCode::CREATED, description = "User created", body = User,
            headers(("Location" = String, description = "Where the new user is"))),
        (status = 409, description = "The name is taken", body = Problem),
        (status = 422, description = "The name is empty", body = Problem),
    )
)]
pub async fn create_user(Json(_new): Json<NewUser>) -> Status {
    Status::CREATED
}

/// Renames a user.
#[responds(200, 404)]
#[utoipa::path(put, path = "/users/{id}/name", request_body = NewUser)]
pub async fn rename_user(Json(_new): Json<NewUser>) -> Status {
    Status::OK
}

static CONTRACTS: DocumentCheck = DocumentCheck::new(&[
    LIST_USERS_RESPONSES,
    SHOW_USER_RESPONSES,
    CREATE_USER_RESPONSES,
    RENAME_USER_RESPONSES,
])
.fill();

#[derive(OpenApi)]
#[openapi(
    paths(list_users, show_user, create_user, rename_user),
    components(schemas(User, NewUser, Problem)),
    modifiers(&CONTRACTS)
)]
struct ApiDoc;

fn document() -> Value {
    serde_json::to_value(ApiDoc::openapi()).expect("the document serializes")
}

fn operation<'a>(document: &'a Value, path: &str, method: &str) -> &'a Value {
    let operation = &document["paths"][path][method];
    assert!(operation.is_object(), "no {method} {path} in {document:#}");
    operation
}

/// The response codes of an operation, ascending.
fn codes(operation: &Value) -> Vec<u16> {
    let mut codes: Vec<u16> = operation["responses"]
        .as_object()
        .expect("responses")
        .keys()
        .map(|code| code.parse().expect("a numeric code"))
        .collect();
    codes.sort_unstable();
    codes
}

fn contract_codes(responses: &Responses) -> Vec<u16> {
    responses
        .documented()
        .map(|(status, _)| status.code())
        .collect()
}

/// The description status-core gives `code` in `responses`.
fn described(responses: &Responses, code: u16) -> String {
    let (status, origin) = responses
        .documented()
        .find(|(status, _)| status.code() == code)
        .expect("a status of the contract");
    description(status.entry(), origin).to_string()
}

#[test]
fn every_operation_documents_exactly_its_contract() {
    let document = document();
    for (path, method, responses) in [
        ("/users", "get", &LIST_USERS_RESPONSES),
        ("/users/{id}", "get", &SHOW_USER_RESPONSES),
        ("/users", "post", &CREATE_USER_RESPONSES),
        ("/users/{id}/name", "put", &RENAME_USER_RESPONSES),
    ] {
        let operation = operation(&document, path, method);
        assert_eq!(
            codes(operation),
            contract_codes(responses),
            "{method} {path}"
        );
    }
}

#[test]
fn a_handler_without_responses_gets_the_contracts_descriptions() {
    let document = document();
    let operation = operation(&document, "/users", "get");
    for code in [200, 503] {
        assert_eq!(
            operation["responses"][code.to_string()]["description"],
            described(&LIST_USERS_RESPONSES, code)
        );
    }
    assert_eq!(
        operation["responses"]["200"]["description"],
        description(Status::OK.entry(), Origin::Declared).to_string()
    );
}

#[test]
fn written_responses_are_kept_as_written() {
    let document = document();
    let show = operation(&document, "/users/{id}", "get");
    assert_eq!(show["responses"]["200"]["description"], "The user");
    assert_eq!(
        show["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/User"
    );
    assert_eq!(
        show["responses"]["404"]["description"],
        "No user has this id"
    );
    assert_eq!(
        show["responses"]["404"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/Problem"
    );

    let create = operation(&document, "/users", "post");
    assert_eq!(create["responses"]["201"]["description"], "User created");
    assert_eq!(
        create["responses"]["201"]["headers"]["Location"]["description"],
        "Where the new user is"
    );
    assert_eq!(
        create["responses"]["409"]["description"],
        "The name is taken"
    );
    // Declared and implied by `Json`: the user's words win.
    assert_eq!(
        create["responses"]["422"]["description"],
        "The name is empty"
    );
}

#[test]
fn statuses_implied_by_the_request_are_filled_in_with_their_description() {
    let document = document();
    let create = operation(&document, "/users", "post");
    for code in [400, 413, 415] {
        let written = &create["responses"][code.to_string()]["description"];
        assert_eq!(*written, described(&CREATE_USER_RESPONSES, code));
        assert!(
            written
                .as_str()
                .unwrap()
                .ends_with("rejected by the extractor that reads it."),
            "{written}"
        );
    }
    // `#[responds]` wrote the declared statuses and the check added the implied ones, each
    // described by its origin.
    let rename = operation(&document, "/users/{id}/name", "put");
    assert_eq!(codes(rename), [200, 400, 404, 413, 415, 422]);
    for code in codes(rename) {
        assert_eq!(
            rename["responses"][code.to_string()]["description"],
            described(&RENAME_USER_RESPONSES, code)
        );
    }
    assert_eq!(
        rename["responses"]["422"]["description"],
        description(Status::UNPROCESSABLE_CONTENT.entry(), Origin::Implied).to_string()
    );
}

#[test]
fn the_responses_section_stays_out_of_summary_and_description() {
    let document = document();
    for (path, method, summary, text) in [
        ("/users", "get", "Lists the users.", "Newest first."),
        ("/users/{id}", "get", "Shows one user.", "By id."),
        (
            "/users",
            "post",
            "Creates a user.",
            "The name must be free.",
        ),
    ] {
        let operation = operation(&document, path, method);
        assert_eq!(operation["summary"], summary, "{method} {path}");
        assert_eq!(operation["description"], text, "{method} {path}");
    }
    let rename = operation(&document, "/users/{id}/name", "put");
    assert_eq!(rename["summary"], "Renames a user.");
    assert!(rename.get("description").is_none(), "{rename:#}");
    let text = document.to_string();
    assert!(!text.contains("# Responses"), "{text}");
    assert!(!text.contains("Implied by the request"), "{text}");
}
