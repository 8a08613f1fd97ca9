//! Compile-time checked HTTP status codes: `status!`, `status_code!`, `#[responds]` and
//! `#[derive(ResponseStatus)]`.
//!
//! `status!(404)` is a constant of type `status_core::Status`; `status!(306)` is a compile
//! error that says why (RFC 9110 section 15.4.7) and what to send instead. Codes are checked
//! against the table status-core shares, which follows the IANA registry.
//!
//! status-core re-exports these macros with its default `macros` feature, and the code they
//! generate names `::status_core`, so one line is all a project writes:
//!
//! ```toml
//! [dependencies]
//! status-core = "0.1"
//! ```
//!
//! ```
//! use status_core::{responds, status, Status};
//!
//! #[responds(201, 409)]
//! fn create_user(taken: bool) -> Status {
//!     if taken {
//!         return status!(409);
//!     }
//!     status!(201)
//! }
//!
//! assert_eq!(create_user(false), Status::CREATED);
//! assert_eq!(CREATE_USER_RESPONSES.statuses(), [Status::CREATED, Status::CONFLICT]);
//! ```
//!
//! Depending on this crate as well, as projects did before the re-export, still works: the
//! macros are the same. Import the derive from one of the two crates only, since
//! `use status_core::ResponseStatus` brings in both the trait and the derive, and a second
//! `use status_macros::ResponseStatus` beside it is an error (E0252).
//!
//! Where status-core is renamed in `Cargo.toml` or re-exported by another crate, say where it
//! is with `crate = path` (see "Renamed dependency" on each macro).
//!
//! # Features
//!
//! | Feature | What it does |
//! | --- | --- |
//! | `ko` | Diagnostics in Korean. status-core's `ko` feature turns it on. |
//!
//! The work is done by plain functions in `status-macros-impl`, which tests and fuzzers call
//! directly with `proc-macro2` token streams; this crate only hands them the compiler's tokens.

use proc_macro::TokenStream;
use status_macros_impl::{
    current_lang, expand_derive, expand_responds, expand_status, expand_status_code,
};

/// A status code checked against the IANA registry at compile time, as a
/// `status_core::Status` constant.
///
/// The code may be written as a number, a constant name or a reason phrase:
///
/// ```
/// use status_core::{status, Status};
///
/// const CREATED: Status = status!(201);
/// assert_eq!(status!(NOT_FOUND), Status::NOT_FOUND);
/// assert_eq!(status!("Too Many Requests").code(), 429);
///
/// match Status::GONE {
///     status!(404) | status!(410) => {}
///     _ => unreachable!(),
/// }
/// ```
///
/// Rejected at compile time: anything outside 100 to 599, codes the registry does not assign,
/// 306 and 418 (unused), 305 (deprecated), 510 (obsoleted) and non-standard codes such as
/// nginx's 444. Listed codes other than 306 can be sent with an explicit opt-in that names the
/// state: `allow_nonstandard(444)`, `allow_unused(418)`, `allow_deprecated(305)`,
/// `allow_obsoleted(510)`.
///
/// ```compile_fail
/// let _ = status_core::status!(306);
/// ```
///
/// ```
/// # use status_core::status;
/// let closed = status!(allow_nonstandard(499));
/// assert_eq!(closed.code(), 499);
/// ```
///
/// 102 Processing (dropped by RFC 4918), 104 (a temporary registration in the registry of
/// 2025-09-15, which the warning tells you to check for its current state) and former names such
/// as `"Payload Too Large"` compile with a `deprecated` warning that `#[allow(deprecated)]`
/// silences.
///
/// # Renamed dependency
///
/// The expansion names `::status_core`. If the dependency has another name
/// (`core_status = { package = "status-core", ... }`) or is reached through a re-export, the
/// compiler reports E0433, "could not find `status_core`"; the macro cannot see that. Give the
/// path with `crate = path`, anywhere in the arguments, written as a path (not a string, as
/// serde's attribute has it), once:
///
/// ```
/// # use status_core::status;
/// mod renamed {
///     pub use status_core as my_core;
/// }
/// let not_found = status!(crate = renamed::my_core, 404);
/// assert_eq!(not_found.code(), 404);
/// ```
#[proc_macro]
pub fn status(input: TokenStream) -> TokenStream {
    expand_status(input.into(), current_lang()).into()
}

