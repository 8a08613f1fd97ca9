//! The error type under another name is still the error type: a renamed import, a type
//! alias, a signature that renames it, and a name bound inside the body.
use status_core::{responds, Status};

mod errors {
    use status_core::ResponseStatus;

    #[derive(Debug, ResponseStatus)]
    pub enum ApiError {
        #[status(404)]
        NotFound,
        #[status(409)]
        Taken,
    }
}

use errors::ApiError;
use errors::ApiError as AE;
type Alias = ApiError;

#[responds(200, 404)]
pub fn renamed_import() -> Result<Status, ApiError> {
    Err(AE::Taken)
}

#[responds(200, 404)]
pub fn type_alias() -> Result<Status, ApiError> {
    Err(Alias::Taken)
}

#[responds(200, 404)]
pub fn renamed_in_signature(name: &str) -> Result<Status, AE> {
    if name.is_empty() {
        return Err(ApiError::NotFound);
    }
    Err(ApiError::Taken)
}

#[responds(200, 404)]
pub fn bound_in_body(name: &str) -> Result<Status, ApiError> {
    use errors::ApiError as Local;
    if name.is_empty() {
        return Err(Local::NotFound);
    }
    name.parse::<u8>().map_err(|_| Local::Taken)?;
    Ok(Status::OK)
}

fn main() {}
