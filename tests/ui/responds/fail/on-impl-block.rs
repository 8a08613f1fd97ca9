use status_core::Status;
use status_core::{responds, status};

struct Users;

#[responds(200)]
impl Users {
    fn list(&self) -> Status {
        status!(200)
    }
}

fn main() {
    let _ = Users.list();
}
