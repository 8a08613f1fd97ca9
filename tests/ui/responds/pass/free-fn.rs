use status_core::{responds, status, Status};

#[responds(201, 409)]
fn create_user(taken: bool) -> Status {
    if taken {
        return status!(409);
    }
    status!(201)
}

fn main() {
    assert_eq!(create_user(false), Status::CREATED);
    assert_eq!(create_user(true), Status::CONFLICT);
    assert_eq!(
        CREATE_USER_RESPONSES.statuses(),
        [Status::CREATED, Status::CONFLICT]
    );
    assert_eq!(CREATE_USER_RESPONSES.handler(), "create_user");
    assert!(CREATE_USER_RESPONSES.contains(409));
    assert!(!CREATE_USER_RESPONSES.contains(404));
    assert_eq!(CREATE_USER_RESPONSES.to_string(), "201 Created, 409 Conflict");
}
