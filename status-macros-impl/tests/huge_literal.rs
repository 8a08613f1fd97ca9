//! A megabyte-long phrase or name is refused quickly, and the message shows only its start:
//! the did-you-mean search skips what is far longer than any name in the table. (Outside
//! `src/`, which may not read the clock.)

// Timing an expansion needs the clock, which clippy.toml forbids to the macros themselves.
#![allow(clippy::disallowed_types)]

use std::time::{Duration, Instant};

use proc_macro2::{Ident, Span};
use quote::quote;
use status_macros_impl::{check_status, Lang};

#[test]
fn a_huge_literal_is_refused_quickly_with_a_short_message() {
    let long = "a".repeat(1 << 20);
    let phrase = syn::LitStr::new(&long, Span::call_site());
    let name = Ident::new(&long.to_uppercase(), Span::call_site());
    for input in [
        quote!(#phrase),
        quote!(#name),
        quote!(allow_unused(#phrase)),
    ] {
        let started = Instant::now();
        let errors = check_status(input, Lang::English).expect_err("refused");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().len() < 600, "{}", errors[0]);
    }
}
