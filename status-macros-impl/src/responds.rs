//! `#[responds(...)]`: the plain function behind the entry point, testable without a compiler.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::visit::Visit;
use syn::{Type, TypeImplTrait};

use crate::check::{check_declared, Declared};
use crate::ctxt::{at_last_token, Ctxt};
use crate::expand;
use crate::handler::{parse_handler, Handler, NotAHandler};
use crate::messages::Lang;
use crate::parse::{responds_args, RespondsArgs};
use crate::scan::mentions;

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
    let mut ctxt = Ctxt::new(lang);
    let handler = match parse_handler(item.clone()) {
        Ok(handler) => handler,
        Err(NotAHandler::Item(kind)) => {
            ctxt.error_at(Span::call_site(), lang.not_a_function(kind));
            return (item, ctxt.finish().err().unwrap_or_default());
        }
        Err(NotAHandler::Unreadable(error)) => {
            let error = at_last_token(error, &item);
            return (item, vec![error]);
        }
    };
    let args = match responds_args(attr.clone(), lang) {
        Ok(args) => args,
        Err(error) => return (item, vec![at_last_token(error, &attr)]),
    };
    let contract = check_contract(&handler, &args, &mut ctxt);
    let expansion = expand::responds(&handler, &contract.declared, contract.debug_check, lang);
    (expansion, ctxt.finish().err().unwrap_or_default())
}

/// What survives the checks: the declared statuses that passed, and whether the debug-build
/// check can be applied.
struct Contract {
    pub declared: Vec<Declared>,
    pub debug_check: bool,
}

/// Every check of the attribute against its list and the handler, all errors into `ctxt`.
fn check_contract(handler: &Handler, args: &RespondsArgs, ctxt: &mut Ctxt) -> Contract {
    let lang = ctxt.lang;
    if args.codes.is_empty() {
        ctxt.error_at(Span::call_site(), lang.empty_responds());
    }
    for extra in args.strict.iter().skip(1) {
        ctxt.error_spanned(extra, lang.duplicate_flag("strict"));
    }
    for extra in args.debug_check.iter().skip(1) {
        ctxt.error_spanned(extra, lang.duplicate_flag("debug_check"));
    }
    let declared = check_declared(&args.codes, ctxt);
    let name = handler.name();

    if let Some(body) = &handler.body {
        let found = mentions(body);
        // Only judge the body against a list that fully passed, so one bad code in the list
        // does not also flag every use of it.
        if !args.codes.is_empty() && declared.len() == args.codes.len() {
            let entries: Vec<_> = declared
                .iter()
                .map(|declared| declared.checked.entry)
                .collect();
            for mention in &found {
                if !entries
                    .iter()
                    .any(|entry| entry.code() == mention.entry.code())
                {
                    ctxt.error_spanned(
                        &mention.tokens,
                        lang.undeclared(&name, mention.entry, &entries),
                    );
                }
            }
        }
        if !args.strict.is_empty() {
            for unnamed in declared.iter().filter(|declared| {
                !found
                    .iter()
                    .any(|mention| mention.entry.code() == declared.checked.entry.code())
            }) {
                ctxt.error_spanned(
                    &unnamed.tokens,
                    lang.never_named(&name, unnamed.checked.entry),
                );
            }
        }
    }

    let debug_check = match args.debug_check.first() {
        None => false,
        Some(keyword) => match (&handler.body, handler.return_type()) {
            (None, _) => {
                ctxt.error_spanned(keyword, lang.debug_check_no_body());
                false
            }
            (_, None) => {
                ctxt.error_spanned(keyword, lang.debug_check_no_return());
                false
            }
            (Some(_), Some(return_type)) => match first_impl_trait(return_type) {
                Some(opaque) => {
                    ctxt.error_spanned(opaque, lang.debug_check_opaque());
                    false
                }
                None => true,
            },
        },
    };
    Contract {
        declared,
        debug_check,
    }
}

/// The first `impl Trait` anywhere in a type, such as the one in
/// `Result<(Status, impl Debug), E>`: the debug-build check must name the return type.
fn first_impl_trait(ty: &Type) -> Option<TokenStream> {
    struct Finder(Option<TokenStream>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_type_impl_trait(&mut self, opaque: &'ast TypeImplTrait) {
            self.0.get_or_insert_with(|| opaque.to_token_stream());
        }
    }
    let mut finder = Finder(None);
    finder.visit_type(ty);
    finder.0
}
