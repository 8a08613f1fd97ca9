#![deny(warnings)]

// Variants whose status is carried by their field and chosen at run time: a status and a
// message, an upstream's status, axum's own rejection. Each declares the statuses it may take;
// `status()` is the one carried.

use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use status_core::{Answer, ResponseStatus, Status};

#[derive(Debug, ResponseStatus)]
pub enum ApiError {
    #[status(404)]
    NotFound,
    #[status(any_of(400, 401, 403))]
    Rejected((StatusCode, String)),
    #[status(any_of(502, 503, 504))]
    Upstream { status: StatusCode },
    #[status(any_of(400, 413, 415, 422))]
    Body(JsonRejection),
}

/// One field, carried: the struct form.
#[derive(Debug, ResponseStatus)]
#[status(any_of(500, 503))]
pub struct Failure(StatusCode);

fn main() {
    let rejected = ApiError::Rejected((StatusCode::FORBIDDEN, "no".into()));
    assert_eq!(rejected.status(), Status::FORBIDDEN);
    let upstream = ApiError::Upstream {
        status: StatusCode::GATEWAY_TIMEOUT,
    };
    assert_eq!(upstream.status(), Status::GATEWAY_TIMEOUT);
    assert_eq!(ApiError::NotFound.status(), Status::NOT_FOUND);
    assert_eq!(Failure(StatusCode::SERVICE_UNAVAILABLE).response_status(), 503);
    // A code outside the table cannot be a `Status`: it reads as 500.
    let odd = StatusCode::from_u16(599).unwrap();
    assert_eq!(Failure(odd).status(), Status::INTERNAL_SERVER_ERROR);

    let map = ApiError::RESPONSE_STATUSES;
    assert!(map.contains(401) && map.contains(422) && map.contains(504));
    assert!(!map.contains(409));
    let body = map.variant("Body").unwrap();
    assert!(matches!(body.answer(), Answer::AnyOf(statuses) if statuses.len() == 4));
    assert_eq!(
        map.variant("Rejected").unwrap().answer().to_string(),
        "one of 400 Bad Request, 401 Unauthorized, 403 Forbidden, as its field carries"
    );
}
