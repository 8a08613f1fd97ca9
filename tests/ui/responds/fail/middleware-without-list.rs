use status_core::{responds, Status};

#[responds(200, middleware)]
fn show() -> Status {
    Status::OK
}

fn main() {}
