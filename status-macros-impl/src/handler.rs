//! The item `#[responds]` is put on: a free function, an `async fn`, or a method in an `impl`
//! or `trait` block, with or without a body.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use status_table::implied;
use status_table::Entry;
use syn::{
    AttrStyle, Attribute, Block, FnArg, ForeignItem, Item, ItemFn, ReturnType, Signature,
    TraitItemFn, Type, Visibility,
};

/// A function, as much of it as the attribute reads and re-emits.
pub struct Handler {
    /// The attributes outside the function.
    pub attrs: Vec<Attribute>,
    /// The body's own attributes (`#![allow(..)]` first thing inside it), which syn reads into
    /// the function's list; they go back inside the body.
    pub inner_attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub sig: Signature,
    /// `None` for a trait method declared without a default body.
    pub body: Option<Block>,
    /// The body's braces and tokens as the compiler handed them over, re-emitted as they are
    /// wherever the body is not rewritten: one token tree to pass back rather than every token
    /// rebuilt from `body`.
    pub written_body: Option<proc_macro2::Group>,
}

/// Why the item is not a handler this attribute can read.
pub enum NotAHandler {
    /// Another kind of item, named in the message in the user's language.
    Item(ItemKind),
    /// A function syn cannot read; its error points at the place.
    Unreadable(syn::Error),
    /// A function declared in an `extern` block (written with `pub`, `safe` or `...`, which only
    /// a foreign function may have without a body): it has no Rust body to check. A plain
    /// `fn name();` reads as a trait method, since nothing in its tokens tells the two apart.
    Foreign,
}

/// The kinds of item `#[responds]` may meet instead of a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    Struct,
    Enum,
    Union,
    Trait,
    Impl,
    Module,
    Constant,
    Static,
    TypeAlias,
    Use,
    Other,
}

/// The handler, or why the item is not one.
pub fn parse_handler(item: TokenStream) -> Result<Handler, NotAHandler> {
    // A function's body is the last token tree of the item.
    let written_body = match item.clone().into_iter().last() {
        Some(proc_macro2::TokenTree::Group(group))
            if group.delimiter() == proc_macro2::Delimiter::Brace =>
        {
            Some(group)
        }
        _ => None,
    };
    let function_error = match syn::parse2::<ItemFn>(item.clone()) {
        Ok(function) => {
            let (attrs, inner_attrs) = split_inner(function.attrs);
            return Ok(Handler {
                attrs,
                inner_attrs,
                vis: function.vis,
                sig: function.sig,
                body: Some(*function.block),
                written_body,
            });
        }
        Err(error) => error,
    };
    if let Ok(method) = syn::parse2::<TraitItemFn>(item.clone()) {
        if method.default.is_none() && method.sig.variadic.is_some() {
            return Err(NotAHandler::Foreign);
        }
        let written_body = written_body.filter(|_| method.default.is_some());
        let (attrs, inner_attrs) = split_inner(method.attrs);
        return Ok(Handler {
            attrs,
            inner_attrs,
            vis: Visibility::Inherited,
            sig: method.sig,
            body: method.default,
            written_body,
        });
    }
    let names_fn = item
        .clone()
        .into_iter()
        .any(|tree| matches!(tree, proc_macro2::TokenTree::Ident(ident) if ident == "fn"));
    if names_fn
        && matches!(
            syn::parse2::<ForeignItem>(item.clone()),
            Ok(ForeignItem::Fn(_))
        )
    {
        return Err(NotAHandler::Foreign);
    }
    if names_fn && syn::parse2::<Item>(item.clone()).is_err() {
        return Err(NotAHandler::Unreadable(function_error));
    }
    Err(NotAHandler::Item(match syn::parse2::<Item>(item) {
        Ok(Item::Struct(_)) => ItemKind::Struct,
        Ok(Item::Enum(_)) => ItemKind::Enum,
        Ok(Item::Union(_)) => ItemKind::Union,
        Ok(Item::Trait(_)) => ItemKind::Trait,
        Ok(Item::Impl(_)) => ItemKind::Impl,
        Ok(Item::Mod(_)) => ItemKind::Module,
        Ok(Item::Const(_)) => ItemKind::Constant,
        Ok(Item::Static(_)) => ItemKind::Static,
        Ok(Item::Type(_)) => ItemKind::TypeAlias,
        Ok(Item::Use(_)) => ItemKind::Use,
        _ => ItemKind::Other,
    }))
}

