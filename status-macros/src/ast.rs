//! The typed model of what the user wrote, before any check against the table.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::{Ident, Lit, LitStr, Token};

/// One code as written: `404`, `NOT_FOUND`, `"Not Found"`, or one of those inside an opt-in
/// such as `allow_nonstandard(444)`.
pub enum CodeArg {
    /// Any literal other than a string: integers and, to be rejected, floats, chars, bools...
    Literal(Lit),
    /// A minus sign before a literal: `-404`.
    Negative(Token![-], Lit),
    /// A constant name: `NOT_FOUND`.
    Name(Ident),
    /// A path such as `Status::NOT_FOUND`, refused with a pointer to the bare name.
    Path(syn::Path),
    /// A reason phrase: `"Not Found"`.
    Phrase(LitStr),
    /// `allow_KIND(code)`: the explicit opt-in for a listed-but-rejected code.
    OptIn(OptInArg),
}

/// `allow_KIND(code)`. The keyword is kept as written so that a misspelt one can be named in
/// the error.
pub struct OptInArg {
    pub keyword: Ident,
    pub inner: Box<CodeArg>,
}

/// The opt-ins, one per state that `status!` refuses without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptIn {
    NonStandard,
    Deprecated,
    Unused,
    Obsoleted,
}

impl OptIn {
    pub const ALL: [OptIn; 4] = [
        OptIn::NonStandard,
        OptIn::Deprecated,
        OptIn::Unused,
        OptIn::Obsoleted,
    ];

    /// The keyword the user writes.
    pub fn keyword(self) -> &'static str {
        match self {
            OptIn::NonStandard => "allow_nonstandard",
            OptIn::Deprecated => "allow_deprecated",
            OptIn::Unused => "allow_unused",
            OptIn::Obsoleted => "allow_obsoleted",
        }
    }

    pub fn from_keyword(keyword: &str) -> Option<OptIn> {
        OptIn::ALL
            .into_iter()
            .find(|opt_in| opt_in.keyword() == keyword)
    }
}

impl CodeArg {
    /// The code itself, looking through any opt-in wrapper.
    pub fn code(&self) -> &CodeArg {
        match self {
            CodeArg::OptIn(opt_in) => opt_in.inner.code(),
            other => other,
        }
    }

    /// The tokens to point at when the code itself is wrong.
    pub fn code_tokens(&self) -> TokenStream {
        match self.code() {
            CodeArg::Literal(lit) => lit.to_token_stream(),
            CodeArg::Negative(minus, lit) => quote::quote!(#minus #lit),
            CodeArg::Name(ident) => ident.to_token_stream(),
            CodeArg::Path(path) => path.to_token_stream(),
            CodeArg::Phrase(phrase) => phrase.to_token_stream(),
            CodeArg::OptIn(_) => unreachable!("code() looks through opt-ins"),
        }
    }

    /// Where the code starts, for warnings (which carry one span).
    pub fn code_span(&self) -> Span {
        match self.code() {
            CodeArg::Literal(lit) => lit.span(),
            CodeArg::Negative(minus, _) => minus.span,
            CodeArg::Name(ident) => ident.span(),
            CodeArg::Path(path) => syn::spanned::Spanned::span(path),
            CodeArg::Phrase(phrase) => phrase.span(),
            CodeArg::OptIn(_) => unreachable!("code() looks through opt-ins"),
        }
    }

    /// The whole argument as written, opt-in included.
    pub fn all_tokens(&self) -> TokenStream {
        match self {
            CodeArg::OptIn(opt_in) => {
                let keyword = &opt_in.keyword;
                let inner = opt_in.inner.all_tokens();
                quote::quote!(#keyword(#inner))
            }
            other => other.code_tokens(),
        }
    }
}
