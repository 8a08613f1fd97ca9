//! Statuses a handler answers without naming them: those its success type implies (axum's
//! `Json<T>` is sent as 200 OK) and those its request extractors answer with before the handler
//! runs (axum's `Json<T>` rejects a body that is not JSON with 415). `#[responds]` reads these
//! tables by the type's last path segment as written in the signature.
//!
//! The entries follow axum 0.8 (axum-core 0.5) and axum-extra 0.10, read from their rejection
//! and response types; the test suite sends malformed requests to real axum handlers to check
//! that every status received is listed here.

use crate::Status;

/// A request extractor whose rejection answers before the handler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extractor {
    /// The type's name as written in a handler's signature: `"Json"`.
    pub name: &'static str,
    /// The crate that defines it, with the versions the entry was read from: `"axum 0.8"`.
    pub source: &'static str,
    /// The statuses its rejection can answer with, ascending.
    pub statuses: &'static [Status],
}

/// Every extractor `#[responds]` knows, by name.
pub const EXTRACTORS: &[Extractor] = &[
    Extractor {
        name: "Json",
        source: "axum 0.8",
        statuses: &[
            Status::BAD_REQUEST,
            Status::CONTENT_TOO_LARGE,
            Status::UNSUPPORTED_MEDIA_TYPE,
            Status::UNPROCESSABLE_CONTENT,
        ],
    },
    Extractor {
        name: "Path",
        source: "axum 0.8",
        statuses: &[Status::BAD_REQUEST, Status::INTERNAL_SERVER_ERROR],
    },
    Extractor {
        name: "Query",
        source: "axum 0.8",
        statuses: &[Status::BAD_REQUEST],
    },
];

/// The extractor written as `name` (the last segment of its path), if `#[responds]` knows it.
pub const fn extractor(name: &str) -> Option<&'static Extractor> {
    let mut index = 0;
    while index < EXTRACTORS.len() {
        if str_eq(EXTRACTORS[index].name, name) {
            return Some(&EXTRACTORS[index]);
        }
        index += 1;
    }
    None
}

/// A response type whose value is always sent with one status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SuccessType {
    /// The type's name as written in a handler's signature: `"Json"`, `"String"`, `"()"`.
    pub name: &'static str,
    /// The crate that defines it: `"axum 0.8"`, `"std"`.
    pub source: &'static str,
    /// The status it is sent with.
    pub status: Status,
}

/// Every response type `#[responds]` knows to imply a status, by name.
pub const SUCCESS_TYPES: &[SuccessType] = &[
    SuccessType {
        name: "Json",
        source: "axum 0.8",
        status: Status::OK,
    },
    SuccessType {
        name: "String",
        source: "std",
        status: Status::OK,
    },
    SuccessType {
        name: "()",
        source: "std",
        status: Status::OK,
    },
];

/// The response type written as `name`, if it implies a status.
pub const fn success_type(name: &str) -> Option<&'static SuccessType> {
    let mut index = 0;
    while index < SUCCESS_TYPES.len() {
        if str_eq(SUCCESS_TYPES[index].name, name) {
            return Some(&SUCCESS_TYPES[index]);
        }
        index += 1;
    }
    None
}

/// A constructor of a redirect response and the status it sets: axum's `Redirect::to` sends
/// 303 See Other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RedirectConstructor {
    /// The type: `"Redirect"`.
    pub type_name: &'static str,
    /// The constructor: `"to"`.
    pub constructor: &'static str,
    /// The crate that defines it.
    pub source: &'static str,
    /// The status it sets.
    pub status: Status,
}

/// Every redirect constructor `#[responds]` reads as naming its status.
pub const REDIRECT_CONSTRUCTORS: &[RedirectConstructor] = &[
    RedirectConstructor {
        type_name: "Redirect",
        constructor: "to",
        source: "axum 0.8",
        status: Status::SEE_OTHER,
    },
    RedirectConstructor {
        type_name: "Redirect",
        constructor: "temporary",
        source: "axum 0.8",
        status: Status::TEMPORARY_REDIRECT,
    },
    RedirectConstructor {
        type_name: "Redirect",
        constructor: "permanent",
        source: "axum 0.8",
        status: Status::PERMANENT_REDIRECT,
    },
];

/// Byte-wise equality, usable in `const` context.
pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}