/// The outer attributes, then the inner ones (syn lists a body's `#![..]` after the outer).
fn split_inner(attrs: Vec<Attribute>) -> (Vec<Attribute>, Vec<Attribute>) {
    attrs
        .into_iter()
        .partition(|attr| matches!(attr.style, AttrStyle::Outer))
}

/// `block` (one brace group) with `inner` put back as the first thing inside it.
pub fn with_inner_attrs(inner: &[Attribute], block: TokenStream) -> TokenStream {
    if inner.is_empty() {
        return block;
    }
    let mut trees = block.clone().into_iter();
    match (trees.next(), trees.next()) {
        (Some(TokenTree::Group(group)), None) if group.delimiter() == Delimiter::Brace => {
            let mut inside = quote::quote!(#(#inner)*);
            inside.extend(group.stream());
            let mut braced = Group::new(Delimiter::Brace, inside);
            braced.set_span(group.span());
            TokenTree::Group(braced).into()
        }
        _ => block,
    }
}

impl Handler {
    /// The body as the function is re-emitted with it unchanged: the tokens as written, or
    /// rebuilt with its inner attributes; `;` for a trait method without one.
    pub fn body_tokens(&self) -> TokenStream {
        match (&self.written_body, &self.body) {
            (Some(group), _) => TokenTree::Group(group.clone()).into(),
            (None, Some(body)) => with_inner_attrs(&self.inner_attrs, body.to_token_stream()),
            (None, None) => quote::quote!(;),
        }
    }

    /// The function's name as written, without any `r#`.
    pub fn name(&self) -> String {
        let name = self.sig.ident.to_string();
        name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
    }

    /// The name of the constant that holds the contract: `CREATE_USER_RESPONSES`.
    pub fn responses_const(&self) -> String {
        format!("{}_RESPONSES", self.name().to_uppercase())
    }

    /// True if the function carries `#[track_caller]`.
    pub fn tracks_caller(&self) -> bool {
        self.attrs
            .iter()
            .any(|attr| attr.path().is_ident("track_caller"))
    }

    /// True if the function has documentation of its own (`///` comments or `#[doc = "..."]`);
    /// `#[doc(hidden)]` and other `#[doc(...)]` settings are not documentation.
    pub fn is_documented(&self) -> bool {
        self.attrs
            .iter()
            .any(|attr| attr.path().is_ident("doc") && matches!(attr.meta, syn::Meta::NameValue(_)))
    }

    /// `#[utoipa::path(...)]` (or `#[::utoipa::path(...)]`) among the function's attributes,
    /// with its position: the first one, as utoipa expands only one per function. Under
    /// another name (`use utoipa::path; #[path(...)]`) it is not recognised.
    pub fn utoipa_path(&self) -> Option<(usize, &Attribute)> {
        self.attrs.iter().enumerate().find(|(_, attr)| {
            let segments = &attr.path().segments;
            segments.len() == 2
                && segments[0].ident == "utoipa"
                && segments[1].ident == "path"
                && segments.iter().all(|segment| segment.arguments.is_none())
        })
    }

    /// The return type, unless it is `()` (written or implied).
    pub fn return_type(&self) -> Option<&Type> {
        match &self.sig.output {
            ReturnType::Type(_, ty) if !matches!(ty.as_ref(), Type::Tuple(tuple) if tuple.elems.is_empty()) => {
                Some(ty)
            }
            _ => None,
        }
    }
}

/// A status the handler's success type implies: axum sends a `Json<T>` as 200 OK.
pub struct ImpliedSuccess {
    /// The type as written, to point at; the function's name when it returns nothing.
    pub at: TokenStream,
    /// The type as the user would write it, for messages.
    pub written: String,
    pub entry: &'static Entry,
}

/// The handler's error type as the contract's constant names it, for the checks of its
/// variants.
pub enum ErrorTypeSource<'a> {
    /// `Result<T, ApiError>`, `Result<T, Self>`, `Result<T, <Db as Backend>::Error>`: the
    /// error type as written (the function's lifetimes as `'static`).
    Written {
        error: TokenStream,
        /// The last segment's name, and its generic arguments.
        name: Option<(syn::Ident, TokenStream)>,
        /// The return type with `()` for its success type.
        result: TokenStream,
    },
    /// `Result<T>` through an alias such as `type Result<T, E = ApiError> = ...`: the alias's
    /// path, whose error type the generated code asks the compiler for.
    Alias {
        alias: &'a syn::Path,
        /// The alias with `()` for its success type.
        result: TokenStream,
    },
    /// No `Result`, or an error type the constant cannot name (one made of the function's
    /// own generic parameters, a tuple, `Box<dyn Error>`).
    Unknown,
}

