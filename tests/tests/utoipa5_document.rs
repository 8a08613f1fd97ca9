//! The document check on utoipa 5, which many applications still use: the same
//! `DocumentCheck`, a `Modify` of utoipa 5 as of utoipa 6, finds the operations, fills in what
//! the contracts add and reports what disagrees.

use status_core::openapi::utoipa::DocumentCheck;
use status_core::{status, Responses, Status, StatusSet};
use utoipa5::openapi::path::{HttpMethod, OperationBuilder, PathItem, PathsBuilder};
use utoipa5::openapi::{OpenApi, OpenApiBuilder, Response};
use utoipa5::Modify;

const AUTH: StatusSet = StatusSet::of(&[status!(401)]);

const CREATE_POST_RESPONSES: Responses = Responses::new(
    "create_post",
    &[Status::CREATED, Status::CONFLICT],
    &[Status::BAD_REQUEST, Status::UNPROCESSABLE_CONTENT],
)
.with_middleware(AUTH);

/// What `#[utoipa::path(post, path = "/posts", responses((status = 201), (status = 401)))]`
/// gives under utoipa 5.
fn document(responses: &[&str]) -> OpenApi {
    let mut operation = OperationBuilder::new().operation_id(Some("create_post"));
    for code in responses {
        operation = operation.response(*code, Response::new("as written"));
    }
    OpenApiBuilder::new()
        .paths(
            PathsBuilder::new().path("/posts", PathItem::new(HttpMethod::Post, operation.build())),
        )
        .build()
}

fn codes(document: &OpenApi) -> Vec<String> {
    document.paths.paths["/posts"]
        .post
        .as_ref()
        .expect("the operation")
        .responses
        .responses
        .keys()
        .cloned()
        .collect()
}

#[test]
fn a_utoipa_5_document_is_held_to_the_contracts() {
    let check = DocumentCheck::new(&[CREATE_POST_RESPONSES]);
    // The middleware's 401 documented, the declared 409 not: one difference.
    let written = document(&["201", "401"]);
    let differences: Vec<String> = check
        .differences(&written)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        differences,
        ["POST /posts (create_post): the contract lists 409 Conflict, which the document does not"]
    );
    // A documented status the contract does not have.
    let stray = document(&["201", "409", "418"]);
    assert_eq!(check.differences(&stray).len(), 1);
}

#[test]
fn filling_a_utoipa_5_document_adds_what_it_lacks() {
    let mut filled = document(&["201", "401"]);
    DocumentCheck::new(&[CREATE_POST_RESPONSES])
        .fill()
        .modify(&mut filled);
    assert_eq!(codes(&filled), ["201", "400", "401", "409", "422"]);
    let post = filled.paths.paths["/posts"]
        .post
        .as_ref()
        .expect("the operation");
    // The user's entry is kept as written.
    let utoipa5::openapi::RefOr::T(kept) = &post.responses.responses["401"] else {
        panic!("an inline response");
    };
    assert_eq!(kept.description, "as written");
}

#[test]
#[should_panic(expected = "disagrees with the handlers' #[responds] contracts in 1 place")]
fn a_disagreeing_utoipa_5_document_panics_when_built() {
    let mut written = document(&["201"]);
    DocumentCheck::new(&[CREATE_POST_RESPONSES]).modify(&mut written);
}
