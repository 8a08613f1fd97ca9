//! What adopting status-core's `utoipa5` feature adds: the document check over utoipa 5.
use status_core::openapi::utoipa::DocumentCheck;

pub fn checked(document: &mut utoipa::openapi::OpenApi, check: &DocumentCheck) {
    utoipa::Modify::modify(check, document);
}