impl ErrorTypeSource<'_> {
    /// The return type as a `Result` with `()` for its success type: what `ErrorOf` and
    /// `ErrorIs` are asked about.
    pub fn result(&self) -> Option<&TokenStream> {
        match self {
            ErrorTypeSource::Written { result, .. } | ErrorTypeSource::Alias { result, .. } => {
                Some(result)
            }
            ErrorTypeSource::Unknown => None,
        }
    }
}

impl Handler {
    /// The success type of the return type: `T` in `Result<T, E>`, or the whole type.
    fn success_type(&self) -> Option<&Type> {
        match &self.sig.output {
            ReturnType::Default => None,
            ReturnType::Type(_, ty) => match result_arguments(ty) {
                Some((ok, _)) => Some(ok),
                None => Some(ty),
            },
        }
    }

    /// The status the success type implies, if it is one of the types that are always sent
    /// with one status. A function that returns nothing is an axum handler answering `()`.
    pub fn implied_success(&self) -> Option<ImpliedSuccess> {
        let Some(ty) = self.success_type() else {
            return match &self.sig.output {
                ReturnType::Default => implied::success_type("()").map(|found| ImpliedSuccess {
                    at: self.sig.ident.to_token_stream(),
                    written: "()".to_owned(),
                    entry: found.status,
                }),
                ReturnType::Type(..) => None,
            };
        };
        let found = success_type_name(ty).and_then(|name| implied::success_type(&name))?;
        Some(ImpliedSuccess {
            at: ty.to_token_stream(),
            written: written(ty),
            entry: found.status,
        })
    }

    /// True for a method that takes `self` in any form.
    pub fn has_receiver(&self) -> bool {
        matches!(self.sig.inputs.first(), Some(FnArg::Receiver(_)))
    }

    /// True if `ident` is one of the function's generic type parameters.
    pub fn is_type_parameter(&self, ident: &syn::Ident) -> bool {
        self.sig
            .generics
            .type_params()
            .any(|param| param.ident == *ident)
    }

