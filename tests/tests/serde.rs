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
            "299 is not assigned: the IANA HTTP status code registry (as of 2025-09-15) lists nothing for it",
        ),
        (
            "306",
            "306 is unused and has no meaning to send, so no Status is made for it, not even with an opt-in",
        ),
        (
            "444",
            "444 is non-standard, so a Status for it is made only where the source says so, with status!(allow_nonstandard(444)); RawStatus holds any code",
        ),
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

/// Every status a user can make serializes as its number. Those made without an opt-in read
/// back as themselves; those made with one are refused, with an error naming the opt-in and
/// `RawStatus`, which reads every one of them back.
#[test]
fn every_constructible_status_round_trips_or_says_why_not() {
    let all = status_tests::constructible();
    for entry in status_core::entries() {
        let made = all.iter().any(|status| status.code() == entry.code());
        assert_eq!(made, entry.code() != 306, "{}", entry.code());
    }
    for status in all {
        let text = serde_json::to_string(&status).unwrap();
        assert_eq!(text, status.code().to_string());
        assert_eq!(
            serde_json::from_str::<RawStatus>(&text).unwrap(),
            RawStatus::from(status)
        );
        match status.entry().opt_in() {
            None => assert_eq!(serde_json::from_str::<Status>(&text).unwrap(), status),
            Some(opt_in) => {
                let error = serde_json::from_str::<Status>(&text)
                    .unwrap_err()
                    .to_string();
                let needed = format!("status!({opt_in}({text})); RawStatus holds any code");
                assert!(error.contains(&needed), "{error}");
            }
        }
    }
}

/// A number too wide for a `u16` is refused with the range of the type being read.
#[test]
fn raw_status_errors_give_its_own_range() {
    for json in ["70000", "-404", "1000"] {
        let error = serde_json::from_str::<RawStatus>(json)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("a three-digit status code from 100 to 999"),
            "{json}: {error}"
        );
    }
}
