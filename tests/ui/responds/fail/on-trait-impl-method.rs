use status_core::Status;
use status_core::{responds, status};

trait Resource {
    fn show(&self) -> Status;
}

struct Users;

impl Resource for Users {
    #[responds(200)]
    fn show(&self) -> Status {
        status!(200)
    }
}

fn main() {
    let _ = Users.show();
}
