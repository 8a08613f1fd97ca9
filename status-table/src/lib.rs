//! The data behind status-core and its macros: every HTTP status code in the IANA registry,
//! with its state, defining document, former names, properties and a summary in English and
//! Korean, plus the well-known non-standard codes, marked as such; and the tables of what axum's
//! extractors and response types answer with, which `#[responds]` reads.
//!
//! Use it through [status-core](https://docs.rs/status-core), which re-exports all of it under
//! the same names and adds the `Status` type and the macros. It is a crate of its own so the
//! macros, which read the table while they compile, and status-core, which depends on the
//! macros, share one copy. A tool that only reads the table can depend on it alone:
//!
//! ```toml
//! [dependencies]
//! status-table = "0.1"
//! ```
//!
//! The table follows the IANA "HTTP Status Code Registry" as updated on [`REGISTRY_DATE`], read
//! with RFC 9110. The crate is `no_std`, has no dependencies and no features, and everything in
//! it is usable in `const` contexts.
//!
//! ```
//! use status_table::{lookup, State};
//!
//! let entry = lookup(306).unwrap();
//! assert_eq!(entry.state(), State::Unused);
//! assert_eq!(entry.reference().to_string(), "RFC 9110 section 15.4.7");
//! assert!(lookup(299).is_none());
//! ```
#![no_std]

#[macro_use]
mod define;
mod entry;
pub mod http_crate;
pub mod implied;
pub mod korean;
pub mod openapi;
mod table;
pub mod words;

pub use entry::{
    constant_name, Class, ConstantName, Date, Document, Entry, KoreanReference, Link, Proposal,
    Reference, State, Title,
};

/// The day of the registry update the table follows.
pub const REGISTRY_DATE: Date = Date {
    year: 2025,
    month: 9,
    day: 15,
};

/// Where IANA publishes the current HTTP Status Code Registry: the place to check anything the
/// table records as of [`REGISTRY_DATE`] that may have changed since, such as whether a
/// temporary registration was renewed, made permanent or let lapse.
pub const REGISTRY_URL: &str = "https://www.iana.org/assignments/http-status-codes/";

/// The lowest and highest codes the registry covers.
pub const CODE_RANGE: core::ops::RangeInclusive<u16> = 100..=599;

/// Every entry, sorted by code.
pub const fn entries() -> &'static [Entry] {
    &table::ENTRIES
}

/// The entry for `code`: every code the registry lists, in any state, and every documented
/// non-standard code. `None` for all other values, including those outside `100..=599`.
#[inline]
pub const fn lookup(code: u16) -> Option<&'static Entry> {
    if code < *CODE_RANGE.start() || code > *CODE_RANGE.end() {
        return None;
    }
    match INDEX[(code - *CODE_RANGE.start()) as usize] {
        NO_ENTRY => None,
        position => Some(&table::ENTRIES[position as usize]),
    }
}

const NO_ENTRY: u8 = u8::MAX;

/// Position in `ENTRIES` for each code from 100 to 599, built at compile time so `lookup` is
/// one bounds check and two loads.
static INDEX: [u8; 500] = {
    let mut index = [NO_ENTRY; 500];
    let mut position = 0;
    while position < table::ENTRIES.len() {
        let code = table::ENTRIES[position].code;
        assert!(code >= 100 && code <= 599, "table code out of range");
        assert!(
            position < NO_ENTRY as usize,
            "table too long for a u8 index"
        );
        index[(code - 100) as usize] = position as u8;
        position += 1;
    }
    index
};

/// The README's example, run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExample;
