#![deny(warnings)]

use status_core::Status;
use status_core::{responds, status};

// Nothing in the list or the body is deprecated: the expectation is reported unmet once, at
// the user's attribute, not again for the constant #[responds] builds beside the function.
#[expect(deprecated)]
#[responds(201)]
fn upload() -> Status {
    status!(201)
}

fn main() {
    let _ = upload();
}
