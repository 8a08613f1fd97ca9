//! The typed model of what the user wrote, before any check against the table.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::spanned::Spanned;
use syn::{Ident, Lit, LitStr, Token};

/// One entry of a code list: a code, possibly inside an opt-in such as
/// `allow_nonstandard(444)`.
pub struct CodeArg {
    /// The opt-in keyword as written, kept even when misspelt so the error can name it.
    pub opt_in: Option<Ident>,
    pub code: Code,
}

/// A code as written.
pub enum Code {
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
}

/// The opt-ins, one per state that is refused without one.
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

impl Code {
    /// The tokens to point at when the code itself is wrong.
    pub fn tokens(&self) -> TokenStream {
        match self {
            Code::Literal(lit) => lit.to_token_stream(),
            Code::Negative(minus, lit) => quote!(#minus #lit),
            Code::Name(ident) => ident.to_token_stream(),
            Code::Path(path) => path.to_token_stream(),
            Code::Phrase(phrase) => phrase.to_token_stream(),
        }
    }

    /// Where the code starts, for warnings (which carry one span).
    pub fn span(&self) -> Span {
        match self {
            Code::Literal(lit) => lit.span(),
            Code::Negative(minus, _) => minus.span,
            Code::Name(ident) => ident.span(),
            Code::Path(path) => path.span(),
            Code::Phrase(phrase) => phrase.span(),
        }
    }
}

impl CodeArg {
    /// The whole argument as written, opt-in included.
    pub fn tokens(&self) -> TokenStream {
        let code = self.code.tokens();
        match &self.opt_in {
            Some(keyword) => quote!(#keyword(#code)),
            None => code,
        }
    }
}

/// A type under `#[derive(ResponseStatus)]`, read into what the checks need: each variant (for
/// a struct, the struct itself) with its `#[status(...)]` attributes as written.
pub struct ErrorType<'a> {
    pub input: &'a syn::DeriveInput,
    pub variants: Vec<ErrorVariant<'a>>,
}

/// One variant, or a struct as a whole.
pub struct ErrorVariant<'a> {
    /// The variant's name; the struct's name for a struct.
    pub ident: &'a Ident,
    pub fields: &'a syn::Fields,
    /// True when this is a struct rather than an enum variant.
    pub is_struct: bool,
    /// Every `#[status]` attribute on it, in order.
    pub status_attrs: Vec<&'a syn::Attribute>,
    /// Lint levels written on it (`#[allow(deprecated)]`), applied to its status.
    pub lint_attrs: Vec<&'a syn::Attribute>,
}

/// Whether an attribute is a lint level (`allow`, `expect`, `warn`, `deny`, `forbid`), which
/// the generated code copies so the user's levels apply to what the macro emits for them.
pub fn is_lint_attr(attr: &syn::Attribute) -> bool {
    ["allow", "expect", "warn", "deny", "forbid"]
        .iter()
        .any(|lint| attr.path().is_ident(lint))
}

/// Whether an attribute is `#[status(...)]`.
pub fn is_status_attr(attr: &syn::Attribute) -> bool {
    attr.path().is_ident("status")
}
