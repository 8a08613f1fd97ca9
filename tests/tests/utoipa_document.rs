//! `status_core::openapi::utoipa::DocumentCheck` on documents utoipa builds: operations found by
//! operation id or by method and path, two handlers of the same name in different modules,
//! every difference reported, and `fill` completing a document written without the contract.

use status_core::openapi::utoipa::{DocumentCheck, Route};
use status_core::{responds, Status};
use utoipa::{Modify, OpenApi};

mod v1 {
    use super::*;

    /// Fetches a user, by number.
    #[allow(dead_code)] // only its contract and its operation are used here
    #[responds(200, 404)]
    #[utoipa::path(get, path = "/v1/users/{id}")]
    pub async fn get_user() -> Status {
        Status::OK
    }
}

mod v2 {
    use super::*;

    /// Fetches a user, by name; a missing one is gone for good.
    #[allow(dead_code)] // only its contract and its operation are used here
    #[responds(200, 410)]
    #[utoipa::path(get, path = "/v2/users/{name}")]
    pub async fn get_user() -> Status {
        Status::OK
    }
}

/// Deletes a user. Documented by hand, below `#[responds]`'s reach: its operation has only 204.
#[allow(deprecated)] // the two attributes are kept apart on purpose here
#[utoipa::path(delete, path = "/users/{id}", responses((status = 204, description = "Gone")))]
#[responds(204, 404)]
pub async fn delete_user() -> Status {
    Status::NO_CONTENT
}

#[derive(OpenApi)]
#[openapi(paths(v1::get_user, v2::get_user, delete_user))]
struct ApiDoc;

fn differences(check: DocumentCheck) -> Vec<String> {
    check
        .differences(&ApiDoc::openapi())
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn two_handlers_of_one_name_cannot_be_found_by_operation_id() {
    static CHECK: DocumentCheck =
        DocumentCheck::new(&[v1::GET_USER_RESPONSES, v2::GET_USER_RESPONSES]);
    let found = differences(CHECK);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0],
        "operation `get_user`: 2 handlers are named `get_user` (utoipa_document::v1, utoipa_document::v2), and an operation id cannot tell them apart; give each one's method and path with DocumentCheck::routes"
    );
}

#[test]
fn by_method_and_path_they_are_told_apart_and_agree() {
    static CHECK: DocumentCheck = DocumentCheck::new(&[]).routes(&[
        Route::new("GET", "/v1/users/{id}", v1::GET_USER_RESPONSES),
        Route::new("get", "/v2/users/{name}", v2::GET_USER_RESPONSES),
    ]);
    assert_eq!(differences(CHECK), Vec::<String>::new());
    // As a modifier it leaves an agreeing document as it is.
    let mut document = ApiDoc::openapi();
    CHECK.modify(&mut document);
    assert!(document == ApiDoc::openapi(), "the document is unchanged");
}

#[test]
fn every_difference_is_reported_and_fill_adds_what_is_missing() {
    static CHECK: DocumentCheck = DocumentCheck::new(&[DELETE_USER_RESPONSES])
        .routes(&[Route::new("get", "/v3/users/{id}", v1::GET_USER_RESPONSES)]);
    assert_eq!(
        differences(CHECK),
        [
            "GET /v3/users/{id} (get_user): the document has no operation at this method and path",
            "DELETE /users/{id} (delete_user): the contract lists 404 Not Found, which the document does not",
        ]
    );

    let failure = std::panic::catch_unwind(|| CHECK.modify(&mut ApiDoc::openapi()))
        .expect_err("a document that disagrees fails to build");
    let message = failure
        .downcast_ref::<String>()
        .expect("a formatted message");
    assert!(
        message.starts_with(
            "the OpenAPI document disagrees with the handlers' #[responds] contracts in 2 places:"
        ),
        "{message}"
    );

    static FILL: DocumentCheck = DocumentCheck::new(&[DELETE_USER_RESPONSES]).fill();
    let mut document = ApiDoc::openapi();
    FILL.modify(&mut document);
    let delete = document.paths.paths["/users/{id}"]
        .delete
        .as_ref()
        .expect("the operation");
    let codes: Vec<&String> = delete.responses.responses.keys().collect();
    assert_eq!(codes, ["204", "404"]);
}

#[test]
fn codes_outside_the_contract_and_keys_that_are_not_codes_are_differences() {
    use utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem, PathsBuilder};
    use utoipa::openapi::{OpenApiBuilder, Response};

    let operation = OperationBuilder::new()
        .operation_id(Some("delete_user"))
        .response("204", Response::new("Gone"))
        .response("404", Response::new("Missing"))
        .response("418", Response::new("Teapot"))
        .response("4XX", Response::new("Anything else"))
        .response("default", Response::new("Whatever happens"))
        .build();
    let document = OpenApiBuilder::new()
        .paths(
            PathsBuilder::new().path("/users/{id}", PathItem::new(HttpMethod::Delete, operation)),
        )
        .build();
    let found: Vec<String> = DocumentCheck::new(&[DELETE_USER_RESPONSES])
        .differences(&document)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "DELETE /users/{id} (delete_user): the document lists the response key \"4XX\", which is not a status code in the registry; a contract lists exact codes",
            "DELETE /users/{id} (delete_user): the document lists 418 (Unused), which the contract does not",
        ]
    );
}
