use status_core::Status;
use status_core::{responds, status};

#[responds()]
fn health() -> Status {
    status!(200)
}

fn main() {
    let _ = health();
}
