//! `Self::Taken` inside the error type's own `impl` is a variant of the error type. A method's
//! contract is an associated constant, checked where it is used.
use status_core::{responds, ResponseStatus, Responses, Status};

#[derive(Debug, ResponseStatus)]
pub enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken,
}

impl ApiError {
    #[responds(200, 404)]
    pub fn claim(taken: bool) -> Result<Status, ApiError> {
        if taken {
            return Err(Self::Taken);
        }
        Err(Self::NotFound)
    }
}

const CLAIM: Responses = ApiError::CLAIM_RESPONSES;

fn main() {
    let _ = CLAIM;
}
