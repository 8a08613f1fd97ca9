//! Token streams into the model in `ast.rs`. Only the shape is checked here; whether a code is
//! any good is `check.rs`'s business, so that all such errors can be gathered together.

use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, Lit, LitStr, Token};

use crate::ast::{Code, CodeArg};
use crate::messages::Lang;

/// A comma-separated list of codes: the whole input of `status!`, or the list inside
/// `#[responds(...)]`.
pub struct CodeList {
    pub codes: Punctuated<CodeArg, Token![,]>,
}

impl Parse for CodeList {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut codes = Punctuated::new();
        while !input.is_empty() {
            codes.push_value(input.parse()?);
            if input.is_empty() {
                break;
            }
            // Anything but a comma here means more than one token per code, e.g. `400 + 4`.
            if !input.peek(Token![,]) {
                return Err(input.error(Lang::current().code_is_one_token()));
            }
            codes.push_punct(input.parse()?);
        }
        Ok(CodeList { codes })
    }
}

fn starts_opt_in(input: ParseStream) -> bool {
    input.peek(Ident) && input.peek2(syn::token::Paren)
}

impl Parse for CodeArg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if !starts_opt_in(input) {
            return Ok(CodeArg {
                opt_in: None,
                code: input.parse()?,
            });
        }
        let keyword: Ident = input.parse()?;
        let content;
        syn::parenthesized!(content in input);
        if starts_opt_in(&content) {
            return Err(content.error(Lang::current().nested_opt_in()));
        }
        let code = content.parse()?;
        if !content.is_empty() {
            return Err(content.error(Lang::current().one_code_per_opt_in()));
        }
        Ok(CodeArg {
            opt_in: Some(keyword),
            code,
        })
    }
}

impl Parse for Code {
    fn parse(input: ParseStream) -> syn::Result<Self> {
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
        Err(input.error(Lang::current().expected_code()))
    }
}

mod keyword {
    syn::custom_keyword!(strict);
    syn::custom_keyword!(debug_check);
}

/// The arguments of `#[responds(...)]`: codes, plus the flags `strict` and `debug_check`
/// anywhere in the list.
pub struct RespondsArgs {
    pub codes: Vec<CodeArg>,
    pub strict: Vec<keyword::strict>,
    pub debug_check: Vec<keyword::debug_check>,
}

impl Parse for RespondsArgs {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = RespondsArgs {
            codes: Vec::new(),
            strict: Vec::new(),
            debug_check: Vec::new(),
        };
        while !input.is_empty() {
            let lookahead = input.lookahead1();
            if lookahead.peek(keyword::strict) {
                args.strict.push(input.parse()?);
            } else if lookahead.peek(keyword::debug_check) {
                args.debug_check.push(input.parse()?);
            } else {
                args.codes.push(input.parse()?);
            }
            if input.is_empty() {
                break;
            }
            if !input.peek(Token![,]) {
                return Err(input.error(Lang::current().code_is_one_token()));
            }
            input.parse::<Token![,]>()?;
        }
        Ok(args)
    }
}
