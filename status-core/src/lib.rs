//! HTTP status codes checked against the IANA registry: every code it lists, with its state,
//! defining document, former names, properties and a summary in English and Korean, plus the
//! well-known non-standard codes, marked as such; the [`Status`] type for codes that may be
//! sent; and the macros that check a code, or a handler's whole list of codes, while your
//! crate compiles.
//!
//! ```toml
//! [dependencies]
//! status-core = "0.1"
//! ```
//!
//! ```
//! # #[cfg(feature = "macros")] {
//! use status_core::{responds, status, Status};
//!
//! /// Registers a user.
//! #[responds(201, 409)]
//! fn create_user(taken: bool) -> Status {
//!     if taken {
//!         return status!(409);
//!     }
//!     status!(201)
//! }
//!
//! assert_eq!(create_user(true), Status::CONFLICT);
//! assert_eq!(CREATE_USER_RESPONSES.to_string(), "201 Created, 409 Conflict");
//! # }
//! ```
//!
//! `status!(306)` does not compile, and the error says why (RFC 9110 section 15.4.7 leaves 306
//! unused) and what to send instead. The table is also there at run time:
//!
//! ```
//! use status_core::{lookup, State, Status};
//!
//! let entry = lookup(306).unwrap();
//! assert_eq!(entry.state(), State::Unused);
//! assert_eq!(entry.reference().to_string(), "RFC 9110 section 15.4.7");
//!
//! const GONE: Status = Status::GONE;
//! assert_eq!(GONE.reason(), "Gone");
//! assert!(lookup(299).is_none());
//! ```
//!
//! The table follows the IANA "HTTP Status Code Registry" as updated on [`REGISTRY_DATE`], read
//! with RFC 9110. It lives in the `status-table` crate, which the macros read while they expand;
//! this crate re-exports all of it under the same names, and everything in it is usable in
//! `const` contexts.
//!
//! # Features
//!
//! Without its default feature the crate is `no_std` and depends only on `status-table`.
//!
//! | Feature | What it adds |
//! | --- | --- |
//! | `macros` (default) | `status!`, `status_code!`, `#[responds]` and `#[derive(ResponseStatus)]`, re-exported from `status-macros` |
//! | `ko` | the macros' diagnostics in Korean; turns on `macros` |
//! | `http` | conversions between [`Status`] or [`RawStatus`] and `http` 1's `StatusCode` (1.4 or later), [`ResponseStatus`] for its response types; brings in `std` |
//! | `http02` | the same for `http` 0.2, which actix-web 4 uses |
//! | `axum` | `IntoResponse` for [`Status`] and [`RawStatus`] in axum 0.8, [`ResponseStatus`] for axum's response types, and the route check (`route_check`); turns on `http` |
//! | `axum07` | the same for axum 0.7; may be on together with `axum` |
//! | `actix` | [`RejectionStatuses`] for actix-web 4's `web::Json`, `Form`, `Path` and `Query`, read from `implied::ACTIX_WEB_EXTRACTORS`; [`ResponseStatus`] for `HttpResponse`, `actix_web::Error` and `web::Json`; the route check as actix middleware (`route_check::actix`); turns on `http` and `http02` |
//! | `axum-multipart`, `axum-ws` | [`RejectionStatuses`] for axum 0.8's `Multipart` and `WebSocketUpgrade`, with axum's features of those names |
//! | `axum-extra`, `axum-extra010` | [`RejectionStatuses`] for `TypedHeader` and `WithRejection` of axum-extra 0.12 or 0.10 |
//! | `serde` | [`Status`] and [`RawStatus`] serialize as their number; deserializing checks it |
//! | `utoipa` | `openapi::utoipa::DocumentCheck`, which holds a utoipa 6 document to the handlers' contracts or fills it from them (utoipa 6 needs Rust 1.88) |
//! | `utoipa5` | the same `DocumentCheck` for utoipa 5 |
//! | `aide` | `openapi::aide::contract`, which writes a handler's contract into an aide 0.15 operation |
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The integrations need std, and so does the debug-build check's report (`macros`); without
// them the crate is `no_std`.
#[cfg(any(
    feature = "macros",
    feature = "http",
    feature = "actix",
    feature = "utoipa",
    feature = "utoipa5",
    feature = "aide"
))]
extern crate std;

mod framework;
pub mod openapi;
mod raw;
mod rejection;
mod responses;
#[cfg(any(feature = "axum", feature = "axum07", feature = "actix"))]
pub mod route_check;
#[cfg(feature = "serde")]
mod serde_impls;
mod status;
mod status_map;
mod status_set;

/// The README's example, run as a doctest when the macros are there.
#[cfg(all(doctest, feature = "macros"))]
#[doc = include_str!("../README.md")]
struct ReadmeExample;

