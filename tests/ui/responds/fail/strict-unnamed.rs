use status_core::Status;
use status_core::{responds, status};

#[responds(strict, 200, 404)]
fn show() -> Status {
    status!(200)
}

fn main() {
    let _ = show();
}
