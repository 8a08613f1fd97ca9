//! A project that depends on status-macros beside status-core, as projects did before
//! status-core re-exported the macros: the macros imported from status-macros, the types from
//! status-core. The generated code names `::status_core` either way, and the macros are the
//! same ones.

use status_core::{Responses, Status};
use status_macros::{responds, status, status_code, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    Missing,
}

#[responds(200, 404)]
fn find(id: u64) -> Result<Status, ApiError> {
    if id == 0 {
        return Err(ApiError::Missing);
    }
    Ok(status!(200))
}

#[test]
fn the_macros_of_status_macros_beside_status_core() {
    const CONTRACT: Responses = FIND_RESPONSES;
    assert_eq!(CONTRACT.statuses(), [Status::OK, Status::NOT_FOUND]);
    assert_eq!(find(1).unwrap(), Status::OK);
    assert_eq!(find(0).unwrap_err().status(), Status::NOT_FOUND);
    assert_eq!(status_code!(201), http::StatusCode::CREATED);
}

#[test]
fn both_paths_name_the_same_macros() {
    assert_eq!(status_macros::status!(410), status_core::status!(410));
    assert_eq!(
        status_macros::status_code!(410),
        status_core::status_code!(410)
    );
}
