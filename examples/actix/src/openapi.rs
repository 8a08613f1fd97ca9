//! The service's OpenAPI document, from utoipa, as the axum service builds its own: each handler
//! carries `#[utoipa::path]` under its `#[responds]`, and [`CONTRACTS`], when the document is
//! first built at start-up, adds what each handler's extractors imply (actix's: 404 for a `Path`
//! that does not fit) and checks the document once more against every contract.

use std::sync::LazyLock;

use status_core::openapi::utoipa::DocumentCheck;
use status_examples::db::User;
use status_examples::service::{ErrorBody, NewUser, UserChanges};
use utoipa::openapi::OpenApi as Document;
use utoipa::OpenApi;

use crate::service;

/// Fills in and holds the document to the handlers' contracts, by operation id: a difference
/// is a panic when the document is built.
pub static CONTRACTS: DocumentCheck = DocumentCheck::new(service::CONTRACTS).fill();

/// The document's sources: every handler's path attribute, the body types, and the check.
#[derive(OpenApi)]
#[openapi(
    info(title = "status example user service (actix-web)"),
    paths(
        service::health,
        service::list_users,
        service::create_user,
        service::get_user,
        service::update_user,
        service::delete_user,
        service::openapi,
    ),
    components(schemas(User, NewUser, UserChanges, ErrorBody)),
    modifiers(&CONTRACTS)
)]
pub struct ApiDoc;

static DOCUMENT: LazyLock<Document> = LazyLock::new(ApiDoc::openapi);

/// The document, built and checked on first use.
pub fn document() -> &'static Document {
    &DOCUMENT
}
