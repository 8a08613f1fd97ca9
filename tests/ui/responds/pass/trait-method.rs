use status_core::{responds, status, Status};

trait Resource {
    #[responds(200, 404)]
    fn show(&self, id: u32) -> Status;

    #[responds(405)]
    fn delete(&self, _id: u32) -> Status {
        status!(405)
    }
}

struct Users;

impl Resource for Users {
    fn show(&self, id: u32) -> Status {
        if id == 0 {
            return status!(404);
        }
        status!(200)
    }
}

fn main() {
    assert_eq!(Users.show(1), Status::OK);
    assert_eq!(Users.show(0), Status::NOT_FOUND);
    assert_eq!(Users.delete(1), Status::METHOD_NOT_ALLOWED);
    assert_eq!(
        <Users as Resource>::SHOW_RESPONSES.statuses(),
        [Status::OK, Status::NOT_FOUND]
    );
    assert_eq!(<Users as Resource>::SHOW_RESPONSES.handler(), "show");
    assert_eq!(
        <Users as Resource>::DELETE_RESPONSES.statuses(),
        [Status::METHOD_NOT_ALLOWED]
    );
}
