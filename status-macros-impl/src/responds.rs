//! `#[responds(...)]`: the plain function behind the entry point, testable without a compiler.

use proc_macro2::TokenStream;

use crate::check::{check_contract, has_one_contract, is_a_handler};
use crate::ctxt::{at_last_token, Ctxt};
use crate::expand;
use crate::parse::responds_args;
use status_table::words::Lang;

/// Expands `#[responds(attr)] item`. The item is always re-emitted, so a mistake in the list
/// never turns into errors about a missing function. Never panics.
pub fn expand_responds(attr: TokenStream, item: TokenStream, lang: Lang) -> TokenStream {
    let (mut output, errors) = run(attr, item, lang);
    output.extend(expand::item_errors(errors));
    output
}

/// Runs every check of `#[responds(attr)] item` without keeping the generated code: the errors,
/// each spanned at the tokens it is about, or none. Never panics.
pub fn check_responds(attr: TokenStream, item: TokenStream, lang: Lang) -> Vec<syn::Error> {
    run(attr, item, lang).1
}

/// The expansion without its errors, and the errors.
fn run(attr: TokenStream, item: TokenStream, lang: Lang) -> (TokenStream, Vec<syn::Error>) {
    let mut handler = match is_a_handler(&item, lang) {
        Ok(handler) => handler,
        Err(error) => return (item, vec![error]),
    };
    // Without checks against either list: the function as written, less its contracts.
    if let Err(errors) = has_one_contract(&mut handler, lang) {
        let (attrs, vis, sig) = (&handler.attrs, &handler.vis, &handler.sig);
        let body = handler.body_tokens();
        return (quote::quote!(#(#attrs)* #vis #sig #body), errors);
    }
    let args = match responds_args(attr.clone(), lang) {
        Ok(args) => args,
        Err(error) => return (item, vec![at_last_token(error, &attr)]),
    };
    let mut ctxt = Ctxt::new(lang);
    let contract = check_contract(&handler, &args, &mut ctxt);
    let expansion = expand::responds(handler, &contract, lang);
    (expansion, ctxt.finish().err().unwrap_or_default())
}

#[cfg(test)]
mod tests;
