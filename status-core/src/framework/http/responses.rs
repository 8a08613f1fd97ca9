//! `ResponseStatus` for the response types of `http` 1.x and std that any framework on it
//! (axum of either version, hyper) sends: text and bytes with 200 OK, and response tuples
//! whose leading parts set headers, never the status.

use std::borrow::Cow;
use std::boxed::Box;
use std::string::String;
use std::vec::Vec;

use http::{HeaderMap, StatusCode};

use crate::ResponseStatus;

/// Types sent with 200 OK.
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
);

/// A value that goes in front of the body in a response tuple and sets headers or extensions,
/// never the status: `(HeaderMap, Json<T>)` answers with `Json<T>`'s status.
///
/// Implemented for `HeaderMap`, header arrays `[(K, V); N]`, `http::Extensions`, and axum's
/// `AppendHeaders` and `Extension`. Implement it for your own `IntoResponseParts` types so
/// that tuples with them are read too.
pub trait ResponsePart {}

impl ResponsePart for HeaderMap {}
impl<K, V, const N: usize> ResponsePart for [(K, V); N] {}
impl ResponsePart for http::Extensions {}

/// `(P1, .., T)` answers with `T`'s status; `(StatusCode, P1, .., T)` and
/// `(Parts, P1, .., T)` with their first element's. (`(StatusCode, T)` is implemented for any
/// `T`, beside the other `http` conversions.)
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
