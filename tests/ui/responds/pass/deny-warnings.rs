#![deny(warnings)]

use status_core::{responds, status, ResponseStatus, Status};

enum ApiError {
    Busy,
}

impl ResponseStatus for ApiError {
    fn response_status(&self) -> u16 {
        match self {
            ApiError::Busy => Status::SERVICE_UNAVAILABLE.code(),
        }
    }
}

#[responds(201, 409)]
fn create(taken: bool) -> Status {
    if taken {
        return status!(409);
    }
    status!(201)
}

#[responds(200, 503, debug_check)]
fn early_return(busy: bool) -> Result<Status, ApiError> {
    if busy {
        return Err(ApiError::Busy);
    }
    Ok(status!(200))
}

#[responds(200, debug_check)]
async fn fetch() -> Status {
    status!(200)
}

#[responds(204, strict, debug_check)]
fn delete() -> (Status, &'static str) {
    (status!(NO_CONTENT), "")
}

struct Users;

impl Users {
    #[responds(200, debug_check)]
    fn list(&self) -> Status {
        status!(200)
    }
}

trait Resource {
    #[responds(200)]
    fn show(&self) -> Status;
}

impl Resource for Users {
    fn show(&self) -> Status {
        status!(200)
    }
}

fn main() {
    assert_eq!(create(false), Status::CREATED);
    assert!(matches!(early_return(false), Ok(Status::OK)));
    assert!(early_return(true).is_err());
    drop(fetch());
    assert_eq!(delete().0, Status::NO_CONTENT);
    assert_eq!(Users.list(), Status::OK);
    assert_eq!(Users.show(), Status::OK);
}
