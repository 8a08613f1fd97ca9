#![deny(warnings)]

use status_core::{responds, status, Status};

// The former name in the list warns, and `#[expect(deprecated)]` on the function is met by it,
// though the warning is shown on the constant beside the function. Other lints in the same
// `expect` are still expected of the function.
#[expect(deprecated, reason = "the client still says Payload Too Large")]
#[responds(201, "Payload Too Large", debug_check)]
fn upload(size: usize) -> Status {
    if size > 10 {
        return status!(CONTENT_TOO_LARGE);
    }
    status!(201)
}

#[expect(deprecated, unused_variables)]
#[responds(201, "Payload Too Large")]
fn store(size: usize) -> Status {
    let unused = size;
    status!(201)
}

fn main() {
    assert_eq!(upload(11), Status::CONTENT_TOO_LARGE);
    assert_eq!(store(1), Status::CREATED);
    assert_eq!(UPLOAD_RESPONSES.statuses(), [Status::CREATED, Status::CONTENT_TOO_LARGE]);
}
