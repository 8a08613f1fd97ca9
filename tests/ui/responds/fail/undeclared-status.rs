use status_core::Status;
use status_core::{responds, status};

#[responds(201, 409)]
fn create_user(taken: bool) -> Status {
    if taken {
        return status!(409);
    }
    status!(404)
}

fn main() {
    let _ = create_user(false);
}
