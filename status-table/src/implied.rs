//! Statuses a handler answers without naming them: those its success type implies (axum's
//! `Json<T>` is sent as 200 OK) and those its request extractors answer with before the handler
//! runs (axum's `Json<T>` rejects a body that is not JSON with 415). The success types are read
//! by `#[responds]` by name; the extractors by type: status-core implements its
//! `RejectionStatuses` for each of axum's extractor types from the row of that name here, and
//! the compiler resolves a handler's parameters to those impls.
//!
//! The entries follow axum 0.8 (axum-core 0.5) and the `TypedHeader` of axum-extra 0.10 and
//! 0.12 (both build on axum 0.8 and reject the same way), read from their rejection types and
//! `IntoResponse` impls. `tests/tests/extractor_rejections.rs` in `status-tests` sends
//! malformed and well-formed requests to real axum handlers and checks both directions: every
//! status a rejection answered with is listed here, and every listed status was answered by
//! some request.
//!
//! Left out on purpose:
//!
//! - `String`, `Bytes` and `BytesMut` are axum extractors too (400 when the body cannot be
//!   read or, for `String`, is not UTF-8; 413 past the body limit), but they are far more often
//!   the parameter types of ordinary functions, so reading them as extractors by name would
//!   put 400 and 413 on functions that never see a request.
//! - Extractors that cannot fail: `State`, `OriginalUri`, `RawQuery`, `HeaderMap`, `Method`,
//!   `Uri`, `Version`, `Extensions`, `Parts`, `Request` and `Body`.
//! - Types whose status depends on the value rather than the type: `StatusCode`, `Response`,
//!   `Redirect` (see [`REDIRECT_CONSTRUCTORS`]), tuples such as `(StatusCode, T)`, `Result`
//!   and `impl IntoResponse`.

use crate::{lookup, Entry};

// The rows the lists below name, under the names of their `Status` constants in status-core.
const OK: &Entry = row(200);
const NO_CONTENT: &Entry = row(204);
const SEE_OTHER: &Entry = row(303);
const TEMPORARY_REDIRECT: &Entry = row(307);
const PERMANENT_REDIRECT: &Entry = row(308);
const BAD_REQUEST: &Entry = row(400);
const NOT_FOUND: &Entry = row(404);
const METHOD_NOT_ALLOWED: &Entry = row(405);
const LENGTH_REQUIRED: &Entry = row(411);
const CONTENT_TOO_LARGE: &Entry = row(413);
const UNSUPPORTED_MEDIA_TYPE: &Entry = row(415);
const UNPROCESSABLE_CONTENT: &Entry = row(422);
const UPGRADE_REQUIRED: &Entry = row(426);
const INTERNAL_SERVER_ERROR: &Entry = row(500);

/// The row for `code`; a code without one stops the build.
const fn row(code: u16) -> &'static Entry {
    match lookup(code) {
        Some(entry) => entry,
        None => panic!("no table row for a code the lists name"),
    }
}

/// A request extractor whose rejection answers before the handler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extractor {
    /// The type's name in the crate that defines it: `"Json"`.
    pub name: &'static str,
    /// The crate that defines it, with the versions the entry was read from: `"axum 0.8"`.
    pub source: &'static str,
    /// Whether `Option<X>` still rejects with these statuses. False where axum's optional
    /// form never rejects (`Option<Extension<T>>`, `Option<MatchedPath>`).
    pub rejects_as_option: bool,
    /// The rows of the statuses its rejection can answer with, ascending.
    pub statuses: &'static [&'static Entry],
}

