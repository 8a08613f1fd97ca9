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
    /// A macro call such as `concat!("40", "4")`, refused: the code is read as written.
    Macro(syn::Macro),
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
            Code::Macro(mac) => mac.to_token_stream(),
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
            Code::Macro(mac) => mac.path.span(),
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

/// `#[utoipa::path(...)]` on a handler, read as far as `#[responds]` needs: where its
/// `responses(...)` are, and what each entry documents. Everything else in it is utoipa's
/// business and is re-emitted as written.
pub struct UtoipaPath {
    /// Where the attribute is among the handler's attributes.
    pub index: usize,
    /// Its arguments as written, one token tree at a time.
    pub args: Vec<proc_macro2::TokenTree>,
    /// Every top-level `responses(...)` key, in order; utoipa keeps only the last.
    pub responses: Vec<ResponsesKey>,
}

/// One `responses(...)` key of `#[utoipa::path(...)]`.
pub struct ResponsesKey {
    /// The word `responses`.
    pub key: Ident,
    /// The position of its parenthesised group in [`UtoipaPath::args`].
    pub at: usize,
    pub group: proc_macro2::Group,
    /// Its entries, or `None` when they are not written the way utoipa reads them; utoipa
    /// reports that itself.
    pub entries: Option<Vec<DocumentedResponse>>,
}

/// One entry of `responses(...)`.
pub enum DocumentedResponse {
    /// `(status = 201, description = "...", body = User)`: the group as written, and its
    /// status (the last `status = ...` in it, as utoipa reads it), if it has one.
    Tuple {
        group: proc_macro2::Group,
        status: Option<DocumentedStatus>,
    },
    /// A type implementing utoipa's `IntoResponses`, whose statuses only its impl knows.
    IntoResponses(syn::TypePath),
}

/// The value of `status = ...` in a response tuple.
pub enum DocumentedStatus {
    /// `201`, and `4XX` (lexed as `4` with the suffix `XX`).
    Int(syn::LitInt),
    /// `"default"` or a range such as `"4XX"`.
    Str(LitStr),
    /// A path whose last segment names an `http::StatusCode` constant:
    /// `StatusCode::CREATED`, `http::StatusCode::CONFLICT`, `IM_A_TEAPOT`.
    Name(syn::Path),
    /// Anything else, as written.
    Other(TokenStream),
}

impl DocumentedResponse {
    /// The entry as written.
    pub fn tokens(&self) -> TokenStream {
        match self {
            DocumentedResponse::Tuple { group, .. } => group.to_token_stream(),
            DocumentedResponse::IntoResponses(path) => path.to_token_stream(),
        }
    }
}

impl DocumentedStatus {
    /// The value as written, to point at.
    pub fn tokens(&self) -> TokenStream {
        match self {
            DocumentedStatus::Int(int) => int.to_token_stream(),
            DocumentedStatus::Str(string) => string.to_token_stream(),
            DocumentedStatus::Name(path) => path.to_token_stream(),
            DocumentedStatus::Other(tokens) => tokens.clone(),
        }
    }
}

/// `crate = path` in a macro's arguments: where the generated code finds status-core when the
/// dependency is renamed or re-exported.
pub struct CrateOverride {
    pub keyword: Token![crate],
    pub path: syn::Path,
}

impl CrateOverride {
    /// The whole override as written, to point at.
    pub fn tokens(&self) -> TokenStream {
        let (keyword, path) = (&self.keyword, &self.path);
        quote!(#keyword = #path)
    }
}

/// The path every generated item starts from: `::status_core`, or the path of a `crate = ...`
/// override. The one place that builds it.
#[derive(Clone, Default)]
pub struct Root(Option<TokenStream>);

impl Root {
    pub fn new(path: Option<&syn::Path>) -> Root {
        Root(path.map(ToTokens::to_token_stream))
    }

    /// The root, the default one spanned at `span`; a written path keeps the user's spans, so
    /// an error about it points at what they wrote.
    pub fn at(&self, span: Span) -> TokenStream {
        match &self.0 {
            Some(path) => path.clone(),
            None => quote::quote_spanned!(span=> ::status_core),
        }
    }
}

impl ToTokens for Root {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.at(Span::call_site()));
    }
}

/// Whether the arguments of an attribute or macro start with `crate =` (or `crate` followed by
/// anything but `::`, which starts a path such as `crate::Status`): a crate override, possibly
/// malformed.
pub fn starts_with_crate(tokens: &TokenStream) -> bool {
    let mut tokens = tokens.clone().into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(proc_macro2::TokenTree::Ident(word)), next) if word == "crate" => !matches!(
            next,
            Some(proc_macro2::TokenTree::Punct(punct)) if punct.as_char() == ':'
        ),
        _ => false,
    }
}

/// Whether an attribute is `#[status(crate = ...)]`, the derive's container attribute.
pub fn is_crate_attr(attr: &syn::Attribute) -> bool {
    is_status_attr(attr)
        && matches!(&attr.meta, syn::Meta::List(list) if starts_with_crate(&list.tokens))
}

/// Where a code is written, for the one piece of advice that depends on it: where an opt-in
/// would go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In `status!`, `#[responds]` or `#[status]`, where the opt-in is written around the code.
    Macro,
    /// As `status = ...` in `#[utoipa::path]`, which takes no opt-in: the contract's does.
    UtoipaPath,
}
