//! The rules for a `#[derive(ResponseStatus)]` type.

use super::code::{check_code, check_crate, Checked};
use crate::ast::{is_crate_attr, is_status_attr, ErrorType, ErrorVariant, Root};
use crate::ctxt::{at_last_token, Ctxt};
use crate::messages::Speak;
use crate::parse::{status_attr, StatusAttr};

/// A variant of a `#[derive(ResponseStatus)]` type that passed, and what it answers with.
pub struct CheckedVariant<'a> {
    pub variant: &'a ErrorVariant<'a>,
    pub answer: VariantAnswer<'a>,
}

pub enum VariantAnswer<'a> {
    /// `#[status(404)]`.
    Status(Checked),
    /// `#[status(transparent)]`: the status of the one field.
    Transparent(&'a syn::Field),
    /// `#[status(any_of(400, 422))]`: the status the one field carries, among these, ascending.
    AnyOf(&'a syn::Field, Vec<Checked>),
}

/// Checks a type under `#[derive(ResponseStatus)]`: every variant carries exactly one
/// `#[status(...)]`, checked as `status!` checks its code, or `#[status(transparent)]` on a
/// variant with exactly one field. Returns the variants that passed (all of them when nothing
/// was reported), or `None` for a type the derive cannot apply to at all.
pub fn check_error_type<'a>(
    error_type: &'a ErrorType<'a>,
    ctxt: &mut Ctxt,
) -> Option<Vec<CheckedVariant<'a>>> {
    let lang = ctxt.lang;
    let input = error_type.input;
    match &input.data {
        syn::Data::Union(data) => {
            ctxt.error_at(data.union_token.span, lang.say().derive_on_union());
            return None;
        }
        syn::Data::Enum(_) => {
            let misplaced = input
                .attrs
                .iter()
                .filter(|attr| is_status_attr(attr) && !is_crate_attr(attr));
            for attr in misplaced {
                ctxt.error_spanned(attr, lang.say().status_on_enum());
            }
        }
        syn::Data::Struct(_) => {}
    }
    let mut passed = Vec::new();
    for variant in &error_type.variants {
        for field in variant.fields.iter() {
            for attr in field.attrs.iter().filter(|attr| is_status_attr(attr)) {
                ctxt.error_spanned(attr, lang.say().status_on_field());
            }
        }
        if let Some(answer) = check_variant(variant, ctxt) {
            passed.push(CheckedVariant { variant, answer });
        }
    }
    Some(passed)
}

fn check_variant<'a>(variant: &'a ErrorVariant<'a>, ctxt: &mut Ctxt) -> Option<VariantAnswer<'a>> {
    let lang = ctxt.lang;
    let Some((first, extra)) = variant.status_attrs.split_first() else {
        ctxt.error_spanned(
            variant.ident,
            lang.say()
                .variant_without_status(&variant.ident.to_string(), variant.is_struct),
        );
        return None;
    };
    for attr in extra {
        ctxt.error_spanned(attr, lang.say().second_status_attr());
    }
    let tokens = match &first.meta {
        syn::Meta::List(list) => list.tokens.clone(),
        _ => {
            ctxt.error_spanned(first, lang.say().status_attr_shape());
            return None;
        }
    };
    let parsed = match status_attr(tokens.clone(), lang) {
        Ok(parsed) => parsed,
        Err(error) => {
            let error = at_last_token(error, &tokens);
            ctxt.error_at(error.span(), error.to_string());
            return None;
        }
    };
    match parsed {
        StatusAttr::Crate(found) => {
            ctxt.error_spanned(found.tokens(), lang.say().crate_on_variant());
            None
        }
        StatusAttr::Transparent(keyword) => match only_field(variant) {
            Some(field) => Some(VariantAnswer::Transparent(field)),
            None => {
                ctxt.error_spanned(keyword, lang.say().transparent_needs_one_field());
                None
            }
        },
        StatusAttr::AnyOf(keyword, codes) => {
            let field = only_field(variant);
            if field.is_none() {
                ctxt.error_at(keyword.span, lang.say().any_of_needs_one_field());
            }
            if codes.is_empty() {
                ctxt.error_at(keyword.span, lang.say().empty_any_of());
            }
            let mut checked: Vec<Checked> = Vec::new();
            let mut passed = true;
            for code in &codes {
                let Some(one) = check_code(code, ctxt) else {
                    passed = false;
                    continue;
                };
                let entry = one.entry;
                if entry.class() == status_table::Class::Informational {
                    ctxt.error_spanned(code.code.tokens(), lang.say().informational_error(entry));
                    passed = false;
                } else if checked
                    .iter()
                    .any(|earlier| earlier.entry.code() == entry.code())
                {
                    ctxt.error_spanned(code.tokens(), lang.say().listed_twice_in_any_of(entry));
                    passed = false;
                } else {
                    checked.push(one);
                }
            }
            checked.sort_by_key(|one| one.entry.code());
            match field {
                Some(field) if passed && !checked.is_empty() => {
                    Some(VariantAnswer::AnyOf(field, checked))
                }
                _ => None,
            }
        }
        StatusAttr::Codes(codes) => {
            let Some((code, extra)) = codes.split_first() else {
                ctxt.error_spanned(first, lang.say().status_attr_shape());
                return None;
            };
            for extra in extra {
                ctxt.error_spanned(extra.tokens(), lang.say().one_status_per_variant());
            }
            let checked = check_code(code, ctxt)?;
            let entry = checked.entry;
            if entry.class() == status_table::Class::Informational {
                ctxt.error_spanned(code.code.tokens(), lang.say().informational_error(entry));
                return None;
            }
            Some(VariantAnswer::Status(checked))
        }
    }
}

/// The variant's field when it has exactly one.
fn only_field<'a>(variant: &ErrorVariant<'a>) -> Option<&'a syn::Field> {
    let mut fields = variant.fields.iter();
    match (fields.next(), fields.next()) {
        (Some(field), None) => Some(field),
        _ => None,
    }
}

/// The root for a `#[derive(ResponseStatus)]` type, from its `#[status(crate = ...)]`
/// attributes: malformed ones and every one after the first are reported.
pub fn check_crate_attrs(error_type: &ErrorType, ctxt: &mut Ctxt) -> Root {
    let lang = ctxt.lang;
    let mut overrides = Vec::new();
    for attr in error_type
        .input
        .attrs
        .iter()
        .filter(|attr| is_crate_attr(attr))
    {
        let syn::Meta::List(list) = &attr.meta else {
            continue;
        };
        match status_attr(list.tokens.clone(), lang) {
            Ok(StatusAttr::Crate(found)) => overrides.push(found),
            Ok(_) => {}
            Err(error) => {
                let error = at_last_token(error, &list.tokens);
                ctxt.error_at(error.span(), error.to_string());
            }
        }
    }
    check_crate(&overrides, ctxt)
}
