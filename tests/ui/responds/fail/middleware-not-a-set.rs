use status_core::{responds, status, Status};

// One status where the set of a layer's statuses belongs.
const AUTH: Status = status!(401);

#[responds(200, middleware(AUTH))]
fn show() -> Status {
    Status::OK
}

fn main() {}
