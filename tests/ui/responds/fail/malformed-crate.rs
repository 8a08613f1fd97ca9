use status_core::Status;
use status_core::responds;

#[responds(crate my_core, 200)]
fn show() -> Status {
    Status::OK
}

fn main() {
    let _ = show();
}
