//! A type that shares the error type's name, from another module, is another type: passing
//! `upstream::Error::Timeout` to a helper is not an answer of the handler's `Error`.
use status_core::{responds, ResponseStatus, Status};

#[derive(Debug, ResponseStatus)]
pub enum Error {
    #[status(404)]
    Missing,
    #[status(504)]
    Timeout,
}

mod upstream {
    #[derive(Debug)]
    pub enum Error {
        Timeout,
    }
}

fn log(error: &dyn std::fmt::Debug) {
    let _ = format!("{error:?}");
}

#[responds(200, 404)]
pub fn show(found: bool) -> Result<Status, Error> {
    log(&upstream::Error::Timeout);
    if !found {
        return Err(Error::Missing);
    }
    Ok(Status::OK)
}

fn main() {
    let _ = show(true);
    let _ = Error::Timeout;
}
