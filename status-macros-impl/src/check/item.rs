//! The rules for the item under `#[responds]`. They run before the contract is read, and each
//! failure ends the expansion with the item re-emitted as written, so their errors are built
//! directly rather than gathered.

use proc_macro2::{Span, TokenStream};

use crate::ctxt::at_last_token;
use crate::handler::{parse_handler, Handler, NotAHandler};
use crate::messages::Speak;
use status_table::words::Lang;

/// `#[responds]` is on a function with a Rust body: not another kind of item, not a function
/// of an `extern` block. A function syn cannot read is reported where syn stopped.
pub fn is_a_handler(item: &TokenStream, lang: Lang) -> Result<Handler, syn::Error> {
    match parse_handler(item.clone()) {
        Ok(handler) => Ok(handler),
        Err(NotAHandler::Item(kind)) => Err(syn::Error::new(
            Span::call_site(),
            lang.say().not_a_function(kind),
        )),
        Err(NotAHandler::Foreign) => Err(syn::Error::new(
            Span::call_site(),
            lang.say().foreign_function(),
        )),
        Err(NotAHandler::Unreadable(error)) => Err(at_last_token(error, item)),
    }
}

/// A handler has one contract: a second `#[responds]` below this one would define the
/// constant again. Each is reported at itself and taken off the handler, since which list was
/// meant is unknown.
pub fn has_one_contract(handler: &mut Handler, lang: Lang) -> Result<(), Vec<syn::Error>> {
    let is_responds = |attr: &syn::Attribute| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "responds")
    };
    if !handler.attrs.iter().any(is_responds) {
        return Ok(());
    }
    let name = handler.name();
    let errors = handler
        .attrs
        .iter()
        .filter(|attr| is_responds(attr))
        .map(|attr| syn::Error::new_spanned(attr, lang.say().second_responds(&name)))
        .collect();
    handler.attrs.retain(|attr| !is_responds(attr));
    Err(errors)
}
