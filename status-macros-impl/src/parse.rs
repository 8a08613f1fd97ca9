//! Token streams into the model in `ast.rs`. Only the shape is checked here; whether a code is
//! any good is `check.rs`'s business, so that all such errors can be gathered together. Syntax
//! errors are written in the caller's language, so each function takes it.

use std::ops::Range;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Lit, LitStr, Token};

use crate::ast::{
    Code, CodeArg, CrateOverride, DocumentedResponse, DocumentedStatus, ResponsesKey, UtoipaPath,
};
use crate::messages::Speak;
use status_table::words::Lang;

/// The whole input of `status!` and `status_code!`: a comma-separated list of codes, and any
/// `crate = path` overrides among them.
pub struct StatusArgs {
    pub crates: Vec<CrateOverride>,
    pub codes: Vec<CodeArg>,
}

pub fn status_args(tokens: TokenStream, lang: Lang) -> syn::Result<StatusArgs> {
    if let Some(code) = lone_code(&tokens) {
        return Ok(StatusArgs {
            crates: Vec::new(),
            codes: vec![CodeArg { opt_in: None, code }],
        });
    }
    let parse = |input: ParseStream| {
        let mut args = StatusArgs {
            crates: Vec::new(),
            codes: Vec::new(),
        };
        while !input.is_empty() {
            if starts_crate_override(input) {
                args.crates.push(crate_override(input, lang)?);
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

/// The code of an input that is one literal, or one name in capitals (`NOT_FOUND`), as the
/// parser below reads it, without running the parser: most `status!` calls are written so.
/// `None` for anything else, which the parser reads. A keyword is never written in capitals,
/// and `true` and `false`, which the parser reads as literals, are not either.
fn lone_code(tokens: &TokenStream) -> Option<Code> {
    let mut trees = tokens.clone().into_iter();
    let (Some(tree), None) = (trees.next(), trees.next()) else {
        return None;
    };
    match tree {
        TokenTree::Literal(literal) => Some(match Lit::new(literal) {
            Lit::Str(phrase) => Code::Phrase(phrase),
            other => Code::Literal(other),
        }),
        TokenTree::Ident(name) => {
            let text = name.to_string();
            let capitals = text.starts_with(|c: char| c.is_ascii_uppercase())
                && text
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            capitals.then_some(Code::Name(name))
        }
        _ => None,
    }
}

/// `crate` not followed by `::` (which starts a path such as `crate::NOT_FOUND`).
fn starts_crate_override(input: ParseStream) -> bool {
    input.peek(Token![crate]) && !input.peek2(Token![::])
}

/// `crate = path::to::status_core`. Anything else after `crate` is an error at the first token
/// that does not fit.
fn crate_override(input: ParseStream, lang: Lang) -> syn::Result<CrateOverride> {
    let keyword: Token![crate] = input.parse()?;
    if input.is_empty() {
        return Err(syn::Error::new(keyword.span, lang.say().malformed_crate()));
    }
    if !input.peek(Token![=]) {
        return Err(input.error(lang.say().malformed_crate()));
    }
    let equals: Token![=] = input.parse()?;
    if input.peek(LitStr) {
        let quoted: LitStr = input.parse()?;
        return Err(syn::Error::new(
            quoted.span(),
            lang.say().quoted_crate(&quoted.value()),
        ));
    }
    if input.is_empty() {
        return Err(syn::Error::new(equals.span, lang.say().malformed_crate()));
    }
    let path = syn::Path::parse_mod_style(input)
        .map_err(|error| syn::Error::new(error.span(), lang.say().malformed_crate()))?;
    if !input.is_empty() && !input.peek(Token![,]) {
        return Err(input.error(lang.say().malformed_crate()));
    }
    Ok(CrateOverride { keyword, path })
}

pub mod keyword {
    syn::custom_keyword!(strict);
    syn::custom_keyword!(debug_check);
    syn::custom_keyword!(all_errors);
    syn::custom_keyword!(middleware);
    syn::custom_keyword!(any_of);
    syn::custom_keyword!(transparent);
}

/// The arguments of `#[responds(...)]`: codes, plus the flags `strict`, `debug_check` and
/// `all_errors` anywhere in the list.
pub struct RespondsArgs {
    pub crates: Vec<CrateOverride>,
    pub codes: Vec<CodeArg>,
    pub strict: Vec<keyword::strict>,
    pub debug_check: Vec<keyword::debug_check>,
    pub all_errors: Vec<keyword::all_errors>,
    /// `middleware(AUTH, RATE_LIMIT)`, each time it is written.
    pub middleware: Vec<MiddlewareArg>,
}

/// `middleware(AUTH, RATE_LIMIT)`: the constants of the statuses the layers in front of the
/// handler add.
pub struct MiddlewareArg {
    pub keyword: keyword::middleware,
    pub constants: Vec<syn::Path>,
}

pub fn responds_args(tokens: TokenStream, lang: Lang) -> syn::Result<RespondsArgs> {
    let parse = |input: ParseStream| {
        let mut args = RespondsArgs {
            crates: Vec::new(),
            codes: Vec::new(),
            strict: Vec::new(),
            debug_check: Vec::new(),
            all_errors: Vec::new(),
            middleware: Vec::new(),
        };
        while !input.is_empty() {
            if starts_crate_override(input) {
                args.crates.push(crate_override(input, lang)?);
                if at_end_after_comma(input, lang)? {
                    break;
                }
                continue;
            }
            let lookahead = input.lookahead1();
            if lookahead.peek(keyword::strict) {
                args.strict.push(input.parse()?);
                no_code_after_flag(input, "strict", lang)?;
            } else if lookahead.peek(keyword::debug_check) {
                args.debug_check.push(input.parse()?);
                no_code_after_flag(input, "debug_check", lang)?;
            } else if lookahead.peek(keyword::all_errors) {
                args.all_errors.push(input.parse()?);
                no_code_after_flag(input, "all_errors", lang)?;
            } else if lookahead.peek(keyword::middleware) {
                args.middleware.push(middleware_arg(input, lang)?);
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

/// The flags of `#[responds]`, which stand alone in its list.
pub const FLAGS: [&str; 3] = ["strict", "debug_check", "all_errors"];

/// `middleware(AUTH, RATE_LIMIT)`: paths, separated by commas.
fn middleware_arg(input: ParseStream, lang: Lang) -> syn::Result<MiddlewareArg> {
    let keyword: keyword::middleware = input.parse()?;
    if !input.peek(syn::token::Paren) {
        return Err(syn::Error::new(
            keyword.span,
            lang.say().middleware_without_list(),
        ));
    }
    let content;
    syn::parenthesized!(content in input);
    let constants = content.parse_terminated(syn::Path::parse_mod_style, Token![,]);
    let constants = constants
        .map_err(|error| syn::Error::new(error.span(), lang.say().middleware_without_list()))?;
    Ok(MiddlewareArg {
        keyword,
        constants: constants.into_iter().collect(),
    })
}

/// `strict(200)`: a flag written as if it wrapped a code.
fn no_code_after_flag(input: ParseStream, flag: &str, lang: Lang) -> syn::Result<()> {
    if input.peek(syn::token::Paren) {
        let group: proc_macro2::Group = input.parse()?;
        return Err(syn::Error::new(
            group.span(),
            lang.say().flag_with_code(flag),
        ));
    }
    Ok(())
}

/// The argument of a `#[status(...)]` attribute under `#[derive(ResponseStatus)]`.
pub enum StatusAttr {
    /// `#[status(transparent)]`: the status of the one wrapped value.
    Transparent(keyword::transparent),
    /// `#[status(404)]`, by number, name or phrase, possibly inside an opt-in. Any codes after
    /// the first are kept so the check can point at them.
    Codes(Vec<CodeArg>),
    /// `#[status(crate = my_core)]`: the derive's container attribute, alone in its attribute.
    Crate(CrateOverride),
    /// `#[status(any_of(400, 422))]`: the status the one field carries, chosen at run time,
    /// among these.
    AnyOf(keyword::any_of, Vec<CodeArg>),
}

pub fn status_attr(tokens: TokenStream, lang: Lang) -> syn::Result<StatusAttr> {
    let parse = |input: ParseStream| {
        if input.peek(keyword::transparent) {
            let keyword: keyword::transparent = input.parse()?;
            if !input.is_empty() {
                return Err(input.error(lang.say().transparent_alone()));
            }
            return Ok(StatusAttr::Transparent(keyword));
        }
        if starts_crate_override(input) {
            let found = crate_override(input, lang)?;
            if !input.is_empty() {
                return Err(input.error(lang.say().crate_attr_alone()));
            }
            return Ok(StatusAttr::Crate(found));
        }
        if input.peek(keyword::any_of) && input.peek2(syn::token::Paren) {
            let keyword: keyword::any_of = input.parse()?;
            let content;
            syn::parenthesized!(content in input);
            let mut codes = Vec::new();
            while !content.is_empty() {
                codes.push(code_arg(&content, lang)?);
                if at_end_after_comma(&content, lang)? {
                    break;
                }
            }
            if !input.is_empty() {
                return Err(input.error(lang.say().any_of_alone()));
            }
            return Ok(StatusAttr::AnyOf(keyword, codes));
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
        return Err(input.error(lang.say().code_is_one_token()));
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
        return Err(content.error(lang.say().nested_opt_in()));
    }
    let code = code(&content, lang)?;
    if !content.is_empty() {
        return Err(content.error(lang.say().one_code_per_opt_in()));
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
    if input.peek(Ident) && input.peek2(Token![!]) {
        return Ok(Code::Macro(input.parse()?));
    }
    if input.peek(Token![::]) || (input.peek(Ident) && input.peek2(Token![::])) {
        return Ok(Code::Path(input.parse()?));
    }
    if input.peek(Ident) {
        return Ok(Code::Name(input.parse()?));
    }
    Err(input.error(lang.say().expected_code()))
}

/// Reads `#[utoipa::path(...)]` for its `responses(...)`. Only what `#[responds]` compares is
/// read; nothing here reports an error, since utoipa reports its own syntax errors when it
/// expands. `None` for the `#[utoipa::path = ...]` form, which utoipa refuses.
pub fn utoipa_path(index: usize, attr: &syn::Attribute) -> Option<UtoipaPath> {
    let args: Vec<TokenTree> = match &attr.meta {
        syn::Meta::List(list) => list.tokens.clone().into_iter().collect(),
        syn::Meta::Path(_) => Vec::new(),
        syn::Meta::NameValue(_) => return None,
    };
    let responses = top_level(&args)
        .into_iter()
        .filter_map(|key| match &args[key.clone()] {
            [TokenTree::Ident(word), TokenTree::Group(group)]
                if word == "responses" && group.delimiter() == Delimiter::Parenthesis =>
            {
                Some(ResponsesKey {
                    key: word.clone(),
                    at: key.start + 1,
                    group: group.clone(),
                    entries: documented_responses(group.stream()),
                })
            }
            _ => None,
        })
        .collect();
    Some(UtoipaPath {
        index,
        args,
        responses,
    })
}

/// The comma-separated pieces of a list of `key = value` and `key(...)` items, as ranges of
/// `tokens`, empty ones left out. A comma inside `<...>` (`body = HashMap<String, User>`)
/// separates nothing.
pub fn top_level(tokens: &[TokenTree]) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut angles = 0usize;
    let mut previous: Option<&proc_macro2::Punct> = None;
    for (position, token) in tokens.iter().enumerate() {
        if let TokenTree::Punct(punct) = token {
            // `->` and `=>` close no angle bracket.
            let arrow = previous.is_some_and(|previous| {
                previous.spacing() == Spacing::Joint && matches!(previous.as_char(), '-' | '=')
            });
            match punct.as_char() {
                '<' => angles += 1,
                '>' if !arrow => angles = angles.saturating_sub(1),
                ',' if angles == 0 => {
                    if position > start {
                        pieces.push(start..position);
                    }
                    start = position + 1;
                }
                _ => {}
            }
            previous = Some(punct);
        } else {
            previous = None;
        }
    }
    if tokens.len() > start {
        pieces.push(start..tokens.len());
    }
    pieces
}

/// The entries of `responses(...)` as utoipa tells them apart: a path is a type implementing
/// `IntoResponses`, anything else must be a parenthesised tuple. `None` if they cannot be read
/// that way.
fn documented_responses(tokens: TokenStream) -> Option<Vec<DocumentedResponse>> {
    let parse = |input: ParseStream| {
        let mut entries = Vec::new();
        while !input.is_empty() {
            if input.fork().parse::<syn::ExprPath>().is_ok() {
                entries.push(DocumentedResponse::IntoResponses(input.parse()?));
            } else {
                match input.parse::<TokenTree>()? {
                    TokenTree::Group(group) if group.delimiter() == Delimiter::Parenthesis => {
                        let status = tuple_status(&group)
                            .ok_or_else(|| syn::Error::new(group.span(), "unreadable"))?;
                        entries.push(DocumentedResponse::Tuple { group, status });
                    }
                    other => return Err(syn::Error::new(other.span(), "unreadable")),
                }
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(entries)
    };
    parse.parse2(tokens).ok()
}

/// The status of a response tuple: `Some(None)` if it has none, `None` if the tuple is not a
/// list of `key = value` and `key(...)` items. When `status` is given twice, utoipa keeps the
/// last, and so does this.
fn tuple_status(group: &proc_macro2::Group) -> Option<Option<DocumentedStatus>> {
    let tokens: Vec<TokenTree> = group.stream().into_iter().collect();
    let mut status = None;
    for item in top_level(&tokens) {
        let item = &tokens[item];
        let TokenTree::Ident(key) = &item[0] else {
            return None;
        };
        if key != "status" {
            continue;
        }
        match item.get(1) {
            Some(TokenTree::Punct(equals)) if equals.as_char() == '=' => {}
            _ => return None,
        }
        status = Some(documented_status(item[2..].iter().cloned().collect()));
    }
    Some(status)
}

fn documented_status(value: TokenStream) -> DocumentedStatus {
    if let Ok(lit) = syn::parse2::<Lit>(value.clone()) {
        return match lit {
            Lit::Int(int) => DocumentedStatus::Int(int),
            Lit::Str(string) => DocumentedStatus::Str(string),
            other => DocumentedStatus::Other(other.to_token_stream()),
        };
    }
    match syn::parse2::<syn::Path>(value.clone()) {
        Ok(path)
            if path
                .segments
                .iter()
                .all(|segment| segment.arguments.is_none()) =>
        {
            DocumentedStatus::Name(path)
        }
        _ => DocumentedStatus::Other(value),
    }
}
