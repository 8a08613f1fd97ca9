//! Compile-time checked HTTP status codes.
//!
//! `status!(404)` is a constant of type [`status_core::Status`]; `status!(306)` is a compile
//! error that says why (RFC 9110 section 15.4.7) and what to send instead. Codes are checked
//! against the table in `status-core`, which follows the IANA registry.
//!
//! The generated code names `::status_core`, so depend on both crates:
//!
//! ```toml
//! [dependencies]
//! status-core = "0.1"
//! status-macros = "0.1"
//! ```
//!
//! With the `ko` feature, diagnostics are written in Korean.

mod ast;
mod check;
mod ctxt;
mod expand;
mod messages;
mod parse;
mod resolve;
mod status;

use proc_macro::TokenStream;

/// A status code checked against the IANA registry at compile time, as a
/// [`status_core::Status`] constant.
///
/// The code may be written as a number, a constant name or a reason phrase:
///
/// ```
/// use status_core::Status;
/// use status_macros::status;
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
/// let _ = status_macros::status!(306);
/// ```
///
/// ```
/// # use status_macros::status;
/// let closed = status!(allow_nonstandard(499));
/// assert_eq!(closed.code(), 499);
/// ```
///
/// 102 Processing (dropped by RFC 4918), 104 (a temporary registration) and former names such
/// as `"Payload Too Large"` compile with a `deprecated` warning that `#[allow(deprecated)]`
/// silences.
#[proc_macro]
pub fn status(input: TokenStream) -> TokenStream {
    status::expand_status(input.into(), messages::Lang::current()).into()
}

#[cfg(test)]
mod tests;
