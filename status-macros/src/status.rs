//! `status!`: the plain function behind the entry point, testable without a compiler.

use proc_macro2::TokenStream;

use crate::check::check_code;
use crate::ctxt::Ctxt;
use crate::expand;
use crate::messages::Lang;
use crate::parse::CodeList;

/// Expands `status!(input)` in the given language: the constant for a good code, or every error
/// found.
pub fn expand_status(input: TokenStream, lang: Lang) -> TokenStream {
    let mut ctxt = Ctxt::new(lang);
    let list: CodeList = match syn::parse2(input) {
        Ok(list) => list,
        Err(error) => return expand::errors(vec![error]),
    };
    if list.codes.is_empty() {
        ctxt.error_at(proc_macro2::Span::call_site(), lang.empty_status());
    }
    for extra in list.codes.iter().skip(1) {
        ctxt.error_spanned(extra.all_tokens(), lang.more_than_one_code());
    }
    let checked: Vec<_> = list
        .codes
        .iter()
        .map(|code| check_code(code, &mut ctxt))
        .collect();
    match ctxt.finish() {
        Ok(()) => match checked.first() {
            Some(Some(checked)) => expand::status_constant(checked),
            _ => unreachable!("an empty list or a refused code is always an error"),
        },
        Err(errors) => expand::errors(errors),
    }
}
