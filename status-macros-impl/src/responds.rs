//! `#[responds(...)]`: the plain function behind the entry point, testable without a compiler.

use proc_macro2::{Span, TokenStream};

use crate::check::check_contract;
use crate::ctxt::{at_last_token, Ctxt};
use crate::expand;
use crate::handler::{parse_handler, NotAHandler};
use crate::messages::Speak;
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
    let mut handler = match parse_handler(item.clone()) {
        Ok(handler) => handler,
        Err(NotAHandler::Item(kind)) => {
            let error = syn::Error::new(Span::call_site(), lang.say().not_a_function(kind));
            return (item, vec![error]);
        }
        Err(NotAHandler::Foreign) => {
            let error = syn::Error::new(Span::call_site(), lang.say().foreign_function());
            return (item, vec![error]);
        }
        Err(NotAHandler::Unreadable(error)) => {
            let error = at_last_token(error, &item);
            return (item, vec![error]);
        }
    };
    // A second #[responds] below this one would define the constant again; report it, and
    // re-emit the function without it and without checks against either list, since which
    // list was meant is unknown.
    let is_responds = |attr: &syn::Attribute| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "responds")
    };
    if handler.attrs.iter().any(is_responds) {
        let name = handler.name();
        let errors = handler
            .attrs
            .iter()
            .filter(|attr| is_responds(attr))
            .map(|attr| syn::Error::new_spanned(attr, lang.say().second_responds(&name)))
            .collect();
        handler.attrs.retain(|attr| !is_responds(attr));
        let (attrs, vis, sig) = (&handler.attrs, &handler.vis, &handler.sig);
        let body = handler.body_tokens();
        let item = quote::quote!(#(#attrs)* #vis #sig #body);
        return (item, errors);
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
