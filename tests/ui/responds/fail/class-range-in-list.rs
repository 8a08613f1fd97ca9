use status_core::Status;
use status_core::{responds, status};

// `2XX` is a class, not a code: the list names exact codes.
#[responds(2XX, 404)]
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
