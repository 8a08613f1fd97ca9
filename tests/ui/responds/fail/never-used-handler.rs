#![deny(dead_code)]

use status_core::Status;
use status_core::{responds, status};

// An unused handler is reported as rustc reports any unused function, with or without the
// debug-build check, and whatever other attributes it carries.
#[responds(200)]
fn listed() -> Status {
    status!(200)
}

#[responds(200, debug_check)]
fn checked() -> Status {
    status!(200)
}

#[responds(200, debug_check)]
async fn checked_async() -> Status {
    status!(200)
}

#[responds(200, debug_check)]
#[track_caller]
fn checked_tracking_caller() -> Status {
    status!(200)
}

fn main() {}
