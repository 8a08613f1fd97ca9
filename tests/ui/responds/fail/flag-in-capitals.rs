use status_core::Status;
use status_core::{responds, status};

// The flag is written in lower case.
#[responds(200, STRICT)]
fn get() -> Status {
    status!(200)
}

fn main() {
    let _ = get();
}
