#![deny(warnings)]

use status_core::{responds, status, Status};

#[responds(204, debug_check)]
fn delete() -> Status {
    status!(204)
}

#[responds(204, debug_check)]
async fn delete_async() -> Status {
    status!(204)
}

fn main() {
    assert_eq!(delete(), Status::NO_CONTENT);
    let _ = delete_async();
}
