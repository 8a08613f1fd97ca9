// A body that starts with its own attributes keeps them inside, with and without debug_check,
// and a lint level set there holds for the contract's constant too.
#![deny(warnings)]

use status_core::{responds, status, Status};

#[responds(200, 404)]
fn plain(found: bool) -> Status {
    #![allow(unused_variables)]
    let unused = 1;
    if found {
        status!(200)
    } else {
        status!(404)
    }
}

#[responds(200, 404, debug_check)]
fn checked(found: bool) -> Status {
    #![allow(unused_variables)]
    let unused = 1;
    if !found {
        return status!(404);
    }
    status!(200)
}

#[responds(200, UNPROCESSABLE_ENTITY)]
fn former_name_allowed_inside() -> Status {
    #![allow(deprecated)]
    status!(200)
}

trait Resource {
    #[responds(200)]
    fn show(&self) -> Status {
        #![allow(unused_variables)]
        let unused = 1;
        status!(200)
    }
}

struct Users;
impl Resource for Users {}

fn main() {
    assert_eq!(plain(true), Status::OK);
    assert_eq!(checked(false), Status::NOT_FOUND);
    assert_eq!(former_name_allowed_inside(), Status::OK);
    assert_eq!(Users.show(), Status::OK);
    assert_eq!(PLAIN_RESPONSES.statuses(), [Status::OK, Status::NOT_FOUND]);
}
