use status_core::Status;
use status_core::{responds, status};

#[responds(201, 306, 418)]
fn create(taken: bool) -> Status {
    if taken {
        return status!(409);
    }
    status!(201)
}

fn main() {
    let _ = create(false);
}
