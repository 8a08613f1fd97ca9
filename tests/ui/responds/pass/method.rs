use status_core::{responds, status, Status};

struct Users {
    full: bool,
}

impl Users {
    #[responds(201, 507)]
    pub fn create(&self) -> Status {
        if self.full {
            return status!(507);
        }
        status!(201)
    }
}

fn main() {
    assert_eq!(Users { full: false }.create(), Status::CREATED);
    assert_eq!(Users { full: true }.create().code(), 507);
    assert_eq!(Users::CREATE_RESPONSES.handler(), "create");
    assert_eq!(
        Users::CREATE_RESPONSES.statuses(),
        [Status::CREATED, Status::INSUFFICIENT_STORAGE]
    );
}
