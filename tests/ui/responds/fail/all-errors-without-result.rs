use status_core::Status;
use status_core::{responds, status};

#[responds(200, all_errors)]
fn show() -> Status {
    status!(200)
}

fn main() {
    let _ = show();
}
