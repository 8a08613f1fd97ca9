#![deny(warnings)]

use status_core::{Answer, ResponseStatus, Status};

#[derive(Debug, ResponseStatus)]
enum StoreError {
    #[status(503)]
    Busy,
    #[status("Internal Server Error")]
    Corrupt { table: &'static str },
}

/// A struct answers with one status.
#[derive(Debug, ResponseStatus)]
#[status(UNPROCESSABLE_CONTENT)]
struct BadInput {
    field: &'static str,
}

/// A struct can wrap another error.
#[derive(Debug, ResponseStatus)]
#[status(transparent)]
struct Wrapped(StoreError);

#[derive(Debug, ResponseStatus)]
enum ApiError<T: std::fmt::Debug> {
    #[status(404)]
    NotFound(u64),
    #[status(CONFLICT)]
    Taken { name: String },
    #[status(allow_nonstandard(499))]
    ClientGone,
    #[status(transparent)]
    Store(StoreError),
    #[status(transparent)]
    Input { source: BadInput },
    #[status(400)]
    Other(T),
    /// A former name, allowed where it is written.
    #[allow(deprecated)]
    #[status("Payload Too Large")]
    TooBig,
}

#[derive(ResponseStatus)]
enum Never {}

fn main() {
    type E = ApiError<u8>;
    assert_eq!(E::NotFound(1).status(), Status::NOT_FOUND);
    assert_eq!(E::Taken { name: "a".into() }.status(), Status::CONFLICT);
    assert_eq!(E::ClientGone.status().code(), 499);
    assert_eq!(E::Store(StoreError::Busy).status(), Status::SERVICE_UNAVAILABLE);
    assert_eq!(E::Store(StoreError::Corrupt { table: "users" }).response_status(), 500);
    assert_eq!(E::Input { source: BadInput { field: "name" } }.status().code(), 422);
    assert_eq!(E::Other(7).status(), Status::BAD_REQUEST);
    assert_eq!(E::TooBig.status(), Status::CONTENT_TOO_LARGE);
    assert_eq!(Wrapped(StoreError::Busy).status().code(), 503);

    let every: Vec<u16> = E::RESPONSE_STATUSES.statuses().map(Status::code).collect();
    assert_eq!(every, [400, 404, 409, 413, 422, 499, 500, 503]);
    assert_eq!(E::RESPONSE_STATUSES.type_name(), "ApiError");
    let store = E::RESPONSE_STATUSES.variant("Store").unwrap();
    assert!(matches!(store.answer(), Answer::Transparent(inner) if inner.type_name() == "StoreError"));
    assert_eq!(E::RESPONSE_STATUSES.variant_answering(503).unwrap().name(), "Store");
    assert_eq!(BadInput::RESPONSE_STATUSES.variants().len(), 1);
    assert_eq!(Never::RESPONSE_STATUSES.statuses().count(), 0);
    let _ = BadInput { field: "x" }.field;
}
