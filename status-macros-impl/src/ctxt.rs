//! Gathers every error of one macro invocation so they are reported together.

use proc_macro2::Span;
use quote::ToTokens;
use status_table::words::Lang;

/// The errors found so far, and the language to write new ones in. It must be ended with
/// [`Ctxt::finish`]: one dropped unfinished would lose its errors without a word, so dropping
/// one panics (outside an unwinding panic), and the tests find the path that forgot.
#[must_use = "errors must be reported with `finish`"]
pub struct Ctxt {
    pub lang: Lang,
    /// `None` once finished.
    errors: Option<Vec<syn::Error>>,
}

impl Ctxt {
    pub fn new(lang: Lang) -> Ctxt {
        Ctxt {
            lang,
            errors: Some(Vec::new()),
        }
    }

    fn errors(&mut self) -> &mut Vec<syn::Error> {
        self.errors
            .as_mut()
            .expect("no error is added after `finish`, which takes the Ctxt")
    }

    /// An error spanning `tokens` (all of them, where the compiler allows).
    pub fn error_spanned(&mut self, tokens: impl ToTokens, message: String) {
        self.errors().push(syn::Error::new_spanned(tokens, message));
    }

    pub fn error_at(&mut self, span: Span, message: String) {
        self.errors().push(syn::Error::new(span, message));
    }

    /// All errors, in the order found, or `Ok` if there were none.
    pub fn finish(mut self) -> Result<(), Vec<syn::Error>> {
        let errors = self.errors.take().unwrap_or_default();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        if self.errors.is_some() && !std::thread::panicking() {
            panic!("a Ctxt was dropped without `finish`: its errors would be lost");
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
