//! Property test: arbitrary token streams (literals of every kind and suffix, huge numbers,
//! punctuation, idents, nested groups) fed to the macros' check and expand functions. They must
//! never panic, must expand the same input to the same tokens, and every error must point
//! inside the input, or at the call site when there is no token to point at.
//!
//! `cargo test` runs proptest's default number of cases. The long run:
//! `PROPTEST_CASES=1000000 cargo test --release -p status-macros-impl --test arbitrary_input`.

use std::ops::Range;
use std::str::FromStr;

use proc_macro2::{Span, TokenStream, TokenTree};
use proptest::prelude::*;
use status_macros_impl::{
    check_derive, check_responds, check_status, expand_derive, expand_responds, expand_status, Lang,
};

/// Names the macros treat specially, mixed with random ones.
const KNOWN_IDENTS: &[&str] = &[
    "NOT_FOUND",
    "OK",
    "CONTENT_TOO_LARGE",
    "PAYLOAD_TOO_LARGE",
    "UNPROCESSABLE_ENTITY",
    "IM_A_TEAPOT",
    "SWITCH_PROXY",
    "CLIENT_CLOSED_REQUEST",
    "PROCESSING",
    "allow_nonstandard",
    "allow_unused",
    "allow_deprecated",
    "allow_obsoleted",
    "allow_nonstd",
    "strict",
    "debug_check",
    "all_errors",
    "middleware",
    "any_of",
    "transparent",
    "ApiError",
    "Err",
    "status",
    "Status",
    "StatusCode",
    "http",
    "from_u16",
    "from_code",
    "self",
    "fn",
    "async",
    "true",
    "r#type",
];

const SUFFIXES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32",
    "f64", "_u16", "foo",
];

const PHRASES: &[&str] = &[
    "Not Found",
    "Not found",
    "Payload Too Large",
    "I'm a teapot",
    "(Unused)",
    "Client Closed Request",
    "",
    "OK",
    "Content Too Large",
    "404",
];

fn literal() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..1100).prop_map(|code| code.to_string()),
        (0u32..1100, prop::sample::select(SUFFIXES))
            .prop_map(|(code, suffix)| format!("{code}{suffix}")),
        (0u32..1100).prop_map(|code| format!("{code:#x}")),
        (0u32..1100).prop_map(|code| format!("{code:#o}")),
        (0u32..1100).prop_map(|code| format!("{code:#b}")),
        (0u32..1100).prop_map(|code| code
            .to_string()
            .chars()
            .flat_map(|digit| [digit, '_'])
            .collect::<String>()),
        any::<u128>().prop_map(|number| number.to_string()),
        Just("340282366920938463463374607431768211456999".to_owned()),
        any::<f64>()
            .prop_filter("finite", |float| float.is_finite())
            .prop_map(|float| format!("{float:?}")),
        Just("4e2".to_owned()),
        Just("404.".to_owned()),
        prop::sample::select(PHRASES).prop_map(|phrase| format!("{phrase:?}")),
        any::<String>().prop_map(|text| format!("{text:?}")),
        any::<char>().prop_map(|c| format!("{c:?}")),
        prop::sample::select(PHRASES).prop_map(|phrase| format!("b{phrase:?}")),
        prop::sample::select(PHRASES).prop_map(|phrase| format!("c{phrase:?}")),
        prop::sample::select(PHRASES).prop_map(|phrase| format!("r#\"{phrase}\"#")),
    ]
}

fn ident() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(KNOWN_IDENTS).prop_map(str::to_owned),
        "[a-zA-Z_][a-zA-Z0-9_]{0,12}".prop_filter("not a lone underscore", |name| name != "_"),
    ]
}

fn punct() -> impl Strategy<Value = String> {
    prop::sample::select(
        &[
            ",", ",", ";", ":", "::", "-", "+", "*", "/", "!", "?", "#", "@", ".", "&", "|", "=",
            "==", "<", ">", "$", "%", "^", "~", "=>",
        ][..],
    )
    .prop_map(str::to_owned)
}

