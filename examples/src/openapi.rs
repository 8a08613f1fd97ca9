//! The service's OpenAPI document, from utoipa: each handler carries `#[utoipa::path]` under
//! its `#[responds]`, which writes the handler's declared statuses into the attribute (or,
//! where the handler lists its responses itself, checks them against the contract), and
//! [`CONTRACTS`], when the document is first built at start-up, adds what each handler's
//! extractors imply and checks the document once more against every contract.

use std::sync::LazyLock;

use status_core::openapi::utoipa::DocumentCheck;
use utoipa::openapi::OpenApi as Document;
use utoipa::OpenApi;

use crate::db::User;
use crate::service::{self, ErrorBody, NewUser, UserChanges};

/// Fills in and holds the document to the handlers' contracts, by operation id (utoipa's
/// default, the handler's name): a difference is a panic when the document is built.
pub static CONTRACTS: DocumentCheck = DocumentCheck::new(service::CONTRACTS).fill();

/// The document's sources: every handler's path attribute, the body types, and the check.
#[derive(OpenApi)]
#[openapi(
    info(title = "status example user service"),
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
