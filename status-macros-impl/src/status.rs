//! `status!`: the plain functions behind the entry point, testable without a compiler.

use proc_macro2::{Span, TokenStream};

use crate::ast::Root;
use crate::check::{check_code, check_crate, has_exactly_one_code, Checked};
use crate::ctxt::{at_last_token, Ctxt};
use crate::expand;
use crate::messages::Speak;
use crate::parse::status_args;
use status_table::words::Lang;

/// Expands `status!(input)`: the constant for a good code, or every error found. Never panics.
pub fn expand_status(input: TokenStream, lang: Lang) -> TokenStream {
    match check_status_input(input, lang) {
        Ok((root, checked)) => expand::status_constant(&checked, &root),
        Err(errors) => expand::errors(errors),
    }
}

/// Expands `status_code!(input)`: the same checks as `status!`, and an `http::StatusCode`
/// constant for a good code. Never panics.
pub fn expand_status_code(input: TokenStream, lang: Lang) -> TokenStream {
    match check_status_input(input, lang) {
        Ok((root, checked)) => expand::http_status_code(&checked, &root),
        Err(errors) => expand::errors(errors),
    }
}

/// What `status!(input)` accepted: the code, and the warning it will carry, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// The three-digit code.
    pub code: u16,
    /// The note of the warning the expansion carries (a discouraged or temporary code, a former
    /// name), if any.
    pub warning: Option<String>,
}

/// Parses and checks `status!(input)` without generating code: the accepted code, or every
/// error, each spanned at the tokens it is about. Never panics.
pub fn check_status(input: TokenStream, lang: Lang) -> Result<Accepted, Vec<syn::Error>> {
    check_status_input(input, lang).map(|(_, checked)| Accepted {
        code: checked.entry.code(),
        warning: checked.warning.map(|warning| warning.note),
    })
}

/// Parses and checks `status!(input)`, gathering every error: the root of the generated path,
/// and the code.
pub(crate) fn check_status_input(
    input: TokenStream,
    lang: Lang,
) -> Result<(Root, Checked), Vec<syn::Error>> {
    let args =
        status_args(input.clone(), lang).map_err(|error| vec![at_last_token(error, &input)])?;
    let codes = args.codes;
    let mut ctxt = Ctxt::new(lang);
    let root = check_crate(&args.crates, &mut ctxt);
    has_exactly_one_code(&codes, &mut ctxt);
    let checked: Vec<Option<Checked>> = codes
        .iter()
        .map(|code| check_code(code, &mut ctxt))
        .collect();
    ctxt.finish()?;
    // No errors means exactly one code, and it passed; `check_code` reports every refusal, so
    // the fallback error is only a guard against that invariant breaking.
    checked
        .into_iter()
        .next()
        .flatten()
        .map(|checked| (root, checked))
        .ok_or_else(|| {
            vec![syn::Error::new(
                Span::call_site(),
                lang.say().expected_code(),
            )]
        })
}

#[cfg(test)]
mod tests;
