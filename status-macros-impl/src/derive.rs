//! `#[derive(ResponseStatus)]`: the plain functions behind the entry point, testable without a
//! compiler.

use proc_macro2::TokenStream;
use syn::{Attribute, Data, DeriveInput, Fields, Ident};

use crate::ast::{is_crate_attr, is_lint_attr, is_status_attr, ErrorType, ErrorVariant};
use crate::check::{check_crate_attrs, check_error_type};
use crate::ctxt::Ctxt;
use crate::expand;
use status_table::words::Lang;

/// Expands `#[derive(ResponseStatus)]` on `input`: the impls, plus every error found. The impls
/// are emitted even when some variants are refused (without those variants), so one mistake
/// does not turn every use of `.status()` into a second error. Never panics.
pub fn expand_derive(input: TokenStream, lang: Lang) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let (mut output, errors) = run(&input, lang);
    output.extend(expand::item_errors(errors));
    output
}

/// Runs every check of `#[derive(ResponseStatus)]` on `input`: the errors, each spanned at the
/// tokens it is about, or none. Never panics.
pub fn check_derive(input: TokenStream, lang: Lang) -> Vec<syn::Error> {
    match syn::parse2::<DeriveInput>(input) {
        Ok(input) => run(&input, lang).1,
        Err(error) => vec![error],
    }
}

fn run(input: &DeriveInput, lang: Lang) -> (TokenStream, Vec<syn::Error>) {
    let mut ctxt = Ctxt::new(lang);
    let error_type = read(input);
    let root = check_crate_attrs(&error_type, &mut ctxt);
    let variants = check_error_type(&error_type, &mut ctxt);
    let output = match variants {
        Some(variants) => expand::derive_response_status(input, &variants, &root),
        None => TokenStream::new(),
    };
    (output, ctxt.finish().err().unwrap_or_default())
}

/// The variants of an enum, or the struct as its one variant; a union has none (the checks
/// refuse it).
fn read(input: &DeriveInput) -> ErrorType<'_> {
    let variants = match &input.data {
        Data::Enum(data) => data
            .variants
            .iter()
            .map(|v| variant(&v.ident, &v.fields, false, &v.attrs))
            .collect(),
        Data::Struct(data) => vec![variant(&input.ident, &data.fields, true, &input.attrs)],
        Data::Union(_) => Vec::new(),
    };
    ErrorType { input, variants }
}

fn variant<'a>(
    ident: &'a Ident,
    fields: &'a Fields,
    is_struct: bool,
    attrs: &'a [Attribute],
) -> ErrorVariant<'a> {
    ErrorVariant {
        ident,
        fields,
        is_struct,
        // `#[status(crate = ...)]` is the type's, not its status; on a variant it is kept, so
        // the check can say where it goes.
        status_attrs: attrs
            .iter()
            .filter(|attr| is_status_attr(attr) && !(is_struct && is_crate_attr(attr)))
            .collect(),
        lint_attrs: attrs.iter().filter(|attr| is_lint_attr(attr)).collect(),
    }
}

#[cfg(test)]
mod tests;
