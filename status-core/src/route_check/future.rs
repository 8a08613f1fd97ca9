//! The response futures: each holds what the check took of the request, and judges the
//! response when it is ready.

use std::future::Future;
use std::pin::Pin;
use std::string::String;
use std::task::{Context, Poll};

use std::format;

use http::header::{HeaderValue, CONTENT_TYPE};
use http::{Response, StatusCode};

use super::report::Violation;
use super::verdict::Pending;

pin_project_lite::pin_project! {
    /// The response future of the route check's services.
    pub struct ResponseFuture<F> {
        #[pin]
        pub(super) inner: F,
        pub(super) pending: Option<Pending>,
    }
}

impl<F, ResBody, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response<ResBody>, E>>,
    ResBody: From<String>,
{
    type Output = Result<Response<ResBody>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = match this.inner.poll(cx) {
            Poll::Ready(Ok(response)) => response,
            other => return other,
        };
        Poll::Ready(Ok(match this.pending.take() {
            Some(pending) => judge(pending, response),
            None => response,
        }))
    }
}

pin_project_lite::pin_project! {
    /// The response future of a handler under its contract.
    pub struct HandlerFuture<F> {
        #[pin]
        pub(super) inner: F,
        pub(super) pending: Option<Pending>,
    }
}

impl<F, ResBody> Future for HandlerFuture<F>
where
    F: Future<Output = Response<ResBody>>,
    ResBody: From<String>,
{
    type Output = Response<ResBody>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = match this.inner.poll(cx) {
            Poll::Ready(response) => response,
            Poll::Pending => return Poll::Pending,
        };
        Poll::Ready(match this.pending.take() {
            Some(pending) => judge(pending, response),
            None => response,
        })
    }
}

/// The response itself when its status passes; else the 500 that replaces it, in the modes
/// that answer one.
fn judge<B: From<String>>(pending: Pending, response: Response<B>) -> Response<B> {
    match pending.verdict(response.status().as_u16()) {
        Some(violation) => violation_response(&violation),
        None => response,
    }
}

/// The 500 a client receives in place of a response outside the contract.
fn violation_response<B: From<String>>(violation: &Violation) -> Response<B> {
    let mut response = Response::new(B::from(format!("{violation}\n")));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}
