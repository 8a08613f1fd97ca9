//! axum 0.8 (feature `axum`) and axum 0.7 (feature `axum07`): `Status` and `RawStatus` as
//! responses, and `ResponseStatus` for axum's own response types, so that
//! `#[responds(..., debug_check)]` reads the signatures axum handlers are written with. The
//! two versions have the same shape, so one macro writes both sets of impls; the types they
//! share (`http` 1's, `String`, `Bytes`...) are in `http_responses`.

use http::StatusCode;

use crate::{RawStatus, ResponsePart, ResponseStatus, Status};

macro_rules! axum_interop {
    ($axum:ident, $feature:literal) => {
        /// `status!(204)` as a whole axum response. A tuple such as `(Status, Json<T>)` cannot
        /// be given the same treatment: axum only accepts `(http::StatusCode, R)` there, and
        /// Rust's orphan rules keep any crate but axum's from implementing its trait for a
        /// tuple. Write `(status!(201).to_http(), Json(body))`.
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl $axum::response::IntoResponse for Status {
            fn into_response(self) -> $axum::response::Response {
                self.to_http().into_response()
            }
        }

        /// Passes on a status received from a peer, such as an upstream's 599, unchanged.
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl $axum::response::IntoResponse for RawStatus {
            fn into_response(self) -> $axum::response::Response {
                match StatusCode::from_u16(self.code()) {
                    Ok(code) => code.into_response(),
                    Err(_) => unreachable!("RawStatus is always in 100..=999"),
                }
            }
        }

        /// Sent with 200 OK; axum answers 500 instead if `T` fails to serialize, which is a
        /// bug in the server rather than a status it chose, and which the route check sees.
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl<T> ResponseStatus for $axum::Json<T> {
            fn response_status(&self) -> u16 {
                200
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl<T> ResponseStatus for $axum::response::Html<T> {
            fn response_status(&self) -> u16 {
                200
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl ResponseStatus for $axum::body::Body {
            fn response_status(&self) -> u16 {
                200
            }
        }

        /// 303, 307 or 308, as the constructor chose.
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl ResponseStatus for $axum::response::Redirect {
            fn response_status(&self) -> u16 {
                // axum has a getter for the status only from 0.8.5; the response says it in
                // every release. Only the debug-build check calls this.
                $axum::response::IntoResponse::into_response(self.clone())
                    .status()
                    .as_u16()
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl<I> ResponsePart for $axum::response::AppendHeaders<I> {}
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl<T> ResponsePart for $axum::Extension<T> {}
    };
}

#[cfg(feature = "axum")]
axum_interop!(axum, "axum");

#[cfg(feature = "axum07")]
axum_interop!(axum07, "axum07");

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl ResponseStatus for axum::response::NoContent {
    fn response_status(&self) -> u16 {
        204
    }
}

/// One impl for both versions: they share the `bytes` crate.
#[cfg(feature = "axum")]
use axum::body::Bytes;
#[cfg(all(feature = "axum07", not(feature = "axum")))]
use axum07::body::Bytes;

impl ResponseStatus for Bytes {
    fn response_status(&self) -> u16 {
        200
    }
}
