use status_core::Status;
use status_core::{responds, status};

struct Users {
    full: bool,
}

impl Users {
    #[responds(201)]
    fn create(&self) -> Status {
        if self.full {
            return status!(507);
        }
        status!(201)
    }
}

fn main() {
    let _ = Users { full: false }.create();
}
