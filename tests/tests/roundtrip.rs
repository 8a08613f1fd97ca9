//! Every code that may be sent round-trips through `status!`, `lookup` and the constants.
//! The list is generated from the table by `build.rs`.

// Discouraged and temporary codes (102, 104) warn by design; that is tested in the UI suite.
#![allow(deprecated)]

use status_core::{lookup, status, Status};

#[test]
fn every_sendable_code_round_trips() {
    let rows: &[(Status, Status, Status, Status, u16, &str, &str)] =
        &include!(concat!(env!("OUT_DIR"), "/roundtrip.rs"));
    let sendable = status_core::entries()
        .iter()
        .filter(|entry| entry.state().is_sendable())
        .count();
    assert_eq!(rows.len(), sendable);
    for &(constant, by_number, by_name, by_phrase, code, reason, name) in rows {
        assert_eq!(by_number, constant);
        assert_eq!(by_name, constant);
        assert_eq!(by_phrase, constant);
        assert_eq!(constant.code(), code);
        assert_eq!(constant.reason(), reason);
        assert_eq!(Status::from_code(code), Ok(constant));
        let entry = lookup(code).expect("every constant has an entry");
        assert_eq!(entry.constant(), Some(name));
        assert_eq!(constant.entry(), entry);
        assert_eq!(constant.to_string(), format!("{code} {reason}"));
    }
}
