//! The functions behind `status!` and `#[responds]`, callable from plain Rust with
//! `proc-macro2` token streams, so tests, property tests and fuzzers reach them without a
//! compiler. `status-macros` is the thin proc-macro crate that calls them, and status-core
//! re-exports its macros; a project that only uses the macros never names this crate.
//!
//! ```toml
//! [dependencies]
//! status-macros-impl = "=0.1.0"
//! ```
//!
//! Its interface follows what status-core's generated-code support expects at the same
//! version, hence the exact requirement.
//!
//! | Feature | What it does |
//! | --- | --- |
//! | `ko` | `current_lang()` is Korean: the macros built with it write their diagnostics in Korean. |
//!
//! One file per phase: `parse.rs` reads the arguments, `handler.rs` the annotated item,
//! `resolve.rs` turns a written code into its table entry, `check.rs` applies the rules,
//! `scan.rs` finds the statuses a body names, `expand.rs` generates code (with `exits.rs`, which
//! finds where a body hands back its value), and `messages.rs` holds every word a user can see. `status.rs` and `responds.rs` run the phases in order.
//!
//! ```
//! use quote::quote;
//! use status_macros_impl::{check_status, expand_status, Lang};
//!
//! let expansion = expand_status(quote!(404), Lang::English);
//! assert_eq!(expansion.to_string(), ":: status_core :: Status :: NOT_FOUND");
//!
//! let errors = check_status(quote!(306), Lang::English).unwrap_err();
//! assert!(errors[0].to_string().starts_with("306 is unused"));
//! ```

mod ast;
mod check;
mod ctxt;
mod derive;
mod exits;
mod expand;
mod handler;
mod messages;
mod parse;
mod responds;
mod scan;
mod status;

pub use derive::{check_derive, expand_derive};
pub use messages::current_lang;
pub use responds::{check_responds, expand_responds};
pub use status::{check_status, expand_status, expand_status_code, Accepted};
pub use status_table::words::Lang;

#[cfg(test)]
mod test_support;
