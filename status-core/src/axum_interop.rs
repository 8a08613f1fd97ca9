//! axum 0.8: `Status` and `RawStatus` as responses, and `ResponseStatus` for the types axum
//! handlers return, so `#[responds(..., debug_check)]` reads the signatures users write.

use std::borrow::Cow;
use std::boxed::Box;
use std::string::String;
use std::vec::Vec;

use axum::body::{Body, Bytes};
use axum::response::{AppendHeaders, Html, IntoResponse, NoContent, Redirect, Response};
use axum::{Extension, Json};
use http::{HeaderMap, StatusCode};

use crate::{RawStatus, ResponseStatus, Status};

/// `status!(204)` as a whole axum response. A tuple such as `(Status, Json<T>)` cannot be given
/// the same treatment: axum only accepts `(http::StatusCode, R)` there, and Rust's orphan rules
/// keep any crate but axum's from implementing its trait for a tuple. Write
/// `(status!(201).to_http(), Json(body))`.
impl IntoResponse for Status {
    fn into_response(self) -> Response {
        self.to_http().into_response()
    }
}

/// Passes on a status received from a peer, such as an upstream's 599, unchanged.
impl IntoResponse for RawStatus {
    fn into_response(self) -> Response {
        match StatusCode::from_u16(self.code()) {
            Ok(code) => code.into_response(),
            Err(_) => unreachable!("RawStatus is always in 100..=999"),
        }
    }
}

/// Types axum sends with 200 OK. `Json<T>` is among them: axum answers 500 instead if `T`
/// fails to serialize, which is a bug in the server rather than a status it chose, and which
/// the route check (`Responses::layer`) sees.
macro_rules! sent_with_ok {
    ($($ty:ty),* $(,)?) => {
        $(
            impl ResponseStatus for $ty {
                fn response_status(&self) -> u16 {
                    200
                }
            }
        )*
    };
}

sent_with_ok!(
    String,
    Box<str>,
    Cow<'static, str>,
    Vec<u8>,
    Box<[u8]>,
    Cow<'static, [u8]>,
    Bytes,
    Body,
);

impl<T> ResponseStatus for Json<T> {
    fn response_status(&self) -> u16 {
        200
    }
}

impl<T> ResponseStatus for Html<T> {
    fn response_status(&self) -> u16 {
        200
    }
}

impl ResponseStatus for NoContent {
    fn response_status(&self) -> u16 {
        204
    }
}

/// 303, 307 or 308, as the constructor chose.
impl ResponseStatus for Redirect {
    fn response_status(&self) -> u16 {
        // The getter for the status came in axum 0.8.5; the response itself says it in every
        // 0.8 release. Only the debug-build check calls this.
        self.clone().into_response().status().as_u16()
    }
}

/// A value that goes in front of the body in a response tuple and sets headers or extensions,
/// never the status: `(HeaderMap, Json<T>)` answers with `Json<T>`'s status.
///
/// Implemented for `HeaderMap`, header arrays `[(K, V); N]`, `AppendHeaders`, `Extension` and
/// `http::Extensions`. Implement it for your own `IntoResponseParts` types so tuples with them
/// are read too.
pub trait ResponsePart {}

impl ResponsePart for HeaderMap {}
impl<K, V, const N: usize> ResponsePart for [(K, V); N] {}
impl<I> ResponsePart for AppendHeaders<I> {}
impl<T> ResponsePart for Extension<T> {}
impl ResponsePart for http::Extensions {}

/// `(P1, .., T)` answers with `T`'s status; `(StatusCode, P1, .., T)` and
/// `(Parts, P1, .., T)` with their first element's. (`(StatusCode, T)` is implemented for any
/// `T` with the `http` feature.)
macro_rules! part_tuples {
    ($($part:ident),+) => {
        impl<$($part: ResponsePart,)+ T: ResponseStatus> ResponseStatus for ($($part,)+ T) {
            fn response_status(&self) -> u16 {
                #[allow(non_snake_case, unused_variables)]
                let ($($part,)+ body) = self;
                body.response_status()
            }
        }

        impl<$($part: ResponsePart,)+ T> ResponseStatus for (StatusCode, $($part,)+ T) {
            fn response_status(&self) -> u16 {
                self.0.as_u16()
            }
        }

        impl<$($part: ResponsePart,)+ T> ResponseStatus for (http::response::Parts, $($part,)+ T) {
            fn response_status(&self) -> u16 {
                self.0.status.as_u16()
            }
        }
    };
}

part_tuples!(P1);
part_tuples!(P1, P2);
part_tuples!(P1, P2, P3);
part_tuples!(P1, P2, P3, P4);

impl<T> ResponseStatus for (http::response::Parts, T) {
    fn response_status(&self) -> u16 {
        self.0.status.as_u16()
    }
}
