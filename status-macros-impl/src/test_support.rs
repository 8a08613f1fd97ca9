//! What the unit tests of every phase share: running the macros on tokens and reading what
//! they report.

use crate::check::check_contract;
use crate::check::Checked;
use crate::handler::parse_handler;
use crate::parse::responds_args;
use crate::responds::{check_responds, expand_responds};
use crate::scan::answers;
use crate::status::check_status_input;
use proc_macro2::TokenStream;
use quote::quote;
use status_table::words::Lang;

/// `status!(input)` checked, without the root of its path.
pub(crate) fn check_status(input: TokenStream, lang: Lang) -> Result<Checked, Vec<syn::Error>> {
    check_status_input(input, lang).map(|(_, checked)| checked)
}

/// The messages of every error `status!(input)` reports, in English.
pub(crate) fn errors(input: TokenStream) -> Vec<String> {
    match check_status(input, Lang::English) {
        Ok(checked) => panic!("expected errors, got {}", checked.entry.code()),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

pub(crate) fn single_error(input: TokenStream) -> String {
    let mut errors = errors(input);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.remove(0)
}

/// The codes the scanner finds in `body`, in order.
pub(crate) fn scanned(body: TokenStream) -> Vec<u16> {
    let block: syn::Block = syn::parse2(quote!({ #body })).expect("a block");
    answers(&block)
        .statuses
        .iter()
        .map(|mention| mention.entry.code())
        .collect()
}

pub(crate) fn expanded(attr: TokenStream, item: TokenStream) -> String {
    expand_responds(attr, item, Lang::English).to_string()
}

/// The contract `#[responds(attr)]` builds for `item`, and the errors it reported.
pub(crate) fn contract(
    attr: TokenStream,
    item: TokenStream,
) -> (crate::check::Contract, Vec<String>) {
    let handler = parse_handler(item).ok().expect("a function");
    let args = responds_args(attr, Lang::English).expect("a list");
    let mut ctxt = crate::ctxt::Ctxt::new(Lang::English);
    let contract = check_contract(&handler, &args, &mut ctxt);
    let errors = ctxt
        .finish()
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect();
    (contract, errors)
}

pub(crate) fn derive_errors(input: TokenStream) -> Vec<String> {
    crate::derive::check_derive(input, Lang::English)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The errors `#[responds(attr)] item` reports, in English.
pub(crate) fn responds_errors(attr: TokenStream, item: TokenStream) -> Vec<String> {
    check_responds(attr, item, Lang::English)
        .iter()
        .map(ToString::to_string)
        .collect()
}
