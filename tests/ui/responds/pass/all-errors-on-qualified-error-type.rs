//! `all_errors` and variant checks on an error type written as a qualified path.
use status_core::{responds, ResponseStatus, Status};

#[derive(Debug, ResponseStatus)]
pub enum DbError {
    #[status(404)]
    Missing,
    #[status(503)]
    Busy,
}

pub trait Backend {
    type Error;
}

pub struct Postgres;

impl Backend for Postgres {
    type Error = DbError;
}

#[responds(200, 404, 503, all_errors)]
pub fn show(found: bool) -> Result<Status, <Postgres as Backend>::Error> {
    if !found {
        return Err(DbError::Missing);
    }
    Ok(Status::OK)
}

fn main() {
    let _ = show(true);
    let _ = DbError::Busy;
}
