use status_core::{responds, status, Status};

trait Resource {
    #[responds(200, 404)]
    fn show(&self, id: u32) -> Status;
}

struct Users;

impl Resource for Users {
    // The impl's own list becomes this type's constant; its body is checked against it.
    #[responds(200, 404, 503)]
    fn show(&self, id: u32) -> Status {
        match id {
            0 => status!(404),
            1 => status!(503),
            _ => status!(200),
        }
    }
}

struct Teams;

impl Resource for Teams {
    fn show(&self, _id: u32) -> Status {
        status!(200)
    }
}

fn main() {
    assert_eq!(
        <Users as Resource>::SHOW_RESPONSES.statuses(),
        [Status::OK, Status::NOT_FOUND, Status::SERVICE_UNAVAILABLE]
    );
    assert_eq!(<Teams as Resource>::SHOW_RESPONSES.statuses(), [Status::OK, Status::NOT_FOUND]);
    assert_eq!(Users.show(1), Status::SERVICE_UNAVAILABLE);
    assert_eq!(Teams.show(1), Status::OK);
}