/// A status code checked exactly like [`status!`], as an `http::StatusCode` (http 1.x: axum
/// 0.8, hyper 1) rather than a `status_core::Status`. Needs the `http` (or `axum`) feature of
/// `status-core`.
///
/// axum accepts only its own `StatusCode` in the first place of a response tuple, so this is
/// the form to write there:
///
/// ```
/// use status_core::status_code;
///
/// let created: http::StatusCode = status_code!(201);
/// assert_eq!(created, http::StatusCode::CREATED);
/// const GONE: http::StatusCode = status_code!("Gone");
/// match created {
///     status_code!(200) | status_code!(201) => {}
///     _ => unreachable!(),
/// }
/// ```
///
/// In an axum handler: `Ok((status_code!(201), Json(user)))`.
///
/// # Renamed dependency
///
/// As with [`status!`]: where status-core has another name, write its path first,
/// `status_code!(crate = my_core, 201)`; without it the compiler reports E0433, "could not find
/// `status_core`".
#[proc_macro]
pub fn status_code(input: TokenStream) -> TokenStream {
    expand_status_code(input.into(), current_lang()).into()
}

/// Declares the statuses a handler answers with, and holds the handler to them.
///
/// ```
/// use status_core::{responds, status, Status};
///
/// #[responds(201, 409)]
/// fn create_user(taken: bool) -> Status {
///     if taken {
///         return status!(409);
///     }
///     status!(201)
/// }
///
/// assert_eq!(CREATE_USER_RESPONSES.statuses(), [Status::CREATED, Status::CONFLICT]);
/// ```
///
/// The list is checked like [`status!`]: codes by number, name or phrase, the same opt-ins,
/// and errors for unassigned, unused, deprecated, obsoleted and non-standard codes, for
/// duplicates, for an empty list and for 1xx codes other than 101, which cannot end a response.
///
/// The body is checked too: every status it names (`status!(N)`, `status_code!(N)`,
/// `Status::NAME`, `StatusCode::NAME`, `http::StatusCode::NAME`, `StatusCode::from_u16(N)`,
/// `Redirect::to(..)`), in closures and `async` blocks included, must be declared. A status
/// that is only read is skipped: patterns, comparisons (`==`, `<`, `got.eq(&X)`,
/// `[X, Y].contains(&got)`), readers (`X.as_u16()`, `X.as_str()`), arguments of other macros
/// (`matches!`, `assert_eq!`), nested `fn` items (they carry their own contract), and
/// `Status`/`StatusCode` reached through a module of your own (`orders::Status::ACCEPTED`).
///
/// ```compile_fail
/// # use status_core::{responds, status, Status};
/// #[responds(201, 409)]
/// fn create_user() -> Status {
///     status!(404) // error: `create_user` answers 404 Not Found here, but ...
/// }
/// ```
///
/// What the handler answers without naming a status is read as well:
///
/// - **The error type.** When the handler returns `Result<T, E>` (or an alias such as
///   `type Result<T, E = ApiError>`) and `E` derives [`ResponseStatus`], every variant of `E`
///   the body names (`Err(ApiError::NotFound)`, `.ok_or(ApiError::Taken)?`,
///   `.map_err(ApiError::Store)?`) must answer with declared statuses only. Only the compiler
///   knows a variant's status, so this is checked while constants are evaluated: the error
///   reads `error[E0080]: evaluation panicked: ...`, at the variant's path. Types without the
///   derive are left alone.
/// - **The success type.** `Json<T>`, `String`, `&str`, `Html<T>`, `Bytes`, `Vec<u8>`, `()`
///   and the other types in `status_core::implied::SUCCESS_TYPES` are sent as 200 OK, so the
///   contract must declare 200. `StatusCode`, `(StatusCode, T)`, `Status`, `Response` and
///   `impl IntoResponse` imply nothing.
/// - **The request.** axum's extractors (`Json`, `Form`, `Path`, `Query`, `Multipart`,
///   `TypedHeader`... see `status_core::implied::EXTRACTORS`) reject a bad request before the
///   handler runs. Those statuses are kept apart from the declared ones
///   ([`Responses::implied`](../status_core/struct.Responses.html#method.implied)), listed in
///   the documentation under their own heading, and never required in the list.
///
/// Flags, anywhere in the list:
///
/// - `strict`: also an error for each declared status that nothing names: not the body, nor
///   the success type, nor a request extractor, nor a mentioned variant of the error type, nor
///   a `?` in the handler (through `From`, it may answer any status of the error type).
///   Usable on ordinary axum handlers; handlers returning `impl IntoResponse` name nothing by
///   their type.
/// - `all_errors`: every status the error type can answer with must be declared, so errors
///   that come through `?`, a `From` conversion or a helper function are held to the contract
///   too. For error enums made for one handler or a few.
/// - `debug_check`: in debug builds, a status outside the list that the handler returns,
///   including statuses that come from `?` and error conversions, is reported (naming the
///   handler, the status and the contract) at the expression the value was returned from: a
///   `return`, the tail, or a branch of a tail `if` or `match`; for an exit through `?`, at the
///   attribute. In the crate's own tests (`cfg(test)`) the report is a panic, which fails the
///   test; in a running program it is a line on standard error, and the response goes out, so
///   no client loses its connection to the check. The return type must carry a status through
///   `status_core::ResponseStatus`, as the types axum handlers return do (`Json<T>`, `String`,
///   `(StatusCode, T)`, `Result<T, E>`..., with status-core's `axum` feature); a handler that
///   returns nothing answers 200. `impl Trait` return types (such as axum's
///   `impl IntoResponse`) hide the status and are refused: check such a handler at its route
///   instead, with `post(CREATE_USER_RESPONSES.on(create_user))` (status-core's
///   `axum` feature), which reads every response the route sends. Release builds compile the
///   original body unchanged. The check after each returned value allows `unreachable_code`
///   (for a value that never comes, such as a call to a function returning `!`), so it cannot
///   be used under `#![forbid(unreachable_code)]`.
///
///   A `#[track_caller]` handler keeps `Location::caller()` and the location of its panics as
///   they are without the attribute: its `return`s and tail are checked (a panic is reported
///   at its caller, like any other in it), but its exits through `?` are not checked by
///   `debug_check`; the route check sees them.
///
/// Put `#[responds]` above other attributes on the handler (`#[tracing::instrument]`,
/// `#[axum::debug_handler]`, `#[utoipa::path]`), so it reads the function as written. A closure
/// cannot carry an attribute (Rust allows attributes on expressions only on nightly): write
/// the handler as an `async fn` and pass its name to the router.
///
/// # With `#[utoipa::path]`
///
/// Attributes expand from the top down, so `#[responds]` written above `#[utoipa::path(...)]`
/// (or `#[::utoipa::path(...)]`) receives the function with utoipa's attribute still on it,
/// and makes the statuses of the OpenAPI operation the contract's: they are declared once.
///
/// - **No `responses(...)` written**: one is added, with an entry per status of the contract,
///   declared or implied by the request, ascending, each described as
///   `status_core::openapi::description` describes it:
///   `(status = 201, description = "Created. The request made a new resource.")`.
/// - **`responses(...)` written**: each `status = ...` is checked as [`status!`] checks a code
///   (a number, or an `http::StatusCode` constant by any path, as utoipa reads it; `"default"`
///   is allowed and compared with nothing), and must be a status of the contract, documented
///   once (utoipa would keep only the last of two entries for a status). Every declared status
///   must be documented; the error, at the code in `#[responds(...)]`, suggests an entry with
///   the table's description. Statuses the request implies (axum's rejections) may be left
///   out: they are appended after your entries. Your entries are kept exactly as written,
///   descriptions, bodies, headers and examples included.
/// - Refused there: ranges such as `"4XX"` (the contract lists exact codes: write one entry per
///   code), and a type implementing `IntoResponses` (`responses(CreateUserResponses)`), whose
///   statuses cannot be read at compile time.
///
/// ```
/// use status_core::{responds, Status};
///
/// /// Creates a user.
/// #[responds(201, 409)]
/// #[utoipa::path(
///     post,
///     path = "/users",
///     responses(
///         (status = 201, description = "User created"),
///         (status = StatusCode::CONFLICT, description = "The name is taken"),
///     )
/// )]
/// async fn create_user() -> Status {
///     Status::CREATED
/// }
/// ```
///
/// ```compile_fail
/// # use status_core::{responds, Status};
/// #[responds(201, 409)] // error: 409 Conflict is declared, but responses(...) in #[utoipa::path] does not document it
/// #[utoipa::path(post, path = "/users", responses((status = 201, description = "User created")))]
/// async fn create_user() -> Status {
///     Status::CREATED
/// }
/// ```
///
/// The "Responses" section `#[responds]` adds to the documentation is then written through
/// `concat!`: rustdoc shows it as usual, and utoipa, which reads only literal doc comments,
/// leaves it out of the operation's summary and description, which stay your doc comment.
///
/// Written the other way round, `#[utoipa::path]` expands first and removes its attribute, so
/// `#[responds]` cannot read it: nothing is compared or filled in. It does notice the
/// `__path_NAME` item utoipa leaves beside the function, and warns at `#[responds]`
/// (a deprecation warning, so `-D warnings` denies it). To keep the two apart on purpose, as
/// with an `IntoResponses` type, put `#[allow(deprecated)]` on the handler. That notice looks
/// in the handler's module only (not for a function nested in another function's body); the
/// check that holds a document to its contracts whatever the order is
/// `status_core::openapi::utoipa::DocumentCheck` (status-core's `utoipa` feature), which runs
/// when the document is built, at start-up.
///
/// The attribute defines `NAME_RESPONSES: status_core::Responses` beside the handler (an
/// associated constant for a method), so the contract can be read without calling it, and adds
/// a "Responses" section to the function's documentation if it has any (an undocumented one is
/// left undocumented, so `missing_docs` still reports it).
///
/// In traits: on a method's declaration in the trait, the constant becomes an associated constant
/// of the trait (the contract every implementation reports by default). In an `impl Trait for T`
/// block the attribute also defines the constant, so the trait must declare the method with
/// `#[responds]` too (otherwise the compiler reports E0438, "not a member of trait"); the impl's
/// list then overrides the trait's for that type, and may differ from it.
///
/// A trait with an associated constant cannot be made into a `dyn Trait` object, so
/// `#[responds]` on a method of a trait makes `dyn Trait` an error (E0038, "the trait is not
/// dyn compatible", naming the `NAME_RESPONSES` constant). That is the price of a contract that
/// each implementation can override and that can be read from the type. For a trait used as
/// `dyn Trait`, leave the trait's methods bare and put `#[responds]` on the methods of each
/// inherent `impl` (or on the free functions that handle the routes) instead.
///
/// Bodies nested hundreds of levels deep (generated code) reach the compiler's stack limit sooner
/// under the attribute, which parses the body with syn: about 430 nested blocks instead of about
/// 780 with proc macros built at opt-level 0. `[profile.dev.build-override] opt-level = 3` or a
/// larger `RUST_MIN_STACK` lifts it; see the README's "Robustness and cost".
///
/// A function declared in an `extern` block has no Rust body and no place for the constant, so
/// the attribute does not go there; put it on the Rust handler that calls the function. When the
/// declaration is written with `pub`, `safe` or `...`, the attribute says so itself. A plain
/// `fn name(..);` is read as a trait method (its tokens are the same), and the compiler then
/// reports "extern items cannot be `const`" at the function's name: the constant is the
/// contract the attribute tried to define.
///
/// # Renamed dependency
///
/// The generated constant, checks and documentation name `::status_core`. Where status-core
/// has another name or is re-exported (the compiler then reports E0433, "could not find
/// `status_core`"), give its path anywhere in the list, once:
/// `#[responds(crate = my_core, 201, 409)]`. It is a path, not a string. A `status!` in the
/// body takes its own `crate = ...`.
#[proc_macro_attribute]
pub fn responds(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand_responds(attr.into(), item.into(), current_lang()).into()
}

