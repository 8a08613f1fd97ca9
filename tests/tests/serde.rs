//! The `serde` feature: statuses travel as numbers and are checked on the way in.

use status_core::{RawStatus, Status};

#[test]
fn statuses_serialize_as_their_number() {
    assert_eq!(serde_json::to_string(&Status::NOT_FOUND).unwrap(), "404");
    assert_eq!(
        serde_json::to_string(&RawStatus::new(599).unwrap()).unwrap(),
        "599"
    );
    let list = [Status::CREATED, Status::CONFLICT];
    assert_eq!(serde_json::to_string(&list).unwrap(), "[201,409]");
}

#[test]
fn every_sendable_code_round_trips() {
    for entry in status_core::entries() {
        let text = entry.code().to_string();
        match Status::from_code(entry.code()) {
            Ok(status) => assert_eq!(serde_json::from_str::<Status>(&text).unwrap(), status),
            Err(_) => assert!(serde_json::from_str::<Status>(&text).is_err(), "{text}"),
        }
        assert_eq!(
            serde_json::from_str::<RawStatus>(&text).unwrap().code(),
            entry.code()
        );
    }
}

#[test]
fn bad_numbers_are_refused_with_a_reason() {
    let cases = [
        (
            "299",
            "299 is not assigned in the IANA status code registry",
        ),
        ("306", "306 is unused and is not sent without an opt-in"),
        ("444", "444 is non-standard"),
        ("600", "expected an HTTP status code from 100 to 599"),
        ("70000", "expected an HTTP status code from 100 to 599"),
        ("-404", "expected an HTTP status code from 100 to 599"),
        ("404.0", "expected an HTTP status code as an integer"),
        ("\"404\"", "expected an HTTP status code as an integer"),
        ("18446744073709551616", "expected an HTTP status code"),
    ];
    for (json, expected) in cases {
        let error = serde_json::from_str::<Status>(json)
            .unwrap_err()
            .to_string();
        assert!(error.contains(expected), "{json}: {error}");
    }
    let error = serde_json::from_str::<RawStatus>("1000")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("a three-digit status code from 100 to 999"),
        "{error}"
    );
    assert_eq!(
        serde_json::from_str::<RawStatus>("999").unwrap().code(),
        999
    );
}
