use status_core::Status;
use status_core::{responds, status};

#[responds(103)]
fn preload() -> Status {
    status!(103)
}

fn main() {
    let _ = preload();
}