    /// The error type of a `Result` return type, as the contract's constant names it.
    pub fn error_type(&self) -> ErrorTypeSource<'_> {
        let ReturnType::Type(_, ty) = &self.sig.output else {
            return ErrorTypeSource::Unknown;
        };
        let Type::Path(result) = ty.as_ref() else {
            return ErrorTypeSource::Unknown;
        };
        if result.qself.is_some() {
            return ErrorTypeSource::Unknown;
        }
        let Some(last) = result.path.segments.last() else {
            return ErrorTypeSource::Unknown;
        };
        let ident = &last.ident;
        let leading = &result.path.leading_colon;
        let modules = result
            .path
            .segments
            .iter()
            .take(result.path.segments.len() - 1);
        match result_arguments(ty) {
            Some((_, Some(error))) => {
                let Some(error) = self.named_outside(error) else {
                    return ErrorTypeSource::Unknown;
                };
                let name = match &error {
                    Type::Path(path) => path
                        .path
                        .segments
                        .last()
                        .map(|last| (last.ident.clone(), last.arguments.to_token_stream())),
                    _ => None,
                };
                let error = error.to_token_stream();
                ErrorTypeSource::Written {
                    result: quote!(#leading #(#modules ::)* #ident<(), #error>),
                    error,
                    name,
                }
            }
            Some((_, None)) => ErrorTypeSource::Alias {
                alias: &result.path,
                result: quote!(#leading #(#modules ::)* #ident<()>),
            },
            None => ErrorTypeSource::Unknown,
        }
    }

    /// `ty` as a constant beside the function can name it: its lifetimes as `'static`; `None`
    /// if it names one of the function's generic type parameters, `impl Trait` or `_`.
    fn named_outside(&self, ty: &Type) -> Option<Type> {
        let generics = &self.sig.generics;
        if mentions_type_parameter(ty.to_token_stream(), generics) {
            return None;
        }
        syn::parse2(named_outside(ty.to_token_stream(), generics)?).ok()
    }

    /// The types of the parameters, as the contract's constant names them to ask the compiler
    /// what each one implies (`Implied::<T>::STATUSES`): whether `T` is an extractor, and
    /// which, is the compiler's answer, not the written name's. The constant stands outside
    /// the function, so the function's own generic parameters become `()` and its lifetimes
    /// `'static`: an extractor whose statuses do not depend on them still answers, and one
    /// that does answers nothing, which is silence, never a wrong status. Parameters written
    /// `impl Trait` are left out, as no constant can name them.
    ///
    /// Types no extractor is written as are left out too, since the question would only cost
    /// the compiler time: a primitive, a slice, an array or a pointer (no crate but
    /// status-core may implement its trait for those, and it does not), and a reference (axum
    /// extracts owned values). A tuple of extractors, which axum accepts as one parameter, is
    /// asked about element by element.
    pub fn request_types(&self) -> Vec<Type> {
        let mut types = Vec::new();
        for input in &self.sig.inputs {
            if let FnArg::Typed(typed) = input {
                push_request_types(&typed.ty, &self.sig.generics, &mut types);
            }
        }
        types
    }
}

/// `ty`, or the elements of a tuple `ty`, as `Handler::request_types` asks about them.
fn push_request_types(ty: &Type, generics: &syn::Generics, types: &mut Vec<Type>) {
    const PRIMITIVES: &[&str] = &[
        "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize", "f32", "f64",
    ];
    match ty {
        Type::Paren(inner) => push_request_types(&inner.elem, generics, types),
        Type::Group(inner) => push_request_types(&inner.elem, generics, types),
        Type::Tuple(tuple) => {
            for element in &tuple.elems {
                push_request_types(element, generics, types);
            }
        }
        Type::Reference(_)
        | Type::Slice(_)
        | Type::Array(_)
        | Type::Ptr(_)
        | Type::FnPtr(_)
        | Type::Never(_) => {}
        Type::Path(path)
            if path.qself.is_none()
                && path
                    .path
                    .get_ident()
                    .is_some_and(|ident| PRIMITIVES.iter().any(|primitive| ident == primitive)) => {
        }
        _ => {
            let named = named_outside(ty.to_token_stream(), generics)
                .and_then(|tokens| syn::parse2(tokens).ok());
            types.extend(named);
        }
    }
}

/// True if `tokens` name one of the function's generic type parameters.
fn mentions_type_parameter(tokens: TokenStream, generics: &syn::Generics) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Group(group) => mentions_type_parameter(group.stream(), generics),
        TokenTree::Ident(ident) => generics.type_params().any(|param| param.ident == ident),
        _ => false,
    })
}

