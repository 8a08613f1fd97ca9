//! Every rule, in one place: no code generation here; `expand.rs` turns what these return into
//! tokens. Each rule is a function, named for what it requires, and reports every problem it
//! finds to the `Ctxt`, spanned at the user's tokens.
//!
//! `resolve.rs`, for what a written code stands for ([`resolve::resolve`]):
//! - a number is a whole, unsigned, unsuffixed integer from 100 to 599 that the registry lists;
//! - a name is a constant of the table, current or former, written alone (not a path);
//! - a phrase is a reason phrase the registry spells that way, with plain spaces;
//! - nothing else (a range, a quoted number, another macro, an expression) stands for a code.
//!
//! `code.rs`, for every code wherever it is written:
//! - [`check_code`]: a code is in range, assigned, and sendable, or wrapped in the opt-in its
//!   state needs (and only that one); a discouraged, temporary or former name warns.
//! - [`has_exactly_one_code`]: `status!` names one code.
//! - [`check_declared`]: a `#[responds]` list names each status once, and no 1xx but 101.
//! - [`check_crate`]: `crate = ...` is written at most once.
//!
//! `item.rs`, for what `#[responds]` is put on:
//! - [`is_a_handler`]: a function with a Rust body, not another item or a foreign function.
//! - [`has_one_contract`]: one `#[responds]` per handler.
//!
//! `contract.rs`, for a `#[responds]` contract against its handler ([`check_contract`] runs
//! them in this order):
//! - `list_is_not_empty`: the list names a status.
//! - `flags_are_written_once`: `strict`, `debug_check`, `all_errors` at most once each.
//! - `middleware_is_well_formed`: `middleware(...)` once, naming constants, each once.
//! - `success_status_is_declared`: the success type's status (`Json<T>` is 200) is declared.
//! - `body_statuses_are_declared`: every status the body names is declared.
//! - `error_mentions_are_declared`: every status of an error value the body names is declared
//!   (deferred to the compiler, which knows the type's map).
//! - `strict_names_every_status`: with `strict`, every declared status is named somewhere.
//! - `all_errors_covers_the_type`: with `all_errors`, every status of the error type is
//!   declared.
//! - `debug_check_applies`: `debug_check` has a body and a return type that names its status.
//!
//! `openapi.rs`, for a `#[utoipa::path]` under the contract ([`check_openapi`]): each
//! documented status is a code `status!` would take, declared or implied, documented once; each
//! declared status is documented.
//!
//! `error_type.rs`, for `#[derive(ResponseStatus)]` ([`check_error_type`]): every variant
//! carries exactly one `#[status(...)]`, a code `status!` would take, `transparent` over one
//! field, or `any_of(...)` over one field, never informational; [`check_crate_attrs`]: one
//! `#[status(crate = ...)]`.

mod code;
mod contract;
mod error_type;
mod item;
mod openapi;
pub(crate) mod resolve;

pub use code::{check_code, check_crate, has_exactly_one_code, Checked};
pub use contract::{check_contract, Contract, DeferredChecks, DeferredRule, TypeMention};
pub use error_type::{check_crate_attrs, check_error_type, CheckedVariant, VariantAnswer};
pub use item::{has_one_contract, is_a_handler};
pub use openapi::{OpenApi, Rewrite};
