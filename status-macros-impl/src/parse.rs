//! Token streams into the model in `ast.rs`. Only the shape is checked here; whether a code is
//! any good is `check.rs`'s business, so that all such errors can be gathered together. Syntax
//! errors are written in the caller's language, so each function takes it.

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Lit, LitStr, Token};

use crate::ast::{Code, CodeArg};
use crate::messages::Lang;

/// A comma-separated list of codes: the whole input of `status!`.
pub fn code_list(tokens: TokenStream, lang: Lang) -> syn::Result<Vec<CodeArg>> {
    let parse = |input: ParseStream| {
        let mut codes = Vec::new();
        while !input.is_empty() {
            codes.push(code_arg(input, lang)?);
            if at_end_after_comma(input, lang)? {
                break;
            }
        }
        Ok(codes)
    };
    parse.parse2(tokens)
}

pub mod keyword {
    syn::custom_keyword!(strict);
    syn::custom_keyword!(debug_check);
    syn::custom_keyword!(all_errors);
    syn::custom_keyword!(transparent);
}

/// The arguments of `#[responds(...)]`: codes, plus the flags `strict`, `debug_check` and
/// `all_errors` anywhere in the list.
pub struct RespondsArgs {
    pub codes: Vec<CodeArg>,
    pub strict: Vec<keyword::strict>,
    pub debug_check: Vec<keyword::debug_check>,
    pub all_errors: Vec<keyword::all_errors>,
}

pub fn responds_args(tokens: TokenStream, lang: Lang) -> syn::Result<RespondsArgs> {
    let parse = |input: ParseStream| {
        let mut args = RespondsArgs {
            codes: Vec::new(),
            strict: Vec::new(),
            debug_check: Vec::new(),
            all_errors: Vec::new(),
        };
        while !input.is_empty() {
            let lookahead = input.lookahead1();
            if lookahead.peek(keyword::strict) {
                args.strict.push(input.parse()?);
            } else if lookahead.peek(keyword::debug_check) {
                args.debug_check.push(input.parse()?);
            } else if lookahead.peek(keyword::all_errors) {
                args.all_errors.push(input.parse()?);
            } else {
                args.codes.push(code_arg(input, lang)?);
            }
            if at_end_after_comma(input, lang)? {
                break;
            }
        }
        Ok(args)
    };
    parse.parse2(tokens)
}

/// The argument of a `#[status(...)]` attribute under `#[derive(ResponseStatus)]`.
pub enum StatusAttr {
    /// `#[status(transparent)]`: the status of the one wrapped value.
    Transparent(keyword::transparent),
    /// `#[status(404)]`, by number, name or phrase, possibly inside an opt-in. Any codes after
    /// the first are kept so the check can point at them.
    Codes(Vec<CodeArg>),
}

pub fn status_attr(tokens: TokenStream, lang: Lang) -> syn::Result<StatusAttr> {
    let parse = |input: ParseStream| {
        if input.peek(keyword::transparent) {
            let keyword: keyword::transparent = input.parse()?;
            if !input.is_empty() {
                return Err(input.error(lang.transparent_alone()));
            }
            return Ok(StatusAttr::Transparent(keyword));
        }
        let mut codes = Vec::new();
        while !input.is_empty() {
            codes.push(code_arg(input, lang)?);
            if at_end_after_comma(input, lang)? {
                break;
            }
        }
        Ok(StatusAttr::Codes(codes))
    };
    parse.parse2(tokens)
}

/// After one list element: `true` at the end of the list, `false` after consuming a comma.
/// Anything else means more than one token per code, e.g. `400 + 4`.
fn at_end_after_comma(input: ParseStream, lang: Lang) -> syn::Result<bool> {
    if input.is_empty() {
        return Ok(true);
    }
    if !input.peek(Token![,]) {
        return Err(input.error(lang.code_is_one_token()));
    }
    input.parse::<Token![,]>()?;
    Ok(input.is_empty())
}

fn starts_opt_in(input: ParseStream) -> bool {
    input.peek(Ident) && input.peek2(syn::token::Paren)
}

fn code_arg(input: ParseStream, lang: Lang) -> syn::Result<CodeArg> {
    if !starts_opt_in(input) {
        return Ok(CodeArg {
            opt_in: None,
            code: code(input, lang)?,
        });
    }
    let keyword: Ident = input.parse()?;
    let content;
    syn::parenthesized!(content in input);
    if starts_opt_in(&content) {
        return Err(content.error(lang.nested_opt_in()));
    }
    let code = code(&content, lang)?;
    if !content.is_empty() {
        return Err(content.error(lang.one_code_per_opt_in()));
    }
    Ok(CodeArg {
        opt_in: Some(keyword),
        code,
    })
}

fn code(input: ParseStream, lang: Lang) -> syn::Result<Code> {
    if input.peek(LitStr) {
        return Ok(Code::Phrase(input.parse()?));
    }
    // Before `Lit`, which would otherwise read `-404` as one negative literal.
    if input.peek(Token![-]) && input.peek2(Lit) {
        return Ok(Code::Negative(input.parse()?, input.parse()?));
    }
    if input.peek(Lit) {
        return Ok(Code::Literal(input.parse()?));
    }
    if input.peek(Token![::]) || (input.peek(Ident) && input.peek2(Token![::])) {
        return Ok(Code::Path(input.parse()?));
    }
    if input.peek(Ident) {
        return Ok(Code::Name(input.parse()?));
    }
    Err(input.error(lang.expected_code()))
}
