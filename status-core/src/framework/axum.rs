//! axum 0.8 (feature `axum`) and axum 0.7 (feature `axum07`): `Status` and `RawStatus` as
//! responses, `ResponseStatus` for axum's own response types, so that
//! `#[responds(..., debug_check)]` reads the signatures axum handlers are written with, and
//! `RejectionStatuses` for axum's extractors, from the rows of `status_table::implied`. The
//! two versions have the same shape, so one macro writes both sets of impls; the types they
//! share (`http` 1's, `String`, `Bytes`...) are in `framework::http::responses`. The route check
//! reads the route axum matched from its `MatchedPath`.
//!
//! In axum 0.7, `Option<X>` turns every rejection of `X` into `None`; in 0.8 it is an
//! extractor only where `X` says what becomes `None`, and the table's rows record what still
//! rejects (`as_option`).

use http::StatusCode;

use crate::rejection::table_extractor;
use crate::{RawStatus, ResponsePart, ResponseStatus, Status};

/// `ResponseStatus` for axum's rejection types, the status each answers with: for a variant of
/// an error type that carries one, `#[status(any_of(..))]`.
macro_rules! rejection_status {
    ($feature:literal, $($rejection:ty,)*) => {
        $(
            #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
            impl ResponseStatus for $rejection {
                fn response_status(&self) -> u16 {
                    self.status().as_u16()
                }
            }
        )*
    };
}

macro_rules! axum_interop {
    ($axum:ident, $feature:literal, option_rejects: $as_option:literal) => {
        /// axum records the route it matched as the request's `MatchedPath`.
        impl crate::framework::RouteOf for $axum::extract::MatchedPath {
            fn of<B>(request: &http::Request<B>) -> Option<Self> {
                request.extensions().get::<Self>().cloned()
            }

            fn as_str(&self) -> &str {
                $axum::extract::MatchedPath::as_str(self)
            }
        }

        table_extractor!($feature, $as_option, "Json", [T] $axum::Json<T>);
        table_extractor!($feature, $as_option, "Form", [T] $axum::Form<T>);
        table_extractor!($feature, $as_option, "Query", [T] $axum::extract::Query<T>);
        table_extractor!($feature, $as_option, "RawForm", [] $axum::extract::RawForm);
        table_extractor!($feature, $as_option, "Path", [T] $axum::extract::Path<T>);
        table_extractor!($feature, $as_option, "RawPathParams", [] $axum::extract::RawPathParams);
        table_extractor!($feature, $as_option, "Extension", [T] $axum::Extension<T>);
        table_extractor!($feature, $as_option, "MatchedPath", [] $axum::extract::MatchedPath);
        table_extractor!($feature, $as_option, "NestedPath", [] $axum::extract::NestedPath);

        rejection_status!(
            $feature,
            $axum::extract::rejection::JsonRejection,
            $axum::extract::rejection::FormRejection,
            $axum::extract::rejection::QueryRejection,
            $axum::extract::rejection::PathRejection,
            $axum::extract::rejection::RawFormRejection,
            $axum::extract::rejection::ExtensionRejection,
            $axum::extract::rejection::BytesRejection,
            $axum::extract::rejection::StringRejection,
        );

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
axum_interop!(axum, "axum", option_rejects: true);

#[cfg(feature = "axum07")]
axum_interop!(axum07, "axum07", option_rejects: false);

// axum 0.7's `ConnectInfo` needs its `tokio` feature, whose dependencies would raise the
// floors an old axum 0.7 lockfile has to meet; axum 0.8's builds at its floors.
#[cfg(feature = "axum")]
table_extractor!("axum", true, "ConnectInfo", [T] axum::extract::ConnectInfo<T>);

#[cfg(feature = "axum-multipart")]
table_extractor!("axum-multipart", true, "Multipart", [] axum::extract::Multipart);

#[cfg(feature = "axum-ws")]
table_extractor!("axum-ws", true, "WebSocketUpgrade", [] axum::extract::WebSocketUpgrade);

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
