//! The macros reach status-core through a path the user names with `crate = ...`, for a
//! dependency that is renamed or re-exported; here the macros themselves come through the same
//! re-export, as they would from a framework crate. status-core stays a dependency of this
//! crate, so `::status_core` would resolve here too; that the expansions never name it is the
//! business of the unit tests in status-macros-impl
//! (`the_crate_override_replaces_every_root_of_*`).

/// status-core re-exported under another name, as a framework crate would.
mod renamed {
    pub use status_core as my_core;
}

use renamed::my_core::{responds, status, status_code, ResponseStatus, Status, StatusMap};

#[derive(Debug, ResponseStatus)]
#[status(crate = crate::renamed::my_core)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(transparent)]
    Store(StoreError),
}

#[derive(Debug, ResponseStatus)]
#[status(503)]
#[status(crate = crate::renamed::my_core)]
struct StoreError;

/// Finds a user.
#[responds(crate = crate::renamed::my_core, 200, 404, 503, all_errors, debug_check)]
fn find(id: u64) -> Result<Status, ApiError> {
    match id {
        0 => Err(ApiError::NotFound),
        1 => Err(ApiError::Store(StoreError)),
        _ => Ok(status!(crate = crate::renamed::my_core, 200)),
    }
}

#[test]
fn status_and_status_code_through_a_renamed_path() {
    const GONE: Status = status!(crate = crate::renamed::my_core, 410);
    assert_eq!(GONE, Status::GONE);
    assert_eq!(
        status!(crate = crate::renamed::my_core, allow_nonstandard(499)).code(),
        499
    );
    match Status::NOT_FOUND {
        status!(crate = crate::renamed::my_core, 404) => {}
        _ => unreachable!(),
    }
    let created: http::StatusCode = status_code!(crate = crate::renamed::my_core, 201);
    assert_eq!(created, http::StatusCode::CREATED);
}

#[test]
fn responds_and_the_derive_through_a_renamed_path() {
    assert_eq!(
        FIND_RESPONSES.statuses(),
        [Status::OK, Status::NOT_FOUND, Status::SERVICE_UNAVAILABLE]
    );
    assert_eq!(find(2).unwrap(), Status::OK);
    assert_eq!(find(0).unwrap_err().status(), Status::NOT_FOUND);
    assert_eq!(find(1).unwrap_err().status(), Status::SERVICE_UNAVAILABLE);
    let map: StatusMap = ApiError::RESPONSE_STATUSES;
    let every: Vec<u16> = map.statuses().map(Status::code).collect();
    assert_eq!(every, [404, 503]);
}

mod relative {
    use super::renamed::my_core::{self, responds};

    /// The override as a path relative to the handler's module, which the generated `use`
    /// items resolve as well.
    #[responds(crate = my_core, 201)]
    pub fn create() -> my_core::Status {
        my_core::Status::CREATED
    }
}

#[test]
fn a_relative_override_path() {
    assert_eq!(relative::CREATE_RESPONSES.statuses(), [Status::CREATED]);
    assert_eq!(relative::create(), Status::CREATED);
}
