use status_core::{responds, status, Status, StatusSet};

const AUTH: StatusSet = StatusSet::of(&[status!(401)]);
const RATE_LIMIT: StatusSet = StatusSet::of(&[status!(429)]);

#[responds(200, middleware())]
fn nothing_named() -> Status {
    Status::OK
}

#[responds(200, middleware(AUTH, RATE_LIMIT, AUTH))]
fn named_twice() -> Status {
    Status::OK
}

#[responds(200, middleware(AUTH), middleware(RATE_LIMIT))]
fn written_twice() -> Status {
    Status::OK
}

fn main() {}
