//! Property test: which mentions in a handler body `#[responds]` asks the compiler about, and
//! under which type. Bodies are generated from the forms real handlers use: the error type by
//! its own name, renamed at module level, renamed or aliased inside the body, as `Self`, a
//! same-named type of another module, unrelated generic types, the function's own generic
//! parameter, variants in every case, each bare, handed to `Err(..)` or built in a closure.
//!
//! The expansion must ask `ErrorIs<Owner, Result>` for exactly the mentions that may be the
//! error type (whose answer the compiler gives, by type), and for no other: a type in that
//! position that is not a type, or misses its generic arguments, would be a compile error in
//! the user's crate. What the compiler answers is covered by the UI suite
//! (`renamed-error-type`, `same-name-type-in-another-module`, `generic-error-type`).

use proptest::prelude::*;
use quote::quote;
use status_macros_impl::{expand_responds, Lang};

/// How a mention names its type.
#[derive(Clone, Copy, Debug)]
enum Owner {
    /// The error type's own name.
    SameName,
    /// A type of the same name in another module.
    OtherModule,
    /// A name given at module level (`use errors::ApiError as AE;`), unknown to the macro.
    ModuleRename,
    /// `use crate::errors::ApiError as Local;` inside the body.
    LocalRename,
    /// `type LocalAlias = crate::errors::ApiError;` inside the body.
    LocalAlias,
    /// `Self`.
    SelfType,
    /// An unrelated generic type (`Cow::Borrowed`).
    Unrelated,
    /// The function's own generic parameter.
    FnGeneric,
}

/// Where the mention stands.
#[derive(Clone, Copy, Debug)]
enum Place {
    Bare,
    InErr,
    InClosure,
}

fn owner() -> impl Strategy<Value = Owner> {
    prop_oneof![
        Just(Owner::SameName),
        Just(Owner::OtherModule),
        Just(Owner::ModuleRename),
        Just(Owner::LocalRename),
        Just(Owner::LocalAlias),
        Just(Owner::SelfType),
        Just(Owner::Unrelated),
        Just(Owner::FnGeneric),
    ]
}

fn place() -> impl Strategy<Value = Place> {
    prop_oneof![
        Just(Place::Bare),
        Just(Place::InErr),
        Just(Place::InClosure)
    ]
}

/// The handler, and the owners the expansion must ask about, in order.
fn handler(error: &str, generic: bool, mentions: &[(Owner, Place, &str)]) -> (String, Vec<String>) {
    let arguments = if generic { " < String >" } else { "" };
    let mut body =
        format!("use crate::errors::{error} as Local; type LocalAlias = crate::errors::{error};");
    let mut expected = Vec::new();
    for (owner, place, variant) in mentions {
        let (path, asked) = match owner {
            Owner::SameName => (error.to_owned(), Some(format!("{error}{arguments}"))),
            Owner::OtherModule => (
                format!("upstream::{error}"),
                Some(format!("upstream :: {error}{arguments}")),
            ),
            Owner::ModuleRename => ("Renamed".to_owned(), None),
            Owner::LocalRename => (
                "Local".to_owned(),
                Some(format!("crate :: errors :: {error}{arguments}")),
            ),
            Owner::LocalAlias => (
                "LocalAlias".to_owned(),
                Some(format!("crate :: errors :: {error}{arguments}")),
            ),
            Owner::SelfType => ("Self".to_owned(), Some("Self".to_owned())),
            Owner::Unrelated => ("Cow".to_owned(), None),
            Owner::FnGeneric => ("G".to_owned(), None),
        };
        // Handed to `Err`, the compiler fixes the type, so any type may be asked about, but
        // never the function's own parameter, which no constant beside it can name.
        let asked = match (place, owner) {
            (_, Owner::FnGeneric) => None,
            (Place::InErr, Owner::ModuleRename) => Some("Renamed".to_owned()),
            (Place::InErr, Owner::Unrelated) => Some("Cow".to_owned()),
            _ => asked,
        };
        body.push_str(&match place {
            Place::Bare => format!("let _ = {path}::{variant};"),
            Place::InErr => format!("if flag {{ return Err({path}::{variant}); }}"),
            Place::InClosure => format!("let _ = found.ok_or_else(|| {path}::{variant}(1))?;"),
        });
        expected.extend(asked);
    }
    let item = format!(
        "fn handler<G>(flag: bool, found: Option<u8>) -> Result<u8, {error}{arguments}> {{ {body} Ok(1) }}"
    );
    (item, expected)
}

/// The owners the expansion asks `ErrorIs` about, in order.
fn asked(expansion: &str) -> Vec<String> {
    expansion
        .split("ErrorIs < ")
        .skip(1)
        .map(|rest| {
            // The owner ends at the comma before the `Result`, outside any angle brackets.
            let mut depth = 0;
            let end = rest
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '<' => depth += 1,
                        '>' => depth -= 1,
                        ',' if depth == 0 => return true,
                        _ => {}
                    }
                    false
                })
                .map_or(rest.len(), |(index, _)| index);
            rest[..end].trim().to_owned()
        })
        .collect()
}

proptest! {
    #[test]
    fn mentions_are_asked_about_by_type_and_only_when_they_may_be_the_error_type(
        error in prop_oneof![Just("ApiError"), Just("E"), Just("Error"), Just("AppErr")],
        generic in any::<bool>(),
        mentions in prop::collection::vec(
            (owner(), place(), prop_oneof![Just("NotFound"), Just("DB"), Just("E409"), Just("Taken")]),
            1..6,
        ),
    ) {
        let (item, expected) = handler(error, generic, &mentions);
        let item: proc_macro2::TokenStream = item.parse().expect("the generated handler lexes");
        let expansion = expand_responds(quote!(200), item, Lang::English).to_string();
        prop_assert!(!expansion.contains("compile_error"), "{expansion}");
        prop_assert_eq!(asked(&expansion), expected, "{}", expansion);
    }
}
