//! A generic error type is checked like any other: `ApiError::Taken` of a handler answering
//! `ApiError<String>`.
use status_core::{responds, ResponseStatus, Status};

#[derive(Debug, ResponseStatus)]
pub enum ApiError<T: std::fmt::Debug + 'static> {
    #[status(404)]
    NotFound(T),
    #[status(409)]
    Taken,
}

#[responds(200, 404)]
pub fn show(name: String) -> Result<Status, ApiError<String>> {
    if name.is_empty() {
        return Err(ApiError::NotFound(name));
    }
    Err(ApiError::Taken)
}

fn main() {}
