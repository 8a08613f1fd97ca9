use status_core::Status;
use status_core::{responds, status};

#[responds(200, 409, 409)]
fn update(stale: bool) -> Status {
    if stale {
        return status!(409);
    }
    status!(200)
}

fn main() {
    let _ = update(false);
}
