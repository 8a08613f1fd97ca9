use status_core::Status;
use status_core::responds;

#[responds(200)]
fn show(found: bool) -> Status {
    if found {
        Status::OK
    } else {
        Status::NOT_FOUND
    }
}

fn main() {
    let _ = show(true);
}
