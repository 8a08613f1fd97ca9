//! `strict` in a generic `impl`, with an error type that is a generic parameter of the
//! `impl`: the contract compiles, and a value of that type (`Err(error)`, `?`) may answer
//! anything, so strict accepts what it cannot disprove and leaves it to the route check.
use status_core::{responds, Status};

pub struct Service<E> {
    failure: Option<E>,
}

impl<E> Service<E> {
    #[responds(strict, 200)]
    pub fn get(&self) -> Result<Status, E> {
        Ok(Status::OK)
    }

    #[responds(strict, 200, 503)]
    pub fn fail(&self, failure: Option<E>) -> Result<Status, E> {
        match failure {
            Some(error) => Err(error),
            None => Ok(Status::OK),
        }
    }

    #[responds(strict, 200, 500)]
    pub fn take(mut self) -> Result<Status, E> {
        self.failure.take().map_or(Ok(Status::OK), Err)?;
        Ok(Status::OK)
    }
}

fn main() {
    let service = Service::<std::io::Error> { failure: None };
    let _ = service.get();
    let _ = service.fail(None);
    let _ = service.take();
    let _ = Service::<std::io::Error>::GET_RESPONSES;
    let _ = Service::<std::io::Error>::FAIL_RESPONSES;
}
