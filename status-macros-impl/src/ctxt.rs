//! Gathers every error of one macro invocation so they are reported together.

use proc_macro2::Span;
use quote::ToTokens;

use crate::messages::Lang;

/// The errors found so far, and the language to write new ones in.
#[must_use = "errors must be reported with `finish`"]
pub struct Ctxt {
    pub lang: Lang,
    errors: Vec<syn::Error>,
}

impl Ctxt {
    pub fn new(lang: Lang) -> Ctxt {
        Ctxt {
            lang,
            errors: Vec::new(),
        }
    }

    /// An error spanning `tokens` (all of them, where the compiler allows).
    pub fn error_spanned(&mut self, tokens: impl ToTokens, message: String) {
        self.errors.push(syn::Error::new_spanned(tokens, message));
    }

    pub fn error_at(&mut self, span: Span, message: String) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// All errors, in the order found, or `Ok` if there were none.
    pub fn finish(self) -> Result<(), Vec<syn::Error>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// syn reports input that stops too early ("unexpected end of input") at the call site, which
/// the compiler shows as the whole macro call; the last token written is a better place.
pub fn at_last_token(error: syn::Error, input: &proc_macro2::TokenStream) -> syn::Error {
    let message = error.to_string();
    match input.clone().into_iter().last() {
        Some(last) if message.starts_with("unexpected end of input") => {
            syn::Error::new(last.span(), message)
        }
        _ => error,
    }
}
