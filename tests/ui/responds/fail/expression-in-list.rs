use status_core::Status;
use status_core::{responds, status};

#[responds(200 + 1)]
fn show() -> Status {
    status!(201)
}

fn main() {
    let _ = show();
}
