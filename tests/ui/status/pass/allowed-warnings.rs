#![deny(warnings)]

use status_core::{status, Status};

#[allow(deprecated)]
fn interim() -> [Status; 4] {
    [
        status!(102),
        status!(104),
        status!("Payload Too Large"),
        status!(UNPROCESSABLE_ENTITY),
    ]
}

fn main() {
    let codes = interim().map(Status::code);
    assert_eq!(codes, [102, 104, 413, 422]);
}
