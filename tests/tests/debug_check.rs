//! `#[responds(..., debug_check)]` panics in debug builds when a handler answers outside its
//! contract, including through `?`, and is compiled out of release builds. CI runs this file in
//! both profiles (`cargo test --release -p status-tests --test debug_check`).

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

use status_core::{responds, status, ResponseStatus, Status};

#[derive(Debug, PartialEq)]
enum LookupError {
    Missing,
}

/// The error converts into 404 when a framework turns it into a response.
impl ResponseStatus for LookupError {
    fn response_status(&self) -> u16 {
        match self {
            LookupError::Missing => Status::NOT_FOUND.code(),
        }
    }
}

/// A called function the body scan cannot see into.
fn load(id: u32) -> Result<&'static str, LookupError> {
    match id {
        1 => Ok("alice"),
        _ => Err(LookupError::Missing),
    }
}

/// Declares only 200, but `load`'s error leaves through `?` as a 404.
#[responds(200, debug_check)]
fn show(id: u32) -> Result<(Status, &'static str), LookupError> {
    let name = load(id)?;
    Ok((status!(200), name))
}

struct Store;

impl Store {
    #[responds(200, debug_check)]
    async fn fetch(&self, id: u32) -> Result<Status, LookupError> {
        load(id)?;
        Ok(status!(OK))
    }
}

/// Runs a future that never waits on anything.
fn run_ready<F: Future>(future: F) -> F::Output {
    struct NoWake;
    impl Wake for NoWake {
        fn wake(self: Arc<Self>) {}
    }
    let waker = Waker::from(Arc::new(NoWake));
    match pin!(future).poll(&mut Context::from_waker(&waker)) {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("the handler waited on something"),
    }
}

#[test]
fn a_declared_status_passes_the_check() {
    assert_eq!(show(1), Ok((Status::OK, "alice")));
    assert_eq!(run_ready(Store.fetch(1)), Ok(Status::OK));
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(
    expected = "handler `show` answered 404 Not Found, outside its #[responds] contract: 200 OK"
)]
fn debug_builds_panic_on_an_undeclared_status_from_question_mark() {
    let _ = show(2);
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(
    expected = "handler `fetch` answered 404 Not Found, outside its #[responds] contract: 200 OK"
)]
fn debug_builds_check_async_methods_too() {
    let _ = run_ready(Store.fetch(2));
}

#[cfg(not(debug_assertions))]
#[test]
fn release_builds_return_an_undeclared_status_unchecked() {
    assert_eq!(show(2), Err(LookupError::Missing));
    assert_eq!(run_ready(Store.fetch(2)), Err(LookupError::Missing));
}