/// `tokens` with the function's generic type parameters as `()` and its lifetimes as
/// `'static`; `None` if they hold `impl` or `_`, which no constant can name.
fn named_outside(tokens: TokenStream, generics: &syn::Generics) -> Option<TokenStream> {
    let mut out = Vec::new();
    let mut after_quote = false;
    for token in tokens {
        let quote_here = matches!(&token, TokenTree::Punct(punct) if punct.as_char() == '\'');
        match token {
            TokenTree::Group(group) => {
                let inner = named_outside(group.stream(), generics)?;
                let mut rewritten = Group::new(group.delimiter(), inner);
                rewritten.set_span(group.span());
                out.push(TokenTree::Group(rewritten));
            }
            TokenTree::Ident(ident) if ident == "impl" || ident == "_" => return None,
            TokenTree::Ident(ident)
                if after_quote
                    && generics
                        .lifetimes()
                        .any(|param| param.lifetime.ident == ident) =>
            {
                out.push(TokenTree::Ident(proc_macro2::Ident::new(
                    "static",
                    ident.span(),
                )));
            }
            TokenTree::Ident(ident)
                if !after_quote && generics.type_params().any(|param| param.ident == ident) =>
            {
                out.push(TokenTree::Group(Group::new(
                    Delimiter::Parenthesis,
                    TokenStream::new(),
                )));
            }
            other => out.push(other),
        }
        after_quote = quote_here;
    }
    Some(out.into_iter().collect())
}

/// Tokens as the user would write them, for messages: `Json<User>`, not `Json < User >`.
pub fn written(tokens: impl ToTokens) -> String {
    let mut text = String::new();
    let mut previous: Option<char> = None;
    for token in tokens.to_token_stream().to_string().split(' ') {
        let first = token.chars().next();
        // Keep a space only between two words (`impl Trait`, `dyn Error`) and after commas.
        let needs_space = matches!(
            (previous, first),
            (Some(p), Some(f)) if (p.is_alphanumeric() || p == '_') && (f.is_alphanumeric() || f == '_')
        ) || previous == Some(',');
        if needs_space {
            text.push(' ');
        }
        text.push_str(token);
        previous = token.chars().last();
    }
    text
}

/// The last segment of a plain type path: `Json<T>` in `axum::Json<T>`.
fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        _ => None,
    }
}

/// `(T, Some(E))` for `Result<T, E>`, `(T, None)` for an alias written `Result<T>`. Aliases
/// are recognised by name: `Result`, or a name ending in it (`ApiResult<T>`, `AppResult<T>`).
fn result_arguments(ty: &Type) -> Option<(&Type, Option<&Type>)> {
    let segment = last_segment(ty)?;
    if !segment.ident.to_string().ends_with("Result") {
        return None;
    }
    let syn::PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    let mut types = arguments.args.iter().filter_map(|argument| match argument {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    });
    let ok = types.next()?;
    Some((ok, types.next()))
}

/// The name a success type is looked up by: the last path segment (`Json`), `str` for
/// `&'static str`, `()`, and for a tuple of response parts, its last element's name. A tuple
/// that starts with a status or a whole response sets the status itself, and implies nothing.
fn success_type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Reference(reference) => success_type_name(&reference.elem),
        Type::Paren(inner) => success_type_name(&inner.elem),
        Type::Tuple(tuple) if tuple.elems.is_empty() => Some("()".to_owned()),
        Type::Tuple(tuple) => {
            let first = tuple.elems.first().and_then(last_segment)?;
            let sets_status = ["StatusCode", "Status", "Response", "Parts"]
                .iter()
                .any(|name| first.ident == name);
            if sets_status {
                None
            } else {
                success_type_name(tuple.elems.last()?)
            }
        }
        _ => last_segment(ty).map(|segment| segment.ident.to_string()),
    }
}
