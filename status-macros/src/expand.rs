//! Code generation only: checked codes into tokens. Every path is absolute
//! (`::status_core::...`) so the expansion never depends on the user's imports.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{quote, quote_spanned};

use crate::check::Checked;

/// The `Status` constant for a checked code. A code with a public constant expands to it
/// (`::status_core::Status::NOT_FOUND`); one reached through an opt-in expands to
/// `::status_core::__private::Code::<444>::STATUS`. Both are paths, so the result works in
/// expression, `const`, `static` and pattern position alike.
pub fn status_constant(checked: &Checked) -> TokenStream {
    let span = checked.span;
    let code = Literal::u16_unsuffixed(checked.entry.code());
    if let Some(warning) = &checked.warning {
        // The warning hangs on a deprecated constant used inside the const argument, spanned at
        // the user's token: the compiler prints its note there, and lint levels apply as usual.
        let note = &warning.note;
        let item = Ident::new(warning.item, span);
        return quote_spanned! {span=>
            ::status_core::__private::Code::<{
                #[deprecated(note = #note)]
                const #item: u16 = #code;
                #item
            }>::STATUS
        };
    }
    match checked.entry.constant() {
        Some(name) => {
            let name = Ident::new(name, span);
            quote_spanned!(span=> ::status_core::Status::#name)
        }
        None => quote_spanned!(span=> ::status_core::__private::Code::<#code>::STATUS),
    }
}

/// Expands to the errors alone, joined by `|`. Each `compile_error!` stands for a value of any
/// type, and the or-chain is both a valid expression and a valid pattern, so whatever position
/// the macro was in, the user sees these errors and nothing else.
pub fn errors(errors: Vec<syn::Error>) -> TokenStream {
    let each = errors.iter().map(syn::Error::to_compile_error);
    quote!(#(#each)|*)
}