/// Every extractor of axum and axum-extra whose rejections status-core declares, by the name of
/// its type, in alphabetical order.
///
/// The body-reading extractors (`Json`, `Form`, `RawForm`) read at most axum's default body
/// limit (`DefaultBodyLimit`, 2 MiB unless the router changes it) and answer 413 past it; they
/// answer 400 when the body stream itself fails before it is read to the end.
///
/// # `Option<X>` in axum 0.8
///
/// `Option<X>` is an extractor only when `X` implements `OptionalFromRequestParts` or
/// `OptionalFromRequest`, and each such impl decides for itself what becomes `None`:
///
/// - `Option<Json<T>>`: `None` when the request has no `Content-Type` header. Any other
///   problem still rejects, so all of 400, 413, 415 and 422 remain (a `Content-Type` that is
///   not JSON is still 415).
/// - `Option<Path<T>>`: `None` only when the matched route has no parameters at all. 400 and
///   500 both remain.
/// - `Option<Multipart>`: `None` when there is no `Content-Type` or it is not
///   `multipart/form-data`; a multipart `Content-Type` with a missing or broken boundary is
///   still 400.
/// - `Option<TypedHeader<H>>`: `None` when the header is absent; a header that is present but
///   malformed is still 400.
/// - `Option<Extension<T>>` and `Option<MatchedPath>`: the rejection is `Infallible`, so
///   nothing remains. Reading them like `Extension` and `MatchedPath` would claim a 500 that
///   cannot happen.
///
/// The other entries (`Query`, `Form`, `RawForm`, `RawPathParams`, `ConnectInfo`,
/// `NestedPath`, `WebSocketUpgrade`) have no optional form in axum 0.8: a handler that takes
/// `Option` of one of them does not compile.
///
/// `Result<X, X::Rejection>` is an extractor for every `X` and hands the rejection to the
/// handler, so it implies nothing.
pub const EXTRACTORS: &[Extractor] = &[
    // `ExtensionRejection::MissingExtension` (500): the connection info is an extension that
    // only `into_make_service_with_connect_info` (or a `MockConnectInfo` layer) inserts.
    Extractor {
        name: "ConnectInfo",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[INTERNAL_SERVER_ERROR],
    },
    // `ExtensionRejection::MissingExtension` (500): no layer inserted a value of that type.
    Extractor {
        name: "Extension",
        source: "axum 0.8",
        rejects_as_option: false,
        statuses: &[INTERNAL_SERVER_ERROR],
    },
    // `FormRejection`:
    // - 400 `FailedToDeserializeForm`: a GET or HEAD query string that does not fit the type;
    //   `BytesRejection::FailedToBufferBody::UnknownBodyError`: the body stream failed.
    // - 413 `BytesRejection::FailedToBufferBody::LengthLimitError`: body past the limit.
    // - 415 `InvalidFormContentType`: other methods without
    //   `Content-Type: application/x-www-form-urlencoded`.
    // - 422 `FailedToDeserializeFormBody`: a body that does not fit the type.
    Extractor {
        name: "Form",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[
            BAD_REQUEST,
            CONTENT_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE,
            UNPROCESSABLE_CONTENT,
        ],
    },
    // `JsonRejection`:
    // - 400 `JsonSyntaxError`: not JSON, cut short, or trailing text after the value;
    //   `BytesRejection::FailedToBufferBody::UnknownBodyError`: the body stream failed.
    // - 413 `BytesRejection::FailedToBufferBody::LengthLimitError`: body past the limit.
    // - 415 `MissingJsonContentType`: no `Content-Type`, or one that is not `application/json`
    //   or `application/*+json`.
    // - 422 `JsonDataError`: valid JSON that does not fit the type.
    Extractor {
        name: "Json",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[
            BAD_REQUEST,
            CONTENT_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE,
            UNPROCESSABLE_CONTENT,
        ],
    },
    // `MatchedPathRejection::MatchedPathMissing` (500): the handler was not reached through a
    // route, e.g. it is the router's fallback.
    Extractor {
        name: "MatchedPath",
        source: "axum 0.8",
        rejects_as_option: false,
        statuses: &[INTERNAL_SERVER_ERROR],
    },
    // `MultipartRejection::InvalidBoundary` (400): no `multipart/form-data` `Content-Type`
    // with a boundary. Fields are read inside the handler, so the 400, 413 and 500 of
    // `MultipartError` (a malformed part, a body past the limit) are the handler's own answer,
    // not a rejection.
    Extractor {
        name: "Multipart",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[BAD_REQUEST],
    },
    // `NestedPathRejection` (500): the route is not inside `Router::nest`.
    Extractor {
        name: "NestedPath",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[INTERNAL_SERVER_ERROR],
    },
    // `PathRejection`:
    // - 400 `FailedToDeserializePathParams` with a parse error, a custom deserialize error, or
    //   a segment that is not UTF-8 once percent-decoded.
    // - 500 `FailedToDeserializePathParams` with `WrongNumberOfParameters` (the type does not
    //   match the route's parameters) or `UnsupportedType`; `MissingPathParams` (the handler
    //   runs outside a router, so no parameters were recorded). All are programming errors.
    Extractor {
        name: "Path",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[BAD_REQUEST, INTERNAL_SERVER_ERROR],
    },
    // `QueryRejection::FailedToDeserializeQueryString` (400), including a query string that
    // is missing a required field.
    Extractor {
        name: "Query",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[BAD_REQUEST],
    },
    // `RawFormRejection`: as `Form` without the deserializing. 400 `UnknownBodyError`, 413
    // `LengthLimitError`, 415 `InvalidFormContentType` (any method but GET, which reads the
    // query string instead).
    Extractor {
        name: "RawForm",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE],
    },
    // `RawPathParamsRejection`: 400 `InvalidUtf8InPathParam`, 500 `MissingPathParams` (as for
    // `Path`).
    Extractor {
        name: "RawPathParams",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[BAD_REQUEST, INTERNAL_SERVER_ERROR],
    },
    // `TypedHeaderRejection` (always 400): the header is missing or does not decode.
    Extractor {
        name: "TypedHeader",
        source: "axum-extra 0.10 / 0.12",
        rejects_as_option: true,
        statuses: &[BAD_REQUEST],
    },
    // `WebSocketUpgradeRejection` (axum's `ws` feature):
    // - 400 `InvalidConnectionHeader`, `InvalidUpgradeHeader`, `WebSocketKeyHeaderMissing`,
    //   `InvalidWebSocketVersionHeader`, and with the `http2` feature
    //   `InvalidProtocolPseudoheader`.
    // - 405 `MethodNotGet` (HTTP/1.x) or `MethodNotConnect` (HTTP/2).
    // - 426 `ConnectionNotUpgradable`: the server gave the request no upgrade handle, e.g.
    //   HTTP/1.0 or a request that did not come through hyper.
    Extractor {
        name: "WebSocketUpgrade",
        source: "axum 0.8",
        rejects_as_option: true,
        statuses: &[BAD_REQUEST, METHOD_NOT_ALLOWED, UPGRADE_REQUIRED],
    },
];

