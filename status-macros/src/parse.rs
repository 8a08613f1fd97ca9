//! Token streams into the model in `ast.rs`. Only the shape is checked here; whether a code is
//! any good is `check.rs`'s business, so that all such errors can be gathered together.

use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, Lit, LitStr, Token};

use crate::ast::{CodeArg, OptInArg};
use crate::messages::Lang;

/// A comma-separated list of codes: the whole input of `status!`, or the list inside
/// `#[responds(...)]`.
pub struct CodeList {
    pub codes: Punctuated<CodeArg, Token![,]>,
}

impl Parse for CodeList {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        Ok(CodeList {
            codes: Punctuated::parse_terminated(input)?,
        })
    }
}

impl Parse for CodeArg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(LitStr) {
            return Ok(CodeArg::Phrase(input.parse()?));
        }
        // Before `Lit`, which would otherwise read `-404` as one negative literal.
        if input.peek(Token![-]) && input.peek2(Lit) {
            return Ok(CodeArg::Negative(input.parse()?, input.parse()?));
        }
        if input.peek(Lit) {
            return Ok(CodeArg::Literal(input.parse()?));
        }
        if input.peek(Ident) && input.peek2(syn::token::Paren) {
            let keyword: Ident = input.parse()?;
            let content;
            syn::parenthesized!(content in input);
            let inner: CodeArg = content.parse()?;
            if !content.is_empty() {
                return Err(content.error(Lang::current().one_code_per_opt_in()));
            }
            return Ok(CodeArg::OptIn(OptInArg {
                keyword,
                inner: Box::new(inner),
            }));
        }
        if input.peek(Token![::]) || (input.peek(Ident) && input.peek2(Token![::])) {
            return Ok(CodeArg::Path(input.parse()?));
        }
        if input.peek(Ident) {
            return Ok(CodeArg::Name(input.parse()?));
        }
        Err(input.error(Lang::current().expected_code()))
    }
}
