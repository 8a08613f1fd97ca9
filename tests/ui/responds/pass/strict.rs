use status_core::{responds, status, Status};

#[responds(200, 404, strict)]
fn show(id: u32) -> Status {
    if id == 0 {
        Status::NOT_FOUND
    } else {
        status!(OK)
    }
}

fn main() {
    assert_eq!(show(1), Status::OK);
    assert_eq!(show(0), Status::NOT_FOUND);
    assert_eq!(SHOW_RESPONSES.statuses(), [Status::OK, Status::NOT_FOUND]);
}
