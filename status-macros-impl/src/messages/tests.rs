//! The words: warnings that stay true, opt-in keywords, near misses, Korean particles.

use crate::responds::check_responds;
use crate::test_support::*;
use proc_macro2::TokenStream;
use quote::quote;
use status_table::entries;
use status_table::words::Lang;

/// The warning for 104 must be true on any day it is read: it speaks of the registry the table
/// follows, in the past tense, gives the expiry date as part of that record, and says where the
/// current registry is. It says nothing about today.
#[test]
fn temporary_warning_is_true_on_any_date() {
    for lang in [Lang::English, Lang::Korean] {
        let checked =
            check_status(quote!(104), lang).unwrap_or_else(|errors| panic!("{}", errors[0]));
        let note = checked.warning.expect("a warning").note;
        for needed in [
            status_table::REGISTRY_DATE.to_string(),
            "2026-11-13".to_owned(),
            status_table::REGISTRY_URL.to_owned(),
        ] {
            assert!(note.contains(&needed), "{lang:?}: {note}");
        }
        for stale in [
            "expires 2026",
            "is a temporary",
            "에 만료됩니다",
            "임시 등록 코드로",
        ] {
            assert!(!note.contains(stale), "{lang:?}: {note}");
        }
    }
}

/// The table names each code's opt-in; every one of them is a keyword the macros know, and the
/// codes that need none or have none get none.
#[test]
fn every_opt_in_the_table_names_is_a_keyword() {
    for entry in entries() {
        match entry.opt_in() {
            Some(keyword) => {
                assert!(
                    crate::ast::OptIn::from_keyword(keyword).is_some(),
                    "{keyword}"
                );
                assert!(!entry.state().is_sendable(), "{}", entry.code());
            }
            None => assert!(entry.state().is_sendable() || entry.code() == 306),
        }
    }
}

/// Mistakes found by trying to break the macros, each told what it is.
#[test]
fn near_misses_are_told_what_they_are() {
    let first = |input: TokenStream| {
        let errors = check_status(input, Lang::English).err().expect("refused");
        assert_eq!(errors.len(), 1, "{}", errors[0]);
        errors[0].to_string()
    };
    assert!(first(quote!(concat!("40", "4"))).contains("`concat!(..)` is not expanded"));
    assert!(first(quote!(MY_CONST)).contains("a constant or variable is not evaluated"));
    assert!(first(quote!(2XX)).contains("`2XX` stands for every 2xx status"));
    assert!(first(quote!(2XX)).contains("e.g. 200, 201"));
    assert!(first(quote!(STRICT)).contains("lower case: `strict`"));
    assert!(first(quote!(strict(200))).contains("`strict` is a flag"));
    assert!(first(quote!("200")).contains("without quotes"));
    assert!(first(quote!(allow_unused(MISSPELT))).starts_with("no status code is named"));
    assert!(first(quote!("Not\u{a0}Found")).contains("character 4 of the phrase is U+00A0"));
}

/// No Korean message shows both forms of a particle: each is picked by the sound before it.
#[test]
fn korean_messages_pick_their_particles() {
    let hedges = ["(는)", "(가)", "(를)", "(으)로", "(이)라"];
    let mut inputs: Vec<TokenStream> = (90..=610u16)
        .map(|code| {
            let literal = proc_macro2::Literal::u16_unsuffixed(code);
            quote!(#literal)
        })
        .collect();
    for code in [200u16, 306, 404, 418, 444, 496, 510, 520, 523, 526] {
        let literal = proc_macro2::Literal::u16_unsuffixed(code);
        for opt_in in [
            "allow_unused",
            "allow_nonstandard",
            "allow_obsoleted",
            "allow_deprecated",
        ] {
            let opt_in = proc_macro2::Ident::new(opt_in, proc_macro2::Span::call_site());
            inputs.push(quote!(#opt_in(#literal)));
        }
    }
    inputs.extend([
        quote!(MY_CONST),
        quote!(NOT_FOUN),
        quote!("Not found"),
        quote!(2XX),
        quote!(404u16),
        quote!(strict(200)),
        quote!(Status::NOT_FOUND),
    ]);
    for input in inputs {
        let messages: Vec<String> = match check_status(input.clone(), Lang::Korean) {
            Ok(checked) => checked
                .warning
                .map(|warning| warning.note)
                .into_iter()
                .collect(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        };
        for message in messages {
            for hedge in hedges {
                assert!(!message.contains(hedge), "{input}: {message}");
            }
        }
    }
    let help = |input: TokenStream| {
        check_status(input, Lang::Korean).err().expect("refused")[0].to_string()
    };
    // The codes the issue names, which take 으로.
    assert!(help(quote!(allow_unused(200))).contains("200으로 쓰세요"));
    assert!(help(quote!(allow_unused(496))).contains("allow_nonstandard(496)으로 쓰세요"));
    assert!(help(quote!(allow_unused(510))).contains("allow_obsoleted(510)으로 쓰세요"));
    assert!(help(quote!(520)).contains("allow_nonstandard(520)으로 쓰세요"));
    assert!(help(quote!(523)).contains("allow_nonstandard(523)으로 쓰세요"));
    assert!(help(quote!(526)).contains("allow_nonstandard(526)으로 쓰세요"));
    // And those that take 로.
    assert!(help(quote!(418)).contains("allow_unused(418)로 쓰세요"));
    assert!(help(quote!(444)).contains("allow_nonstandard(444)로 쓰세요"));
    // 306 has no opt-in; its note says so without a hedge.
    assert!(help(quote!(allow_unused(306))).starts_with("306은 허용 표시로도"));
    // References read as Korean cites them, and states as nouns.
    assert!(help(quote!(305))
        .contains("305(Use Proxy)는 사용이 중단된 코드입니다: RFC 9110 15.4.6절에 따라"));
    assert!(help(quote!(allow_unused(200))).starts_with("200 OK는 할당된 코드라"));
}

/// The kind of item #[responds] was put on is named in the message's language.
#[test]
fn item_kinds_are_named_in_korean() {
    for (item, expected) in [
        (
            quote!(
                struct NotAHandler;
            ),
            "#[responds]는 구조체가 아니라",
        ),
        (quote!(impl Users {}), "#[responds]는 impl 블록이 아니라"),
        (
            quote!(
                mod users {}
            ),
            "#[responds]는 모듈이 아니라",
        ),
    ] {
        let errors = check_responds(quote!(200), item, Lang::Korean);
        assert!(errors[0].to_string().starts_with(expected), "{}", errors[0]);
    }
}

/// The `ko` feature picks Korean (`tests/ko_feature.rs` builds and runs this with it).
#[test]
fn ko_feature_selects_the_language() {
    let expected = if cfg!(feature = "ko") {
        Lang::Korean
    } else {
        Lang::English
    };
    assert_eq!(crate::current_lang(), expected);
}
