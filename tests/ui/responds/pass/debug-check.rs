use status_core::{responds, status, ResponseStatus, Status};

#[derive(Debug, PartialEq)]
enum ApiError {
    Missing,
}

impl ResponseStatus for ApiError {
    fn response_status(&self) -> u16 {
        match self {
            ApiError::Missing => Status::NOT_FOUND.code(),
        }
    }
}

fn find(id: u32) -> Result<u32, ApiError> {
    if id == 0 {
        Err(ApiError::Missing)
    } else {
        Ok(id)
    }
}

#[responds(200, 404, debug_check)]
fn show(id: u32) -> Result<Status, ApiError> {
    let _user = find(id)?;
    Ok(status!(200))
}

fn main() {
    assert_eq!(show(1), Ok(Status::OK));
    // The error comes from `?`, unseen by the body scan; 404 is declared, so the check passes.
    assert_eq!(show(0), Err(ApiError::Missing));
    assert_eq!(SHOW_RESPONSES.statuses(), [Status::OK, Status::NOT_FOUND]);
}
