use status_core::Status;
use status_macros::{responds, status};

#[responds()]
fn health() -> Status {
    status!(200)
}

fn main() {
    let _ = health();
}