/// The extractor of axum or axum-extra named `name` (the last segment of its path).
pub const fn extractor(name: &str) -> Option<&'static Extractor> {
    extractor_in(EXTRACTORS, name)
}

/// The extractors of actix-web 4 whose rejections status-core declares (feature `actix`), by
/// the name of their type under `actix_web::web`, in alphabetical order. Each answers as it does
/// at actix-web's default configuration; an app that gives one a `JsonConfig`, `FormConfig`,
/// `PathConfig` or `QueryConfig` with an `error_handler` answers with whatever that handler's
/// error says, and declares those statuses itself (`#[responds(.., 422)]`).
///
/// `Option<X>` of any of them never rejects (actix hands the handler `None`), and neither does
/// `Result<X, actix_web::Error>`. `web::Bytes` and `String` are read with actix's payload limit
/// (400, and 413 past 256 KiB), but they are `bytes::Bytes` and std's `String`, the types of
/// every other function too, so they are left out as they are for axum. `web::Data` answers 500
/// when the app registered no such data: a configuration mistake that the first request
/// shows, not something a client can cause, so it is left out too.
///
/// `tests/tests/actix_rejections.rs` in `status-tests` sends malformed and well-formed
/// requests to real actix-web handlers and checks both directions.
pub const ACTIX_WEB_EXTRACTORS: &[Extractor] = &[
    // `UrlencodedError`:
    // - 400 `Parse`, `Encoding`, `Payload`: a body that does not fit the type, or a stream
    //   that failed;
    // - 411 `UnknownLength`: a `Content-Length` that is not a number (a request made in
    //   process, as `actix_web::test` makes them; over a connection actix-http refuses such a
    //   header with 400 before any handler is routed to);
    // - 413 `Overflow`: a body past `FormConfig`'s limit (16 KiB by default);
    // - 415 `ContentType`: no `Content-Type: application/x-www-form-urlencoded`.
    Extractor {
        name: "Form",
        source: "actix-web 4",
        rejects_as_option: false,
        statuses: &[
            BAD_REQUEST,
            LENGTH_REQUIRED,
            CONTENT_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE,
        ],
    },
    // `JsonPayloadError`: 400 for a `Content-Type` that is not JSON (`ContentType`), a body that
    // does not fit the type (`Deserialize`) or a stream that failed; 413 past `JsonConfig`'s
    // limit (2 MiB by default).
    Extractor {
        name: "Json",
        source: "actix-web 4",
        rejects_as_option: false,
        statuses: &[BAD_REQUEST, CONTENT_TOO_LARGE],
    },
    // `PathError::Deserialize`, which `Path` answers with `ErrorNotFound`: a segment that does
    // not fit the type (`/users/abc` for `Path<i64>`) is a resource that does not exist.
    Extractor {
        name: "Path",
        source: "actix-web 4",
        rejects_as_option: false,
        statuses: &[NOT_FOUND],
    },
    // `QueryPayloadError::Deserialize`: a query string that does not fit the type.
    Extractor {
        name: "Query",
        source: "actix-web 4",
        rejects_as_option: false,
        statuses: &[BAD_REQUEST],
    },
];

