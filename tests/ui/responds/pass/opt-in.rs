use status_core::{responds, status, Status};

#[responds(200, allow_nonstandard(499))]
fn stream(client_left: bool) -> Status {
    if client_left {
        return status!(allow_nonstandard(499));
    }
    status!(200)
}

fn main() {
    assert_eq!(stream(false), Status::OK);
    assert_eq!(stream(true).code(), 499);
    let codes: Vec<u16> = STREAM_RESPONSES.statuses().iter().map(|s| s.code()).collect();
    assert_eq!(codes, [200, 499]);
}
