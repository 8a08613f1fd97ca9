use std::convert::Infallible;

use status_core::{responds, status, Status};

// Result<_, Infallible> has a status: the error cannot happen.
#[responds(200, debug_check)]
fn get() -> Result<Status, Infallible> {
    Ok(status!(200))
}

fn main() {
    assert_eq!(get(), Ok(Status::OK));
}