/// The extractor of actix-web 4 named `name` (its type under `actix_web::web`).
pub const fn actix_web_extractor(name: &str) -> Option<&'static Extractor> {
    extractor_in(ACTIX_WEB_EXTRACTORS, name)
}

/// The row named `name` in `table`.
pub const fn extractor_in(table: &'static [Extractor], name: &str) -> Option<&'static Extractor> {
    let mut index = 0;
    while index < table.len() {
        if str_eq(table[index].name, name) {
            return Some(&table[index]);
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
    /// The row of the status it is sent with.
    pub status: &'static Entry,
}

/// Every response type `#[responds]` knows to imply a status, by name.
///
/// All of them are axum 0.8 `IntoResponse` impls that never set a status of their own, so the
/// response keeps the default 200, except `NoContent`. Generic names stand for the only
/// instances axum implements: `Cow` is `Cow<'static, str>` or `Cow<'static, [u8]>`, `Box` is
/// `Box<str>` or `Box<[u8]>`, `Vec` is `Vec<u8>`; any other instance would not compile as a
/// handler's return type. `str` is `&'static str` once the reference is stripped.
///
/// Three entries hold only for the values handlers normally return:
///
/// - `Json<T>` and `Form<T>` answer 500 instead when `T`'s `Serialize` impl fails (a map with
///   keys that are not strings, a custom impl that returns an error).
/// - `Html<T>` sends `T`'s response with an HTML `Content-Type`, so it has `T`'s status: 200
///   for the string and byte types it is written with, but `Html<StatusCode>` would not be.
pub const SUCCESS_TYPES: &[SuccessType] = &[
    SuccessType {
        name: "()",
        source: "std",
        status: OK,
    },
    SuccessType {
        name: "Body",
        source: "axum 0.8",
        status: OK,
    },
    SuccessType {
        name: "Box",
        source: "std",
        status: OK,
    },
    SuccessType {
        name: "Bytes",
        source: "bytes 1",
        status: OK,
    },
    SuccessType {
        name: "BytesMut",
        source: "bytes 1",
        status: OK,
    },
    SuccessType {
        name: "Cow",
        source: "std",
        status: OK,
    },
    SuccessType {
        name: "Form",
        source: "axum 0.8",
        status: OK,
    },
    SuccessType {
        name: "Html",
        source: "axum 0.8",
        status: OK,
    },
    SuccessType {
        name: "Json",
        source: "axum 0.8",
        status: OK,
    },
    SuccessType {
        name: "NoContent",
        source: "axum 0.8",
        status: NO_CONTENT,
    },
    SuccessType {
        name: "Sse",
        source: "axum 0.8",
        status: OK,
    },
    SuccessType {
        name: "String",
        source: "std",
        status: OK,
    },
    SuccessType {
        name: "Vec",
        source: "std",
        status: OK,
    },
    SuccessType {
        name: "str",
        source: "std",
        status: OK,
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
    /// The row of the status it sets.
    pub status: &'static Entry,
}

/// Every redirect constructor `#[responds]` reads as naming its status.
///
/// These are all of axum 0.8's public `Redirect` constructors. One caveat: a location that is
/// not a valid header value (a line break, say) turns the redirect into a 500 when it is sent.
pub const REDIRECT_CONSTRUCTORS: &[RedirectConstructor] = &[
    RedirectConstructor {
        type_name: "Redirect",
        constructor: "to",
        source: "axum 0.8",
        status: SEE_OTHER,
    },
    RedirectConstructor {
        type_name: "Redirect",
        constructor: "temporary",
        source: "axum 0.8",
        status: TEMPORARY_REDIRECT,
    },
    RedirectConstructor {
        type_name: "Redirect",
        constructor: "permanent",
        source: "axum 0.8",
        status: PERMANENT_REDIRECT,
    },
];

/// Byte-wise equality, usable in `const` context. Not public API: status-core uses it too.
#[doc(hidden)]
pub const fn str_eq(a: &str, b: &str) -> bool {
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