/// The source text of a token tree, nested up to a few levels deep.
fn token_tree() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![4 => literal(), 3 => ident(), 3 => punct()];
    leaf.prop_recursive(4, 48, 6, |inner| {
        (
            prop::sample::select(&[("(", ")"), ("[", "]"), ("{", "}")][..]),
            prop::collection::vec(inner, 0..6),
        )
            .prop_map(|((open, close), trees)| format!("{open} {} {close}", trees.join(" ")))
    })
}

/// One list element shaped like what users write: a literal or name, a negated literal, an
/// opt-in wrapping one, a `middleware(...)` or `any_of(...)` list, or a random token tree now
/// and then.
fn code_arg() -> impl Strategy<Value = String> {
    let code = prop_oneof![
        6 => literal(),
        3 => ident(),
        1 => literal().prop_map(|literal| format!("-{literal}")),
        1 => ident().prop_map(|name| format!("Status::{name}")),
    ];
    let constant = prop_oneof![3 => ident(), 1 => ident().prop_map(|name| format!("layers::{name}")), 1 => token_tree()];
    prop_oneof![
        6 => code.clone(),
        3 => (ident(), code.clone()).prop_map(|(keyword, code)| format!("{keyword}({code})")),
        1 => prop::collection::vec(constant, 0..4)
            .prop_map(|constants| format!("middleware({})", constants.join(", "))),
        1 => prop::collection::vec(code, 0..4)
            .prop_map(|codes| format!("any_of({})", codes.join(", "))),
        1 => token_tree(),
    ]
}

/// Half the time a comma-separated list shaped like real input (so the checks run, not just the
/// parser), half the time any token soup.
fn token_stream() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(code_arg(), 0..5)
            .prop_flat_map(|args| (Just(args), any::<bool>()))
            .prop_map(|(args, trailing)| args.join(", ") + if trailing { "," } else { "" }),
        prop::collection::vec(token_tree(), 0..8).prop_map(|trees| trees.join(" ")),
    ]
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::English), Just(Lang::Korean)]
}

/// The byte range every token of `tokens` lies in, or `None` for an empty stream.
fn extent(tokens: &TokenStream) -> Option<Range<usize>> {
    let mut ranges = tokens.clone().into_iter().flat_map(|tree| {
        let range = tree.span().byte_range();
        match tree {
            TokenTree::Group(group) => vec![
                range,
                group.span_open().byte_range(),
                group.span_close().byte_range(),
            ],
            _ => vec![range],
        }
    });
    let first = ranges.next()?;
    Some(ranges.fold(first, |all, range| {
        all.start.min(range.start)..all.end.max(range.end)
    }))
}

fn inside(span: Span, allowed: &[Option<Range<usize>>]) -> bool {
    let range = span.byte_range();
    allowed
        .iter()
        .flatten()
        .any(|extent| extent.start <= range.start && range.end <= extent.end)
}

fn at_call_site(span: Span) -> bool {
    span.byte_range() == Span::call_site().byte_range()
}

/// The call site is where the attribute is: the right place only for errors about the attribute
/// as a whole (an empty list, an item that is not a function), which all start by naming it.
fn about_the_whole_attribute(error: &syn::Error) -> bool {
    at_call_site(error.span()) && error.to_string().starts_with("#[responds]")
}

/// Lexes generated text; text that is not a token stream (a stray quote) is skipped. Each lexed
/// text counts byte offsets from 0, like the call site's `0..0`, so a comment in front keeps
/// every real token clear of it.
fn lex(text: &str) -> Option<TokenStream> {
    TokenStream::from_str(&format!("/* offset */ {text}")).ok()
}

/// An attribute's arguments and its item, lexed as one text so their offsets never overlap.
fn lex_pair(attr: &str, item: &str) -> Option<(TokenStream, TokenStream)> {
    let mut trees = lex(&format!("[{attr}] {item}"))?.into_iter();
    let Some(TokenTree::Group(attr)) = trees.next() else {
        return None;
    };
    Some((attr.stream(), trees.collect()))
}

