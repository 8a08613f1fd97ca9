//! Code generation only: checked codes into tokens. Every path is absolute
//! (`::status_core::...`) so the expansion never depends on the user's imports.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use status_core::Entry;
use syn::{Block, Type};

use crate::check::{Checked, Declared, Warning};
use crate::handler::Handler;
use crate::messages::Lang;

/// The `Status` constant for a checked code. A code with a public constant expands to it
/// (`::status_core::Status::NOT_FOUND`); one reached through an opt-in expands to
/// `::status_core::__private::Code::<444>::STATUS`. Both are paths, so the result works in
/// expression, `const`, `static` and pattern position alike.
pub fn status_constant(checked: &Checked) -> TokenStream {
    let code = Literal::u16_unsuffixed(checked.entry.code());
    if let Some(warning) = &checked.warning {
        return warned_status_constant(checked, warning, code);
    }
    plain_status_constant(checked, code)
}

/// The constant without its warning, for a second use of a code whose warning is already
/// shown once.
fn plain_status_constant(checked: &Checked, code: Literal) -> TokenStream {
    let span = checked.span;
    match checked.entry.constant() {
        Some(name) => {
            let name = Ident::new(name, span);
            quote_spanned!(span=> ::status_core::Status::#name)
        }
        None => quote_spanned!(span=> ::status_core::__private::Code::<#code>::STATUS),
    }
}

/// The warning hangs on a deprecated constant used inside the const argument, spanned at the
/// user's token: the compiler prints its note there, and lint levels apply as usual.
fn warned_status_constant(checked: &Checked, warning: &Warning, code: Literal) -> TokenStream {
    let span = checked.span;
    let note = &warning.note;
    let item = Ident::new(warning.item, span);
    quote_spanned! {span=>
        ::status_core::__private::Code::<{
            #[deprecated(note = #note)]
            const #item: u16 = #code;
            #item
        }>::STATUS
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
pub fn responds(
    handler: &Handler,
    declared: &[Declared],
    debug_check: bool,
    lang: Lang,
) -> TokenStream {
    let Handler {
        attrs,
        vis,
        sig,
        body,
    } = handler;
    let name = handler.name();
    let statuses = declared
        .iter()
        .map(|declared| status_constant(&declared.checked));
    let responses = quote!(::status_core::__private::responses(#name, &[#(#statuses),*]));
    // The debug-build check names the same statuses again; without their warnings, so each
    // warning is shown once.
    let quiet_statuses = declared.iter().map(|declared| {
        let code = Literal::u16_unsuffixed(declared.checked.entry.code());
        plain_status_constant(&declared.checked, code)
    });
    let quiet_responses =
        quote!(::status_core::__private::responses(#name, &[#(#quiet_statuses),*]));
    // Lint levels the user set on the function (`#[allow(deprecated)]` for a former name in the
    // list) apply to the constant built from the same list.
    let lint_attrs = attrs.iter().filter(|attr| {
        ["allow", "expect", "warn", "deny", "forbid"]
            .iter()
            .any(|lint| attr.path().is_ident(lint))
    });

    // One attribute for the whole section: fewer tokens for the compiler than one per line.
    let mut docs = format!("\n{}\n", lang.responses_heading());
    for declared in declared {
        docs.push('\n');
        docs.push_str(&response_doc_line(declared.checked.entry, lang));
    }
    let docs = quote!(#[doc = #docs]);

    let data_name = format_ident!("{}_RESPONSES", name.to_uppercase(), span = sig.ident.span());
    let data_doc = lang.responses_const_doc(&name);
    let data = quote! {
        #[doc = #data_doc]
        #(#lint_attrs)*
        #vis const #data_name: ::status_core::Responses = #responses;
    };

    let function = match body {
        None => quote!(#(#attrs)* #docs #vis #sig;),
        Some(body) if debug_check => {
            let checked = checked_body(
                body,
                sig.asyncness.is_some(),
                handler.return_type(),
                &quiet_responses,
            );
            quote! {
                #[cfg(debug_assertions)]
                #(#attrs)* #docs #vis #sig #checked
                #[cfg(not(debug_assertions))]
                #(#attrs)* #docs #vis #sig #body
            }
        }
        Some(body) => quote!(#(#attrs)* #docs #vis #sig #body),
    };
    quote!(#function #data)
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

/// The body run inside a closure (or `async` block) so that every way out, `return` and `?`
/// included, passes through the check. The never-taken early return fixes the closure's return
/// type to the function's, so `?` converts errors exactly as it would in the original body; it
/// calls a function rather than `unreachable!()` so no diverging-expression lint fires in the
/// user's crate.
fn checked_body(
    body: &Block,
    is_async: bool,
    return_type: Option<&Type>,
    responses: &TokenStream,
) -> TokenStream {
    let response = Ident::new("__status_response", Span::mixed_site());
    let pin_type = quote! {
        if false {
            return ::status_core::__private::return_type::<#return_type>();
        }
    };
    let run = if is_async {
        quote!(async move { #pin_type #body }.await)
    } else {
        quote!((move || { #pin_type #body })())
    };
    quote!({
        let #response = #run;
        ::status_core::__private::check_response(&#responses, &#response);
        #response
    })
}
