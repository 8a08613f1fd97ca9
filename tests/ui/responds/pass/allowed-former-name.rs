#![deny(warnings)]

use status_core::{responds, status, Status};

// The former name in the list warns; the function's own `allow` covers the whole expansion.
#[allow(deprecated)]
#[responds(201, "Payload Too Large", debug_check)]
fn upload(size: usize) -> Status {
    if size > 10 {
        return status!(CONTENT_TOO_LARGE);
    }
    status!(201)
}

fn main() {
    assert_eq!(upload(11), Status::CONTENT_TOO_LARGE);
    assert_eq!(UPLOAD_RESPONSES.statuses(), [Status::CREATED, Status::CONTENT_TOO_LARGE]);
}