const HANDLER: &str = "async fn handler(id: u32) -> Result<Status, Error> { \
    let check = |s| s == Status::OK; \
    if id == 0 { return Ok(status!(404)); } \
    Ok(Status::CREATED) }";

proptest! {
    #[test]
    fn status_never_panics_and_points_inside_its_input(text in token_stream(), lang in lang()) {
        let Some(input) = lex(&text) else { return Ok(()) };
        let allowed = [extent(&input)];
        if let Err(errors) = check_status(input.clone(), lang) {
            for error in &errors {
                // With no token at all, the call site is the only place to point.
                let empty = allowed[0].is_none() && at_call_site(error.span());
                prop_assert!(empty || inside(error.span(), &allowed), "{text:?}: {error} at {:?}", error.span().byte_range());
            }
        }
        let first = expand_status(input.clone(), lang).to_string();
        prop_assert_eq!(first, expand_status(input, lang).to_string());
    }

    #[test]
    fn responds_never_panics_on_any_list(text in token_stream(), lang in lang()) {
        let Some((attr, item)) = lex_pair(&text, HANDLER) else { return Ok(()) };
        let allowed = [extent(&attr), extent(&item)];
        for error in check_responds(attr.clone(), item.clone(), lang) {
            prop_assert!(about_the_whole_attribute(&error) || inside(error.span(), &allowed), "{text:?}: {error}");
        }
        let first = expand_responds(attr.clone(), item.clone(), lang).to_string();
        prop_assert_eq!(first, expand_responds(attr, item, lang).to_string());
    }

    #[test]
    fn responds_never_panics_on_any_item(text in token_stream(), lang in lang()) {
        const LIST: &str = "201, 404, strict, debug_check";
        let Some((attr, item)) = lex_pair(LIST, &text) else { return Ok(()) };
        let allowed = [extent(&attr), extent(&item)];
        for error in check_responds(attr.clone(), item.clone(), lang) {
            prop_assert!(about_the_whole_attribute(&error) || inside(error.span(), &allowed), "{text:?}: {error}");
        }
        let (attr, wrapped) = lex_pair(LIST, &format!("fn wrapped() -> Status {{ {text} }}")).expect("braces balance");
        let allowed = [extent(&attr), extent(&wrapped)];
        for error in check_responds(attr.clone(), wrapped, lang) {
            prop_assert!(inside(error.span(), &allowed), "fn body {text:?}: {error}");
        }
    }

    #[test]
    fn the_derive_never_panics_on_any_status_attribute(text in token_stream(), lang in lang()) {
        let item = format!("enum ApiError {{ #[status(404)] Fine, #[status({text})] Written(u8) }}");
        let Some(input) = lex(&item) else { return Ok(()) };
        let allowed = [extent(&input)];
        for error in check_derive(input.clone(), lang) {
            prop_assert!(inside(error.span(), &allowed), "{text:?}: {error}");
        }
        let first = expand_derive(input.clone(), lang).to_string();
        prop_assert_eq!(first, expand_derive(input, lang).to_string());
    }

    #[test]
    fn the_derive_never_panics_on_any_item(text in token_stream(), lang in lang()) {
        let Some(input) = lex(&text) else { return Ok(()) };
        let first = expand_derive(input.clone(), lang).to_string();
        prop_assert_eq!(first, expand_derive(input, lang).to_string());
    }

    #[test]
    fn responds_never_panics_on_any_return_type_or_parameter(text in token_stream(), lang in lang()) {
        let item = format!("async fn handler(Json(body): {text}) -> Result<{text}, ApiError> {{ Err(ApiError::Gone) }}");
        let Some((attr, item)) = lex_pair("200, strict, all_errors", &item) else { return Ok(()) };
        let allowed = [extent(&attr), extent(&item)];
        for error in check_responds(attr.clone(), item.clone(), lang) {
            prop_assert!(about_the_whole_attribute(&error) || inside(error.span(), &allowed), "{text:?}: {error}");
        }
        let first = expand_responds(attr.clone(), item.clone(), lang).to_string();
        prop_assert_eq!(first, expand_responds(attr, item, lang).to_string());
    }
}
