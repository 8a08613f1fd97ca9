use status_core::Status;
use status_core::{responds, status};

// #[responds] in a trait adds the associated constant NAME_RESPONSES, and a trait with an
// associated constant cannot be a `dyn Trait` (documented on #[responds]).
trait Users {
    #[responds(200, 404)]
    fn get(&self, id: u32) -> Status;
}

struct Memory;

impl Users for Memory {
    #[responds(200, 404)]
    fn get(&self, id: u32) -> Status {
        if id == 0 {
            status!(404)
        } else {
            status!(200)
        }
    }
}

fn main() {
    let users: &dyn Users = &Memory;
    let _ = users.get(1);
}
