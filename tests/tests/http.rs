//! The `http` (1.x) and `http02` (0.2) features: conversions both ways, and the debug-build
//! check of `#[responds]` reading statuses out of `http` response types.

use status_core::{responds, status, status_code, RawStatus, ResponseStatus, Status, StatusError};

#[test]
fn every_status_converts_to_both_http_versions_and_back() {
    for entry in status_core::entries() {
        let raw = RawStatus::new(entry.code()).unwrap();
        let http1 = http::StatusCode::from_u16(entry.code()).unwrap();
        let http02 = http02::StatusCode::from_u16(entry.code()).unwrap();
        assert_eq!(RawStatus::from(http1), raw);
        assert_eq!(RawStatus::from(http02), raw);
        match Status::from_code(entry.code()) {
            Ok(status) => {
                assert_eq!(http::StatusCode::from(status), http1);
                assert_eq!(status.to_http(), http1);
                assert_eq!(http02::StatusCode::from(status), http02);
                assert_eq!(Status::try_from(http1), Ok(status));
                assert_eq!(Status::try_from(http02), Ok(status));
                // Both directions of the cross-type comparison.
                assert_eq!(status, http1);
                assert_eq!(http1, status);
            }
            Err(error) => {
                assert_eq!(Status::try_from(http1), Err(error));
                assert_eq!(Status::try_from(http02), Err(error));
            }
        }
    }
}

/// Every status a user can make converts to both `StatusCode`s. Those made without an opt-in
/// convert back; those made with one are refused with the error that names the opt-in, and
/// `RawStatus` takes every one of them.
#[test]
fn every_constructible_status_converts_to_http_and_back_or_says_why_not() {
    for status in status_tests::constructible() {
        let http1 = http::StatusCode::from(status);
        let http02 = http02::StatusCode::from(status);
        assert_eq!(http1.as_u16(), status.code());
        assert_eq!(status.to_http(), http1);
        assert_eq!(http02.as_u16(), status.code());
        assert_eq!(RawStatus::from(http1), RawStatus::from(status));
        assert_eq!(RawStatus::from(http02), RawStatus::from(status));
        match status.entry().opt_in() {
            None => {
                assert_eq!(Status::try_from(http1), Ok(status));
                assert_eq!(Status::try_from(http02), Ok(status));
            }
            Some(_) => {
                let error = Status::from_code(status.code()).unwrap_err();
                assert!(matches!(error, StatusError::NotSendable { .. }));
                assert_eq!(Status::try_from(http1), Err(error));
                assert_eq!(Status::try_from(http02), Err(error));
            }
        }
    }
}

#[test]
fn codes_http_accepts_but_the_registry_does_not_are_refused() {
    let unassigned = http::StatusCode::from_u16(299).unwrap();
    assert_eq!(
        Status::try_from(unassigned),
        Err(StatusError::Unassigned { code: 299 })
    );
    let beyond = http::StatusCode::from_u16(999).unwrap();
    assert_eq!(
        Status::try_from(beyond),
        Err(StatusError::OutOfRange { code: 999 })
    );
    assert_eq!(RawStatus::from(beyond).code(), 999);
}

#[test]
fn http_response_types_expose_their_status() {
    let response = http::Response::builder().status(201).body(()).unwrap();
    assert_eq!(response.response_status(), 201);
    assert_eq!((http::StatusCode::CONFLICT, "taken").response_status(), 409);
    assert_eq!(http02::StatusCode::GONE.response_status(), 410);
}

const CREATED: http::StatusCode = status_code!(201);

/// `status_code!` reaches each code in the form its http version allows: a constant every
/// http 1.x has (a path, so a pattern too), one a later http added by name (103 since 1.4, 425
/// since 1.2), and a code http has no constant for through `from_u16`. Each is the constant
/// `to_http` gives at run time.
#[test]
fn status_code_makes_every_kind_of_constant() {
    const TEAPOT: http::StatusCode = status_code!(allow_unused(418));
    const EARLY_HINTS: http::StatusCode = status_code!(103);
    const TOO_EARLY: http::StatusCode = status_code!(425);
    #[allow(deprecated)] // 104's temporary registration has a recorded expiry
    const UPLOAD_RESUMPTION: http::StatusCode = status_code!(104);
    const CLIENT_CLOSED: http::StatusCode = status_code!(allow_nonstandard(499));
    assert_eq!(CREATED, Status::CREATED.to_http());
    assert_eq!(TEAPOT.as_u16(), 418);
    assert_eq!(EARLY_HINTS, Status::EARLY_HINTS.to_http());
    assert_eq!(TOO_EARLY, Status::TOO_EARLY.to_http());
    assert_eq!(UPLOAD_RESUMPTION.as_u16(), 104);
    assert_eq!(CLIENT_CLOSED.as_u16(), 499);
    let kind = |code: http::StatusCode| match code {
        status_code!(404) => "path pattern",
        status_code!(103) => "later constant, as a pattern",
        _ => "other",
    };
    assert_eq!(kind(http::StatusCode::NOT_FOUND), "path pattern");
    assert_eq!(
        kind(http::StatusCode::EARLY_HINTS),
        "later constant, as a pattern"
    );
    assert_eq!(kind(http::StatusCode::OK), "other");
}

#[derive(Debug)]
struct Taken;

impl ResponseStatus for Taken {
    fn response_status(&self) -> u16 {
        http::StatusCode::CONFLICT.as_u16()
    }
}

fn reserve(name: &str) -> Result<(), Taken> {
    if name == "root" {
        Err(Taken)
    } else {
        Ok(())
    }
}

/// Declares 201 and 409; the 409 comes from the error type.
#[responds(201, 409, debug_check)]
fn create(name: &str) -> Result<(http::StatusCode, String), Taken> {
    reserve(name)?;
    Ok((CREATED, format!("/users/{name}")))
}

/// Builds an `http::Response` whose status the scan cannot see.
#[responds(200, debug_check)]
fn fetch(code: u16) -> http::Response<&'static str> {
    http::Response::builder().status(code).body("").unwrap()
}

#[test]
fn the_debug_check_reads_http_types() {
    assert_eq!(create("alice").unwrap().0, http::StatusCode::CREATED);
    assert!(create("root").is_err());
    assert_eq!(fetch(200).status(), http::StatusCode::OK);
    assert_eq!(status!(200), http::StatusCode::OK);
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(
    expected = "handler `fetch` answered 502 Bad Gateway, outside its #[responds] contract: 200 OK"
)]
fn the_debug_check_catches_an_http_response_outside_the_contract() {
    let _ = fetch(502);
}
