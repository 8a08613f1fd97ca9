// The handlers each edition's crate builds: the checks of variants, `strict`, `all_errors` and
// the derive, in a free function and a method.

#[macro_use]
extern crate status_core;

use status_core::Status;

#[derive(Debug, ResponseStatus)]
pub enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken,
}

#[responds(200, 404, 409, strict, all_errors)]
pub fn show(id: u64) -> Result<Status, ApiError> {
    if id == 0 {
        return Err(ApiError::NotFound);
    }
    if id == 1 {
        return Err(ApiError::Taken);
    }
    Ok(status!(200))
}

pub struct Users;

impl Users {
    #[responds(201, 409, strict)]
    pub fn create(&self, taken: bool) -> Result<Status, ApiError> {
        if taken {
            return Err(ApiError::Taken);
        }
        Ok(status!(201))
    }
}

pub const CREATE: status_core::Responses = Users::CREATE_RESPONSES;