#[cfg(feature = "http")]
pub use framework::http::responses::ResponsePart;
pub use raw::{InvalidRawStatus, RawStatus};
pub use rejection::RejectionStatuses;
pub use responses::{ResponseStatus, Responses};
pub use status::{Status, StatusError};
#[cfg(feature = "macros")]
pub use status_macros::{responds, status, status_code, ResponseStatus};
pub use status_map::{Answer, StatusMap, VariantStatus};
pub use status_set::{Iter as StatusSetIter, StatusSet};
pub use status_table::{
    constant_name, entries, implied, korean, lookup, words, Class, ConstantName, Date, Document,
    Entry, KoreanReference, Link, Proposal, Reference, State, Title, CODE_RANGE, REGISTRY_DATE,
    REGISTRY_URL,
};

/// Support items for the macros' generated code. Not public API.
#[doc(hidden)]
pub mod __private {
    use crate::{lookup, ResponseStatus, Responses, Status, StatusSet};

    pub use crate::openapi::utoipa_order::{
        NoUtoipaPath, Order, UtoipaPathFirst, UtoipaPathFirstKo,
    };
    pub use crate::rejection::support::*;
    pub use crate::status_map::support::*;

    /// `Code::<N>::STATUS` is the status for `N`, checked against the table at compile time.
    /// The macros use it for codes that have no public constant, and to hang warnings on.
    pub struct Code<const N: u16>;

    impl<const N: u16> Code<N> {
        /// The status.
        pub const STATUS: Status = match lookup(N) {
            Some(_) => Status::from_table_unchecked(N),
            None => panic!("no table entry for this code"),
        };
    }

    /// `HttpCode::<N>::CODE` is the `http::StatusCode` for `N`: what `status_code!` expands to
    /// for the codes whose constant every http 1.x has, a path, so it works in patterns as well
    /// as in `const` context. For the others the macro names http's constant itself
    /// (`http::StatusCode::EARLY_HINTS`), or makes one with `from_u16`.
    pub struct HttpCode<const N: u16>;

    #[cfg(feature = "http")]
    impl<const N: u16> HttpCode<N> {
        /// The status as axum's and hyper's `http::StatusCode`.
        pub const CODE: http::StatusCode = match crate::framework::http::http_1_0_constant(N) {
            Some(code) => code,
            None => panic!("status_code! names http's constant for this code directly"),
        };
    }

    /// The `http` crate status-core was built with, for `status_code!`'s expansion: the same
    /// version as the user's, since both resolve to one http 1.x.
    #[cfg(feature = "http")]
    pub use http;

    /// Stands in for `http::StatusCode` when the `http` feature is off, so that
    /// `status_code!` fails with a message that says what to do.
    #[cfg(not(feature = "http"))]
    pub enum HttpFeatureOff {}

    #[cfg(not(feature = "http"))]
    impl<const N: u16> HttpCode<N> {
        /// Fails to evaluate: there is no `http` crate to make a status code of.
        pub const CODE: HttpFeatureOff = panic!(
            "status_code! makes an http::StatusCode, which needs the `http` feature of status-core\nhelp: in Cargo.toml, write status-core = {{ version = \"0.1\", features = [\"http\"] }} (or \"axum\"), or use status!(..) for a status_core::Status"
        );
    }

    /// The contract of a handler, built by `#[responds]` after checking the list.
    pub const fn responses(
        handler: &'static str,
        module: &'static str,
        statuses: &'static [Status],
        implied: StatusSet,
        middleware: StatusSet,
    ) -> Responses {
        Responses {
            handler,
            module,
            statuses,
            implied,
            middleware,
        }
    }

    /// The status of a `#[status(any_of(..))]` variant: the code its field carries, or 500 for
    /// a code the table has no row for (a peer's 599, say), which no `Status` can hold.
    pub const fn carried(code: u16) -> Status {
        match lookup(code) {
            Some(_) => Status::from_table_unchecked(code),
            None => Status::INTERNAL_SERVER_ERROR,
        }
    }

    /// Never called: `if false { return return_type::<R>(); }` tells the compiler the return
    /// type of the closure that the debug-build check wraps a handler's body in.
    pub fn return_type<R>() -> R {
        unreachable!("only named in a branch that is never taken")
    }

    /// The debug-build check of `#[responds(..., debug_check)]`, for a `response` that
    /// carries a status outside `responses`. In the crate's own tests (`in_tests`, the
    /// `cfg!(test)` of the crate the handler is in) it panics, which fails the test. In a
    /// running program a client is waiting for the response, and a panic in a handler would
    /// cost it the connection, so the violation is printed to standard error with the return
    /// site, and the response goes out as the handler made it (the route check, where the
    /// route has one, answers its 500 instead).
    #[track_caller]
    pub fn check_response<R: ResponseStatus>(responses: &Responses, response: &R, in_tests: bool) {
        let code = response.response_status();
        if responses.declares(code) {
            return;
        }
        let handler = responses.handler();
        let status = crate::status::CodeWithReason(code);
        #[cfg(feature = "macros")]
        if !in_tests {
            std::eprintln!(
                "{}: handler `{handler}` answered {status}, outside its #[responds] contract: {responses} (debug_check)",
                core::panic::Location::caller()
            );
            return;
        }
        // Without std there is nowhere to report to but the panic.
        let _ = in_tests;
        panic!(
            "handler `{handler}` answered {status}, outside its #[responds] contract: {responses}"
        );
    }
}