/// Gives an error type (an enum, or a struct) the status each of its values is answered with,
/// written once, on the type, and checked like [`status!`].
///
/// ```
/// use status_core::{ResponseStatus, Status};
///
/// #[derive(Debug, ResponseStatus)]
/// enum ApiError {
///     #[status(404)]
///     NoSuchUser(u64),
///     #[status(CONFLICT)]
///     NameTaken { name: String },
///     #[status(transparent)]
///     Store(StoreError),
/// }
///
/// #[derive(Debug, ResponseStatus)]
/// enum StoreError {
///     #[status(503)]
///     Busy,
///     #[status(500)]
///     Corrupt,
/// }
///
/// assert_eq!(ApiError::NoSuchUser(7).status(), Status::NOT_FOUND);
/// assert_eq!(ApiError::Store(StoreError::Busy).status(), Status::SERVICE_UNAVAILABLE);
/// let every: Vec<u16> = ApiError::RESPONSE_STATUSES.statuses().map(Status::code).collect();
/// assert_eq!(every, [404, 409, 500, 503]);
/// ```
///
/// Each variant carries one `#[status(...)]`: a number, a constant name or a reason phrase,
/// with the same opt-ins, warnings and errors as `status!`. `#[status(transparent)]` on a
/// variant with one field answers with that field's status; its type must derive
/// `ResponseStatus` too. A variant whose one field carries a status chosen at run time (a
/// `StatusCode`, a `(StatusCode, String)`, axum's `JsonRejection`, an upstream's status) lists
/// every status it may carry, `#[status(any_of(400, 413, 415, 422))]`: `#[responds]` holds a
/// handler to all of them, and `status()` returns the one carried, read through
/// `status_core::ResponseStatus` (500 for a code the table has no row for). One carried
/// outside the list is sent as it is, and the route check catches it. A variant without a
/// status is an error at the variant.
///
/// ```
/// use status_core::{ResponseStatus, Status};
///
/// #[derive(Debug, ResponseStatus)]
/// enum ApiError {
///     #[status(404)]
///     NotFound,
///     #[status(any_of(502, 503, 504))]
///     Upstream(Status),
/// }
///
/// assert_eq!(ApiError::Upstream(Status::BAD_GATEWAY).status(), Status::BAD_GATEWAY);
/// ```
///
/// The derive defines, on the type:
///
/// - `fn status(&self) -> status_core::Status`, for the type's own `IntoResponse` impl, so the
///   mapping from error to status is written once;
/// - `const RESPONSE_STATUSES: status_core::StatusMap`, every status the type can answer with
///   and which variant answers it, which `#[responds]` reads at compile time: a handler that
///   returns `Err(ApiError::NameTaken { .. })` must declare 409;
/// - `impl status_core::ResponseStatus`, read by `#[responds(..., debug_check)]`.
///
/// # Renamed dependency
///
/// The impls name `::status_core`. Where status-core has another name or is re-exported (the
/// compiler then reports E0433, "could not find `status_core`"), give its path in an attribute
/// of its own on the type, once: `#[status(crate = my_core)]` (a path, not a string). On a
/// struct it stands beside the struct's `#[status(404)]`.
///
/// ```
/// use status_core::ResponseStatus;
///
/// mod renamed {
///     pub use status_core as my_core;
/// }
///
/// #[derive(Debug, ResponseStatus)]
/// #[status(crate = renamed::my_core)]
/// enum ApiError {
///     #[status(404)]
///     NotFound,
/// }
///
/// assert_eq!(ApiError::NotFound.status().code(), 404);
/// ```
#[proc_macro_derive(ResponseStatus, attributes(status))]
pub fn derive_response_status(input: TokenStream) -> TokenStream {
    expand_derive(input.into(), current_lang()).into()
}
