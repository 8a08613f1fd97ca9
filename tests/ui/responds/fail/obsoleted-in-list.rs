use status_core::Status;
use status_core::{responds, status};

#[responds(200, 510)]
fn handler() -> Status {
    status!(200)
}

fn main() {
    let _ = handler();
}
