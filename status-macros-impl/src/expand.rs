//! Code generation only: checked codes into tokens. Every path starts from the root
//! (`ast::Root`): `::status_core::...`, absolute so the expansion never depends on the user's
//! imports, or the path the user gave with `crate = ...`.

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use status_table::openapi::{description, Origin};
use status_table::Entry;
use syn::spanned::Spanned;
use syn::{Block, DeriveInput, Expr, ReturnType, Signature, Type};

use crate::ast::{is_lint_attr, Root};
use crate::check::{
    Checked, CheckedVariant, Contract, DeferredChecks, DeferredRule, OpenApi, Rewrite, TypeMention,
    VariantAnswer,
};
use crate::exits::{has_tail, only_walked_exits, wrap_exits};
use crate::handler::{with_inner_attrs, Handler};
use crate::messages::Speak;
use status_table::words::Lang;

/// The `Status` constant for a checked code. A code with a public constant expands to it
/// (`::status_core::Status::NOT_FOUND`); one reached through an opt-in expands to
/// `::status_core::__private::Code::<444>::STATUS`. Both are paths, so the result works in
/// expression, `const`, `static` and pattern position alike.
pub fn status_constant(checked: &Checked, root: &Root) -> TokenStream {
    if checked.warning.is_none() {
        return plain_status_constant(checked, root);
    }
    let span = checked.span;
    let root = root.at(span);
    let argument = code_argument(checked);
    quote_spanned!(span=> #root::__private::Code::<#argument>::STATUS)
}

/// The `http::StatusCode` constant for a checked code, in the form the oldest http 1.x that
/// can hold it accepts:
/// - a constant every http 1.x has: `HttpCode::<201>::CODE`, a path (patterns too), with the
///   code's warning, if any, hung on the const argument as `status!` does;
/// - one a later http added (103, 425): that constant by name, so an older locked http says
///   it has no such item, at the user's token;
/// - a code http names no constant for (104, non-standard codes): a constant made with
///   `from_u16`, which is a `const fn` from http 1.4 on.
pub fn http_status_code(checked: &Checked, root: &Root) -> TokenStream {
    let span = checked.span;
    let root = root.at(span);
    let argument = code_argument(checked);
    match status_table::http_crate::constant(checked.entry.code()) {
        Some(constant) if constant.since_minor == 0 => {
            quote_spanned!(span=> #root::__private::HttpCode::<#argument>::CODE)
        }
        Some(constant) if checked.warning.is_none() => {
            let name = Ident::new(constant.name, span);
            quote_spanned!(span=> #root::__private::http::StatusCode::#name)
        }
        _ => quote_spanned!(span=> {
            const CODE: #root::__private::http::StatusCode =
                match #root::__private::http::StatusCode::from_u16(#argument) {
                    ::core::result::Result::Ok(code) => code,
                    ::core::result::Result::Err(_) => panic!("every table code is in 100..=599"),
                };
            CODE
        }),
    }
}

/// The const argument naming the code: the bare number, or, for a code that warns, a block
/// whose deprecated constant carries the note. It is spanned at the user's token, so the
/// compiler prints the note there and lint levels apply as usual.
fn code_argument(checked: &Checked) -> TokenStream {
    let span = checked.span;
    let code = Literal::u16_unsuffixed(checked.entry.code());
    match &checked.warning {
        Some(warning) => {
            let note = &warning.note;
            let item = Ident::new(warning.item, span);
            // A macro, not a constant: the compiler names a deprecated macro alone
            // ("use of deprecated macro `temporary_status`"), where a constant would be named
            // with the anonymous constant it is in (`main::{constant#0}::...`).
            quote_spanned!(span=> {
                #[deprecated(note = #note)]
                macro_rules! #item {
                    () => {
                        #code
                    };
                }
                #item!()
            })
        }
        None => quote_spanned!(span=> #code),
    }
}

/// The constant without its warning, for a second use of a code whose warning is already
/// shown once.
fn plain_status_constant(checked: &Checked, root: &Root) -> TokenStream {
    plain_status_constant_of(checked.entry, checked.span, root)
}

/// The constant for an entry, spanned at `span`.
fn plain_status_constant_of(entry: &Entry, span: Span, root: &Root) -> TokenStream {
    let root = root.at(span);
    match entry.constant() {
        Some(name) => {
            let name = Ident::new(name, span);
            quote_spanned!(span=> #root::Status::#name)
        }
        None => {
            let code = Literal::u16_unsuffixed(entry.code());
            quote_spanned!(span=> #root::__private::Code::<#code>::STATUS)
        }
    }
}

/// Expands to the errors alone, joined by `|`. Each `compile_error!` stands for a value of any
/// type, and the or-chain is both a valid expression and a valid pattern, so whatever position
/// the macro was in, the user sees these errors and nothing else.
pub fn errors(errors: Vec<syn::Error>) -> TokenStream {
    let each = errors.iter().map(syn::Error::to_compile_error);
    quote!(#(#each)|*)
}

/// Errors in item position, after a re-emitted item.
pub fn item_errors(errors: Vec<syn::Error>) -> TokenStream {
    errors.iter().map(syn::Error::to_compile_error).collect()
}

/// The handler with its "Responses" documentation, the `NAME_RESPONSES` constant beside it, and,
/// with `debug_check`, a debug-build twin of the function whose result is checked.
///
/// The checks that need the error type's map are constants nested in `NAME_RESPONSES`'s
/// initializer: beside the function rather than in its body, so attributes that copy the body
/// (`#[axum::debug_handler]`) do not repeat their errors, and valid in an `impl` or `trait`
/// block as well as in a module. The compiler evaluates nested constants whether or not
/// `NAME_RESPONSES` is used.
pub fn responds(handler: Handler, contract: &Contract, lang: Lang) -> TokenStream {
    let name = handler.name();
    let data_name = Ident::new(&handler.responses_const(), handler.sig.ident.span());
    let tracks_caller = handler.tracks_caller();
    let documented = handler.is_documented();
    let is_raw = handler.sig.ident.to_string().starts_with("r#");
    let root = &contract.root;
    let Handler {
        mut attrs,
        inner_attrs,
        vis,
        sig,
        body,
        written_body,
    } = handler;
    if let Some(openapi) = &contract.openapi {
        if openapi.path.index < attrs.len() {
            let attr = attrs.remove(openapi.path.index);
            attrs.insert(openapi.path.index, utoipa_path_attr(attr, openapi));
        }
    }
    let declared = &contract.declared;
    let statuses = declared
        .iter()
        .map(|declared| status_constant(&declared.checked, root));
    // What only the compiler knows, bound once where a check needs it too; a handler with
    // neither parameters nor middleware passes the empty set and binds nothing.
    let implied_binding = Ident::new("__status_implied", Span::mixed_site());
    let middleware_binding = Ident::new("__status_middleware", Span::mixed_site());
    let empty = quote!(#root::StatusSet::EMPTY);
    let (implied_let, implied) = if contract.request_types.is_empty() {
        (TokenStream::new(), empty.clone())
    } else {
        let union = implied_by(&contract.request_types, root);
        (
            quote!(let #implied_binding: #root::StatusSet = #union;),
            implied_binding.to_token_stream(),
        )
    };
    let (middleware_let, middleware) = if contract.middleware.is_empty() {
        (TokenStream::new(), empty)
    } else {
        // Each a `StatusSet`: one of another type is the compiler's error at the user's path.
        let constants = &contract.middleware;
        (
            quote!(let #middleware_binding: #root::StatusSet = #root::StatusSet::EMPTY #(.union(#constants))*;),
            middleware_binding.to_token_stream(),
        )
    };
    // What the checks ask besides the declared list; `None` when nothing can be implied.
    let beyond = match (implied_let.is_empty(), middleware_let.is_empty()) {
        (false, false) => Some(quote!(#implied.union(#middleware))),
        (false, true) => Some(implied.clone()),
        (true, false) => Some(middleware.clone()),
        (true, true) => None,
    };
    let responses = quote!(#root::__private::responses(#name, ::core::module_path!(), &[#(#statuses),*], #implied, #middleware));
    // Lint levels the user set on the function (`#[allow(deprecated)]` for a former name in the
    // list) apply to the constant built from the same list, with `expect` read as `allow` there:
    // the expansion must not report an expectation of the user's code as unfulfilled.
    // A body's `#![allow(..)]` holds for the function too, so it is written, as an outer
    // attribute, on the constant as well.
    let lint_attrs: Vec<TokenStream> = attrs
        .iter()
        .filter(|attr| is_lint_attr(attr))
        .map(expect_as_allow)
        .chain(
            inner_attrs
                .iter()
                .filter(|attr| is_lint_attr(attr))
                .map(|attr| {
                    if attr.path().is_ident("expect") {
                        expect_as_allow(attr)
                    } else {
                        let meta = &attr.meta;
                        quote!(#[#meta])
                    }
                }),
        )
        .collect();
    // A warning of the list is the user's, and lands in that constant; an
    // `#[expect(deprecated)]` on the function, written for it, must count it as met.
    if declared
        .iter()
        .any(|declared| declared.checked.warning.is_some())
    {
        attrs = attrs.into_iter().flat_map(deprecated_expected).collect();
    }

    // Only a documented function gets the section: on one without docs it would silence
    // `missing_docs`. Under `#[utoipa::path]` it is written through `concat!`: rustdoc shows it
    // the same, and utoipa, which reads only literal `#[doc]`s, keeps it out of the
    // operation's summary and description.
    let docs = documented.then(|| {
        let docs = responses_docs(contract, lang);
        match contract.openapi {
            Some(_) => quote!(#[doc = ::core::concat!(#docs)]),
            None => quote!(#[doc = #docs]),
        }
    });

    let data_doc = lang.say().responses_const_doc(&name);
    let (checks, inline_checks) = contract
        .deferred
        .as_ref()
        .map(|deferred| deferred_checks(deferred, beyond.as_ref(), root))
        .unwrap_or_default();
    let order_check = if contract.openapi.is_none() && !is_raw {
        utoipa_order_check(&name, lang, root)
    } else {
        TokenStream::new()
    };
    let data = quote! {
        #[doc = #data_doc]
        #(#lint_attrs)*
        #vis const #data_name: #root::Responses = {
            #checks
            #order_check
            #implied_let
            #middleware_let
            #inline_checks
            #responses
        };
    };

    let function = match body {
        None => quote!(#(#attrs)* #docs #vis #sig;),
        Some(body) if contract.debug_check => {
            // The debug-build check names the same statuses again; without their warnings, so
            // each warning is shown once.
            let quiet_statuses = declared
                .iter()
                .map(|declared| plain_status_constant(&declared.checked, root));
            // It compares a response with the declared statuses only.
            let quiet_responses = quote!(#root::__private::responses(
                #name, ::core::module_path!(), &[#(#quiet_statuses),*], #root::StatusSet::EMPTY,
                #root::StatusSet::EMPTY
            ));
            let release = match written_body {
                Some(group) => TokenTree::Group(group).into(),
                None => with_inner_attrs(&inner_attrs, body.to_token_stream()),
            };
            let checked = with_inner_attrs(
                &inner_attrs,
                checked_body(body, &release, &sig, tracks_caller, &quiet_responses, root),
            );
            quote! {
                #[cfg(debug_assertions)]
                #(#attrs)* #docs #vis #sig #checked
                #[cfg(not(debug_assertions))]
                #(#attrs)* #docs #vis #sig #release
            }
        }
        Some(body) => match written_body {
            Some(written) => quote!(#(#attrs)* #docs #vis #sig #written),
            None => {
                let body = with_inner_attrs(&inner_attrs, body.to_token_stream());
                quote!(#(#attrs)* #docs #vis #sig #body)
            }
        },
    };
    quote!(#function #data)
}

/// `#[expect(...)]` as `#[allow(...)]`, other attributes as they are.
fn expect_as_allow(attr: &syn::Attribute) -> TokenStream {
    match &attr.meta {
        syn::Meta::List(list) if attr.path().is_ident("expect") => {
            let tokens = &list.tokens;
            let allow = Ident::new("allow", list.path.span());
            quote!(#[#allow(#tokens)])
        }
        _ => attr.to_token_stream(),
    }
}

/// For a function whose `#[responds]` list warns: `#[expect(deprecated, ..)]` split into
/// `#[allow(deprecated)]` and an `#[expect(..)]` of the other lints, since the warning it
/// expects is shown on the constant beside the function, not in it.
fn deprecated_expected(attr: syn::Attribute) -> Vec<syn::Attribute> {
    use syn::punctuated::Punctuated;
    if !attr.path().is_ident("expect") {
        return vec![attr];
    }
    let Ok(items) = attr.parse_args_with(Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
    else {
        return vec![attr];
    };
    let is_deprecated = |item: &syn::Meta| item.path().is_ident("deprecated");
    if !items.iter().any(is_deprecated) {
        return vec![attr];
    }
    let span = attr.span();
    let mut split: Vec<syn::Attribute> =
        vec![syn::parse_quote_spanned!(span=> #[allow(deprecated)])];
    let rest: Vec<&syn::Meta> = items.iter().filter(|item| !is_deprecated(item)).collect();
    // Anything left besides `reason = ".."` is another lint still expected.
    if rest.iter().any(|item| !item.path().is_ident("reason")) {
        split.push(syn::parse_quote_spanned!(span=> #[expect(#(#rest),*)]));
    }
    split
}

/// `#[utoipa::path(...)]` with its `responses(...)` filled in, completed, or (after an
/// error) as written without the entries whose status was refused. Everything else in it is
/// re-emitted token for token, the user's response entries included.
fn utoipa_path_attr(mut attr: syn::Attribute, openapi: &OpenApi) -> syn::Attribute {
    let path = &openapi.path;
    let mut args = path.args.clone();
    let last = path.responses.last();
    match (&openapi.rewrite, last) {
        (Rewrite::Fill(contract), _) => {
            let tuples = contract.iter().map(|entry| declared_response_tuple(entry));
            let mut added = TokenStream::new();
            push_separator(&mut added, &args);
            added.extend(quote!(responses(#(#tuples),*)));
            args.extend(added);
        }
        (Rewrite::AsWritten { dropped }, Some(key)) if !dropped.is_empty() => {
            if let Some(entries) = &key.entries {
                let kept = entries
                    .iter()
                    .enumerate()
                    .filter(|(position, _)| !dropped.contains(position))
                    .map(|(_, entry)| entry.tokens());
                args[key.at] = regroup(&key.group, quote!(#(#kept),*));
            }
        }
        _ => return attr,
    }
    let placeholder = syn::Meta::Path(syn::Path {
        leading_colon: None,
        segments: syn::punctuated::Punctuated::new(),
    });
    let (path, delimiter) = match std::mem::replace(&mut attr.meta, placeholder) {
        syn::Meta::List(list) => (list.path, list.delimiter),
        syn::Meta::Path(path) => (path, syn::MacroDelimiter::Paren(Default::default())),
        syn::Meta::NameValue(name_value) => (
            name_value.path,
            syn::MacroDelimiter::Paren(Default::default()),
        ),
    };
    attr.meta = syn::Meta::List(syn::MetaList {
        path,
        delimiter,
        tokens: args.into_iter().collect(),
    });
    attr
}

/// A comma before what is added after `written`, unless it is empty or ends with one.
fn push_separator(tokens: &mut TokenStream, written: &[TokenTree]) {
    match written.last() {
        None => {}
        Some(TokenTree::Punct(punct)) if punct.as_char() == ',' => {}
        Some(_) => tokens.extend(quote!(,)),
    }
}

/// `group`'s delimiter and span around new contents.
fn regroup(group: &Group, stream: TokenStream) -> TokenTree {
    let mut regrouped = Group::new(group.delimiter(), stream);
    regrouped.set_span(group.span());
    TokenTree::Group(regrouped)
}

/// `(status = 201, description = "...")` for a declared status, described as status-core's
/// `openapi` module describes it, so the document and the contract say the same thing.
fn declared_response_tuple(entry: &'static Entry) -> TokenStream {
    let code = Literal::u16_unsuffixed(entry.code());
    let text = description(entry, Origin::Declared).to_string();
    quote!((status = #code, description = #text))
}

/// Statements for `NAME_RESPONSES`'s initializer that warn, at the attribute, when
/// `#[utoipa::path]` expanded before `#[responds]` on this handler. Emitted only when no
/// `#[utoipa::path]` was among the handler's attributes.
///
/// utoipa leaves a `__path_NAME` struct beside the function it expands. Inside a block, a name
/// imported by a glob of the module (`use self::*`) shadows an item of an outer block, so the
/// inner block below names utoipa's struct if the module has one, and otherwise the alias of
/// status-core's `NoUtoipaPath` declared here. The path `Order::<__path_NAME>::responses_checked`
/// then names a function that is silent for `NoUtoipaPath` and a deprecated trait method for
/// utoipa's struct; the deprecation note is the warning, so `#[allow(deprecated)]` silences it
/// and `-D warnings` denies it. Only the alias and the path are per handler: no type, impl or
/// function of its own, each of which the compiler would check.
fn utoipa_order_check(name: &str, lang: Lang, root: &Root) -> TokenStream {
    let path_struct = Ident::new(&format!("__path_{name}"), Span::call_site());
    let warning = match lang {
        Lang::English => quote!(#root::__private::UtoipaPathFirst),
        Lang::Korean => quote!(#root::__private::UtoipaPathFirstKo),
    };
    quote! {
        #[allow(dead_code, non_camel_case_types)]
        type #path_struct = #root::__private::NoUtoipaPath;
        #[allow(unused_imports)]
        use #warning as _;
        let _ = {
            #[allow(unused_imports)]
            use self::*;
            #root::__private::Order::<#path_struct>::responses_checked
        };
    }
}

/// The "Responses" section of the handler's documentation, one attribute for the whole
/// section: fewer tokens for the compiler than one per line.
fn responses_docs(contract: &Contract, lang: Lang) -> String {
    let mut docs = format!("\n{}\n", lang.say().responses_heading());
    for declared in &contract.declared {
        docs.push('\n');
        docs.push_str(&response_doc_line(declared.checked.entry, lang));
    }
    docs
}

/// What the parameters' types imply, as the compiler resolves it: the union of
/// `Implied::<T>::STATUSES` over them, where a type that is no extractor gives nothing.
fn implied_by(request_types: &[Type], root: &Root) -> TokenStream {
    quote!({
        #[allow(unused_imports)]
        use #root::__private::ImpliesNothing as _;
        #root::StatusSet::EMPTY #(.union(<#root::__private::Implied<#request_types>>::STATUSES))*
    })
}

/// The rules that need the compiler's knowledge, with the message at the user's tokens when
/// one is broken.
///
/// A rule about the error type's map is a constant of its own, nested in the contract's
/// initializer: the compiler evaluates each one whether or not the contract is used, and
/// reports every broken one. A nested constant cannot name `Self` or an `impl` block's
/// generic parameters, so for a method (`DeferredChecks::in_impl`) the rules are statements
/// of the initializer instead, evaluated where the contract is used, up to the first broken
/// one. Rules that also need what the parameters imply or the middleware adds (`beyond`,
/// bound by the initializer; `None` when there is neither) are statements in either case.
///
/// Returns the nested constants and the statements.
fn deferred_checks(
    deferred: &DeferredChecks,
    beyond: Option<&TokenStream>,
    root: &Root,
) -> (TokenStream, TokenStream) {
    let map_binding = Ident::new("__status_map", Span::mixed_site());
    let declared_binding = Ident::new("__status_declared", Span::mixed_site());
    let status_binding = Ident::new("__status", Span::mixed_site());
    let variant_binding = Ident::new("__status_variant", Span::mixed_site());
    let unnamed_binding = Ident::new("__status_unnamed", Span::mixed_site());
    let message_binding = Ident::new("__status_message", Span::mixed_site());
    let declared = deferred
        .declared
        .iter()
        .map(|code| Literal::u16_suffixed(*code));
    let result = deferred.result.as_ref();
    let nested = !deferred.in_impl;
    let prelude = result.map(|result| {
        quote! {
            #[allow(unused_imports)]
            use #root::__private::{NotAResult as _, NotTheErrorType as _};
            let #map_binding: &#root::StatusMap = &<#root::__private::ErrorOf<#result>>::MAP;
            let #declared_binding: &[u16] = &[#(#declared),*];
        }
    });
    let mut constants = TokenStream::new();
    let mut statements = TokenStream::new();
    if !nested {
        statements.extend(prelude.clone());
    }
    // The compiler's answer to "is this mention of the error type?".
    let is_error_type = |mention: &TypeMention| match (&mention.owner, result) {
        (Some(owner), Some(result)) => quote!(<#root::__private::ErrorIs<#owner, #result>>::IS),
        _ => quote!(true),
    };
    // `strict`'s checks of one handler share their mentions: what those can answer with is
    // gathered once, and each check tests its code against it.
    let mentions = deferred.checks.iter().find_map(|check| match &check.rule {
        DeferredRule::Named { mentions, .. } if !mentions.is_empty() => Some(mentions),
        _ => None,
    });
    let answered = result.and(mentions).map(|mentions| {
        let each = mentions.iter().map(|mention| {
            let is_error_type = is_error_type(mention);
            let variant = match &mention.variant {
                Some(variant) => quote!(::core::option::Option::Some(#variant)),
                None => quote!(::core::option::Option::None),
            };
            quote!(.union(#root::__private::mention_answers(#map_binding, #is_error_type, #variant)))
        });
        let set = quote!(#root::StatusSet::EMPTY #(#each)*);
        if nested {
            let name = Ident::new("__STATUS_ANSWERED", Span::mixed_site());
            constants.extend(quote! {
                const #name: #root::StatusSet = { #prelude #set };
            });
            name
        } else {
            let name = Ident::new("__status_answered", Span::mixed_site());
            statements.extend(quote!(let #name: #root::StatusSet = #set;));
            name
        }
    });
    for check in &deferred.checks {
        let panic = |message: TokenStream| panic_at(&check.at, message);
        let (rule, needs_map) = match &check.rule {
            // Made only when something may be implied, so `beyond` is there.
            DeferredRule::Documented { code, message } => {
                let Some(beyond) = beyond else { continue };
                let panic = panic(quote!(#message));
                statements.extend(quote! {
                    if !#beyond.contains(#code) {
                        #panic
                    }
                });
                continue;
            }
            DeferredRule::Named {
                codes,
                mentions,
                message,
            } => {
                let named = match (&answered, mentions.is_empty()) {
                    (Some(answered), false) => answered.to_token_stream(),
                    _ => quote!(#root::StatusSet::EMPTY),
                };
                let named = match beyond {
                    Some(beyond) => quote!(#named.union(#beyond)),
                    None => named,
                };
                let candidates = codes.iter().map(|(code, _)| Literal::u16_suffixed(*code));
                let message = message_builder(
                    message,
                    &status_binding,
                    &variant_binding,
                    None,
                    Some(&unnamed_binding),
                    root,
                );
                // The error points at the lowest code left, and lists them all.
                let at_lowest = codes.iter().map(|(code, at)| {
                    let code = Literal::u16_suffixed(*code);
                    let panic = panic_at(at, quote!(#message_binding.as_str()));
                    quote!(::core::option::Option::Some(#code) => { #panic })
                });
                let rule = quote! {
                    let #unnamed_binding: #root::StatusSet =
                        #root::__private::unnamed(&[#(#candidates),*], #named);
                    if !#unnamed_binding.is_empty() {
                        let #message_binding = #message;
                        match #root::__private::lowest(#unnamed_binding) {
                            #(#at_lowest)*
                            _ => {}
                        }
                    }
                };
                if beyond.is_some() {
                    statements.extend(rule);
                    continue;
                }
                (rule, false)
            }
            // The rules about the map are made only for an error type that can be named.
            _ if result.is_none() => continue,
            DeferredRule::Declared { mention, message } => {
                let is_error_type = is_error_type(mention);
                let panic = panic(render(
                    message,
                    &status_binding,
                    &variant_binding,
                    None,
                    root,
                ));
                let rule = match &mention.variant {
                    Some(variant) => quote! {
                        if #is_error_type {
                            if let ::core::option::Option::Some(#status_binding) =
                                #root::__private::undeclared_through(#map_binding, #variant, #declared_binding)
                            {
                                #panic
                            }
                        }
                    },
                    None => quote! {
                        if #is_error_type {
                            if let ::core::option::Option::Some((_, #status_binding)) =
                                #root::__private::undeclared_in(#map_binding, #declared_binding)
                            {
                                #panic
                            }
                        }
                    },
                };
                (rule, true)
            }
            DeferredRule::Every {
                not_derived,
                undeclared,
            } => {
                let not_derived = panic(quote!(#not_derived));
                let undeclared = panic(render(
                    undeclared,
                    &status_binding,
                    &variant_binding,
                    Some((&map_binding, &declared_binding)),
                    root,
                ));
                let rule = quote! {
                    if !#root::__private::is_derived(#map_binding) {
                        #not_derived
                    }
                    if #root::__private::undeclared_in(#map_binding, #declared_binding).is_some() {
                        #undeclared
                    }
                };
                (rule, true)
            }
        };
        if nested {
            let prelude = needs_map.then_some(prelude.as_ref()).flatten();
            constants.extend(quote!(const _: () = { #prelude #rule };));
        } else {
            statements.extend(rule);
        }
    }
    (constants, statements)
}

/// A message template with `{status}`, `{code}` and `{variant}` in it, or, given the map and
/// the declared codes, `{undeclared}` (every status outside them, with its variant) and
/// `{undeclared_codes}`, as an expression that builds the text during constant evaluation.
fn render(
    template: &str,
    status: &Ident,
    variant: &Ident,
    every: Option<(&Ident, &Ident)>,
    root: &Root,
) -> TokenStream {
    let built = message_builder(template, status, variant, every, None, root);
    quote!(#built.as_str())
}

/// What `render` builds, as the `Message` itself; given a set of statuses, `{unnamed}` in the
/// template lists them.
fn message_builder(
    template: &str,
    status: &Ident,
    variant: &Ident,
    every: Option<(&Ident, &Ident)>,
    unnamed: Option<&Ident>,
    root: &Root,
) -> TokenStream {
    let mut built = quote!(#root::__private::Message::new());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let (text, tail) = rest.split_at(start);
        if !text.is_empty() {
            built.extend(quote!(.text(#text)));
        }
        let (piece, after) = match tail.find('}') {
            Some(end) => (&tail[..=end], &tail[end + 1..]),
            None => (tail, ""),
        };
        built.extend(match (piece, every) {
            ("{status}", _) => quote!(.status(#status)),
            ("{code}", _) => quote!(.code(#status.code())),
            ("{variant}", _) => quote!(.text(#variant)),
            ("{undeclared}", Some((map, declared))) => quote!(.undeclared(#map, #declared)),
            ("{unnamed}", _) if unnamed.is_some() => quote!(.statuses(#unnamed)),
            ("{undeclared_codes}", Some((map, declared))) => {
                quote!(.undeclared_codes(#map, #declared))
            }
            (other, _) => quote!(.text(#other)),
        });
        rest = after;
    }
    if !rest.is_empty() {
        built.extend(quote!(.text(#rest)));
    }
    built
}

/// `panic!("{}", message)` spanning the user's tokens: the compiler reports a failed
/// evaluation at the panic, from the first token of its path to its closing parenthesis. The
/// path is the prelude's `panic!`, bare: it resolves alike in every edition, where a `::core`
/// written with the user's span would be read as a module of a 2015-edition crate.
fn panic_at(at: &TokenStream, message: TokenStream) -> TokenStream {
    let first = at
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |token| token.span());
    let last = at
        .clone()
        .into_iter()
        .last()
        .map_or(first, |token| token.span());
    let mut arguments = Group::new(Delimiter::Parenthesis, quote!("{}", #message));
    arguments.set_span(last);
    let path = quote_spanned!(first=> panic!);
    quote!(#path #arguments;)
}

/// "- `201 Created`: the first sentence of the summary."
fn response_doc_line(entry: &Entry, lang: Lang) -> String {
    let (name, summary) = match lang {
        Lang::English => (entry.reason(), entry.summary_en()),
        Lang::Korean => (entry.name_ko(), entry.summary_ko()),
    };
    let first_sentence = summary.find(". ").map_or(summary, |end| &summary[..=end]);
    format!("- `{} {}`: {}", entry.code(), name, first_sentence.trim())
}

/// The body of the debug-build twin. Each value the body hands back is checked where it is
/// written: the value of every `return` that leaves the function, and the tail (each branch of
/// a tail `if` or `match`), so the panic's location is the user's expression.
///
/// When those are all the ways out (no `?`, no bare `return`, no macro that might hide a
/// `return`, and a tail: see `exits::only_walked_exits`), the statements stay in the function's
/// own body, as written. Otherwise, exits through `?` are caught by running the statements
/// inside a closure (or `async` block) and checking what comes out. The never-taken early return fixes the closure's return type
/// to the function's, so `?` converts errors exactly as it would in the original body; it
/// calls a function rather than `unreachable!()` so no diverging-expression lint fires in the
/// user's crate. A `#[track_caller]` function keeps its statements in its own body instead:
/// inside a closure, `Location::caller()` and the panics of `.unwrap()` would report the
/// closure rather than the function's caller, so there its `?` exits go unchecked.
///
/// The outer braces are the user's, so the function stays the user's code for lints that skip
/// generated items (`dead_code` among them). The statements are spliced in, not the block, so
/// a one-line body does not become a block in tail position (which `unused_braces` warns about).
fn checked_body(
    mut body: Block,
    written: &TokenStream,
    sig: &Signature,
    tracks_caller: bool,
    responses: &TokenStream,
    root: &Root,
) -> TokenStream {
    let responses_binding = Ident::new("__status_responses", Span::mixed_site());
    let return_type = match &sig.output {
        ReturnType::Default => quote!(()),
        ReturnType::Type(_, ty) => ty.to_token_stream(),
    };
    let exits = wrap_exits(&mut body, &mut |value| {
        Expr::Verbatim(checked_value(value, &return_type, &responses_binding, root))
    });
    let all_walked = !exits.bare_return && has_tail(&body) && only_walked_exits(written.clone());
    let stmts = &body.stmts;
    let mut tokens = TokenStream::new();
    body.brace_token.surround(&mut tokens, |tokens| {
        if tracks_caller || all_walked {
            if exits.wrapped > 0 {
                tokens.extend(quote!(let #responses_binding = #responses;));
            }
            tokens.extend(quote!(#(#stmts)*));
            return;
        }
        let response = Ident::new("__status_response", Span::mixed_site());
        let pin_type = quote! {
            if false {
                return #root::__private::return_type::<#return_type>();
            }
        };
        let run = if sig.asyncness.is_some() {
            quote!(async move { #pin_type #(#stmts)* }.await)
        } else {
            quote!((move || { #pin_type #(#stmts)* })())
        };
        tokens.extend(quote! {
            let #responses_binding = #responses;
            let #response = #run;
            #root::__private::check_response(&#responses_binding, &#response, ::core::cfg!(test));
            #response
        });
    });
    tokens
}

/// `{ let v: R = EXPR; check_response(&responses, &v); v }`. The type written on the binding
/// gives `EXPR` the return type as its expected type, as the return site did (`x.into()`,
/// `Err(E::V)` infer the same). The call is spanned at the expression's first token, so the
/// `#[track_caller]` location of a panic is the user's line.
///
/// After an expression that diverges without saying so (a call to a function returning `!`),
/// the call would be unreachable code, which rustc reports even in a macro's output; the
/// `allow` keeps that out of the user's crate. Expressions that plainly diverge (`todo!()`)
/// are not wrapped at all (see `exits.rs`), so rustc's own warnings about them stay as they are.
fn checked_value(
    value: Expr,
    return_type: &TokenStream,
    responses: &Ident,
    root: &Root,
) -> TokenStream {
    let at = value
        .to_token_stream()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |token| token.span());
    let binding = Ident::new("__status_value", Span::mixed_site());
    let root = root.at(at);
    let check = quote_spanned!(at=> #root::__private::check_response(&#responses, &#binding, ::core::cfg!(test)));
    quote!({
        let #binding: #return_type = #value;
        #[allow(unreachable_code)]
        #check;
        #binding
    })
}

/// The impls of `#[derive(ResponseStatus)]`: an inherent `RESPONSE_STATUSES` map and
/// `status()` method, `status_core::ResponseStatus`, and the hidden trait that lets another
/// type wrap this one with `#[status(transparent)]`. Variants that were refused are left out
/// of the map and unreachable in `status()`, so the errors already reported stand alone.
pub fn derive_response_status(
    input: &DeriveInput,
    variants: &[CheckedVariant],
    root: &Root,
) -> TokenStream {
    let name = &input.ident;
    let name_str = name.to_string();
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    // A wrapped type that depends on the type's generic parameters must derive too, which
    // only a bound can say; a concrete one is checked where it is used, with the trait's own
    // "does not derive ResponseStatus" message at the field's type.
    let written = where_clause
        .into_iter()
        .flat_map(|clause| clause.predicates.iter());
    let wrapped = variants.iter().filter_map(|checked| match &checked.answer {
        VariantAnswer::Transparent(field) if mentions_generic(&field.ty, &input.generics) => {
            let ty = &field.ty;
            let root = root.at(ty.span());
            Some(quote_spanned!(ty.span()=> #ty: #root::__private::Derived))
        }
        VariantAnswer::AnyOf(field, _) if mentions_generic(&field.ty, &input.generics) => {
            let ty = &field.ty;
            let root = root.at(ty.span());
            Some(quote_spanned!(ty.span()=> #ty: #root::ResponseStatus))
        }
        _ => None,
    });
    let where_clause = quote!(where #(#written,)* #(#wrapped,)*);

    let map_entries = variants.iter().map(|checked| {
        let variant_name = checked.variant.ident.to_string();
        let answer = match &checked.answer {
            VariantAnswer::Status(status) => {
                let constant = with_lint_attrs(
                    status_constant(status, root),
                    &checked.variant.lint_attrs,
                    root,
                );
                quote!(#root::Answer::Status(#constant))
            }
            VariantAnswer::Transparent(field) => {
                let ty = &field.ty;
                let root = root.at(ty.span());
                quote_spanned!(ty.span()=> #root::Answer::Transparent(
                    &<#ty as #root::__private::Derived>::RESPONSE_STATUSES
                ))
            }
            VariantAnswer::AnyOf(_, statuses) => {
                let constants = statuses.iter().map(|status| {
                    with_lint_attrs(
                        status_constant(status, root),
                        &checked.variant.lint_attrs,
                        root,
                    )
                });
                quote!(#root::Answer::AnyOf(&[#(#constants),*]))
            }
        };
        quote!(#root::__private::variant(#variant_name, #answer))
    });

    let status_body = match &input.data {
        syn::Data::Struct(_) => match variants.first() {
            Some(checked) => variant_status(checked, quote!(self), root),
            None => quote!(::core::unreachable!()),
        },
        _ => {
            let arms = variants.iter().map(|checked| {
                let ident = checked.variant.ident;
                // The binding carries the field type's span, so an error about the wrapped
                // value points at the field alone.
                let inner = match &checked.answer {
                    VariantAnswer::Transparent(field) | VariantAnswer::AnyOf(field, _) => {
                        Ident::new("inner", field.ty.span())
                    }
                    VariantAnswer::Status(_) => Ident::new("inner", Span::call_site()),
                };
                let pattern = match &checked.answer {
                    VariantAnswer::Status(_) => quote!(Self::#ident { .. }),
                    VariantAnswer::Transparent(_) | VariantAnswer::AnyOf(..) => {
                        let member = field_member(checked.variant.fields);
                        quote!(Self::#ident { #member: #inner })
                    }
                };
                let value = variant_status(checked, quote!(#inner), root);
                quote!(#pattern => #value,)
            });
            quote! {
                #[allow(unreachable_patterns)]
                match self {
                    #(#arms)*
                    _ => ::core::unreachable!(),
                }
            }
        }
    };

    let map_doc = format!(
        "Every status a `{name_str}` is answered with, by variant, from `#[derive(ResponseStatus)]`; `#[responds]` reads it at compile time."
    );
    let status_doc = format!(
        "The status this `{name_str}` is answered with, as its `#[status(...)]` attributes declare."
    );
    quote! {
        impl #impl_generics #name #type_generics #where_clause {
            #[doc = #map_doc]
            pub const RESPONSE_STATUSES: #root::StatusMap =
                #root::__private::status_map(#name_str, &[#(#map_entries),*]);

            #[doc = #status_doc]
            pub fn status(&self) -> #root::Status {
                #status_body
            }
        }

        impl #impl_generics #root::__private::Derived for #name #type_generics #where_clause {
            const RESPONSE_STATUSES: #root::StatusMap = Self::RESPONSE_STATUSES;

            fn derived_status(&self) -> #root::Status {
                self.status()
            }
        }

        impl #impl_generics #root::ResponseStatus for #name #type_generics #where_clause {
            fn response_status(&self) -> u16 {
                self.status().code()
            }
        }
    }
}

/// The status of one variant inside `status()`: its constant (without the warning, which the
/// map already carries), or the wrapped value's status. `inner` names the wrapped value.
fn variant_status(checked: &CheckedVariant, inner: TokenStream, root: &Root) -> TokenStream {
    match &checked.answer {
        VariantAnswer::Status(status) => plain_status_constant(status, root),
        // Spanned at the field's type, where the compiler's note belongs if it does not derive.
        VariantAnswer::Transparent(field) if checked.variant.is_struct => {
            let member = field_member(checked.variant.fields);
            let root = root.at(field.ty.span());
            quote_spanned!(field.ty.span()=> #root::__private::Derived::derived_status(&#inner.#member))
        }
        VariantAnswer::Transparent(field) => {
            let root = root.at(field.ty.span());
            quote_spanned!(field.ty.span()=> #root::__private::Derived::derived_status(#inner))
        }
        // The status the field carries, read through `ResponseStatus`.
        VariantAnswer::AnyOf(field, _) if checked.variant.is_struct => {
            let member = field_member(checked.variant.fields);
            let root = root.at(field.ty.span());
            quote_spanned!(field.ty.span()=> #root::__private::carried(#root::ResponseStatus::response_status(&#inner.#member)))
        }
        VariantAnswer::AnyOf(field, _) => {
            let root = root.at(field.ty.span());
            quote_spanned!(field.ty.span()=> #root::__private::carried(#root::ResponseStatus::response_status(#inner)))
        }
    }
}

/// True if `ty` names one of the type parameters in `generics`.
fn mentions_generic(ty: &Type, generics: &syn::Generics) -> bool {
    struct Finder<'a> {
        generics: &'a syn::Generics,
        found: bool,
    }
    impl<'ast> syn::visit::Visit<'ast> for Finder<'_> {
        fn visit_ident(&mut self, ident: &'ast Ident) {
            self.found |= self
                .generics
                .type_params()
                .any(|param| param.ident == *ident);
        }
    }
    let mut finder = Finder {
        generics,
        found: false,
    };
    syn::visit::Visit::visit_type(&mut finder, ty);
    finder.found
}

/// `0` for a tuple variant's one field, its name for a named one.
fn field_member(fields: &syn::Fields) -> syn::Member {
    match fields.iter().next().and_then(|field| field.ident.clone()) {
        Some(ident) => syn::Member::Named(ident),
        None => syn::Member::Unnamed(syn::Index::from(0)),
    }
}

/// A status constant under the lint levels written on its variant, so `#[allow(deprecated)]`
/// there silences the former-name warning the constant carries.
fn with_lint_attrs(
    constant: TokenStream,
    lint_attrs: &[&syn::Attribute],
    root: &Root,
) -> TokenStream {
    if lint_attrs.is_empty() {
        return constant;
    }
    quote!({
        #(#lint_attrs)*
        const STATUS: #root::Status = #constant;
        STATUS
    })
}

#[cfg(test)]
mod tests;
