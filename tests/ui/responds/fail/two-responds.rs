use status_core::Status;
use status_core::{responds, status};

// A handler has one contract: the second #[responds] is the mistake.
#[responds(200)]
#[responds(404)]
fn get(found: bool) -> Status {
    if found {
        status!(200)
    } else {
        status!(404)
    }
}

fn main() {
    let _ = get(true);
}
