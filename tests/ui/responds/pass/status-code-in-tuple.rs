#![deny(warnings)]

use status_core::{responds, status_code};

#[responds(strict, 201, 409)]
fn create_user(taken: bool) -> (http::StatusCode, String) {
    if taken {
        return (status_code!(CONFLICT), "taken".into());
    }
    (status_code!(201), "created".into())
}

fn main() {
    assert_eq!(create_user(false).0, http::StatusCode::CREATED);
    match create_user(true).0 {
        status_code!(409) => {}
        _ => unreachable!(),
    }
}
