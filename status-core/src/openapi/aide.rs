//! A handler's contract written into its aide 0.15 operation, for routes declared with aide's
//! `*_with` functions: `post_with(create_user, contract(CREATE_USER_RESPONSES))`.
//!
//! aide infers responses from the handler's types before the transform runs (a `String` answer
//! becomes a 200 "plain text"); the transform keeps what aide inferred for a status the
//! contract lists, with the contract's description, removes the statuses the contract does
//! not list, and adds the ones aide could not see. Here on an operation made by hand:
//!
//! ```
//! use aide::openapi::{Operation, ReferenceOr, Response, StatusCode};
//! use aide::transform::TransformOperation;
//! use status_core::openapi::aide::contract;
//! use status_core::{Responses, Status};
//!
//! const CREATE_USER_RESPONSES: Responses =
//!     Responses::new("create_user", &[Status::CREATED, Status::CONFLICT], &[]);
//!
//! // As aide infers it for a handler that returns `String`.
//! let mut operation = Operation::default();
//! let responses = operation.responses.get_or_insert_with(Default::default);
//! responses.responses.insert(StatusCode::Code(200), ReferenceOr::Item(Response::default()));
//!
//! let _ = contract(CREATE_USER_RESPONSES)(TransformOperation::new(&mut operation));
//! let codes: Vec<&StatusCode> = operation.responses.as_ref().unwrap().responses.keys().collect();
//! assert_eq!(codes, [&StatusCode::Code(201), &StatusCode::Code(409)]);
//! ```

use std::string::ToString;

use ::aide::openapi::{ReferenceOr, Response, StatusCode};
use ::aide::transform::TransformOperation;

use crate::openapi::description;
use crate::Responses;

/// The transform that makes an operation's responses exactly `contract`'s statuses, declared
/// and implied by the request, each described from the table.
pub fn contract(
    contract: Responses,
) -> impl FnOnce(TransformOperation<'_>) -> TransformOperation<'_> {
    move |mut operation: TransformOperation<'_>| {
        let responses = operation
            .inner_mut()
            .responses
            .get_or_insert_with(Default::default);
        responses.responses.retain(|code, _| match code {
            StatusCode::Code(code) => contract.contains(*code),
            StatusCode::Range(_) => false,
        });
        for (status, origin) in contract.documented() {
            let text = description(status.entry(), origin).to_string();
            let code = StatusCode::Code(status.code());
            match responses.responses.get_mut(&code) {
                Some(ReferenceOr::Item(inferred)) => inferred.description = text,
                Some(ReferenceOr::Reference { .. }) => {}
                None => {
                    responses.responses.insert(
                        code,
                        ReferenceOr::Item(Response {
                            description: text,
                            ..Response::default()
                        }),
                    );
                }
            }
        }
        responses.responses.sort_keys();
        operation
    }
}
