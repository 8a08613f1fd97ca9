use status_core::Status;
use status_core::{responds, status};

#[responds(409, CONFLICT)]
fn update() -> Status {
    status!(409)
}

fn main() {
    let _ = update();
}
