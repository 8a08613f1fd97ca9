//! `status!` and `status_code!`: what a written code becomes, and every way one is refused.

use crate::status::expand_status;
use crate::test_support::*;
use proc_macro2::TokenStream;
use quote::quote;
use status_table::words::Lang;
use status_table::{entries, lookup, State};

fn accepted_code(input: TokenStream) -> u16 {
    match check_status(input, Lang::English) {
        Ok(checked) => checked.entry.code(),
        Err(errors) => panic!(
            "expected success, got {:?}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>()
        ),
    }
}

#[test]
fn every_sendable_code_resolves_by_number_name_and_phrase() {
    for entry in entries().iter().filter(|entry| entry.state().is_sendable()) {
        let code = proc_macro2::Literal::u16_unsuffixed(entry.code());
        let name = syn::Ident::new(entry.constant().unwrap(), proc_macro2::Span::call_site());
        let phrase = entry.reason();
        assert_eq!(accepted_code(quote!(#code)), entry.code());
        assert_eq!(accepted_code(quote!(#name)), entry.code());
        assert_eq!(accepted_code(quote!(#phrase)), entry.code());
    }
}

#[test]
fn sendable_codes_expand_to_their_public_constant() {
    let expansion = expand_status(quote!(404), Lang::English).to_string();
    assert_eq!(expansion, ":: status_core :: Status :: NOT_FOUND");
    let expansion = expand_status(quote!("Created"), Lang::English).to_string();
    assert_eq!(expansion, ":: status_core :: Status :: CREATED");
}

#[test]
fn opted_in_codes_expand_to_the_checked_code_path() {
    let expansion = expand_status(quote!(allow_nonstandard(444)), Lang::English).to_string();
    assert_eq!(
        expansion,
        ":: status_core :: __private :: Code :: < 444 > :: STATUS"
    );
}

#[test]
fn every_refused_listed_code_is_refused_alone_and_cites_its_document() {
    for entry in entries()
        .iter()
        .filter(|entry| !entry.state().is_sendable())
    {
        let code = proc_macro2::Literal::u16_unsuffixed(entry.code());
        let message = single_error(quote!(#code));
        let first_line = message.lines().next().unwrap();
        assert!(
            first_line.starts_with(&entry.code().to_string()),
            "{message}"
        );
        match entry.state() {
            State::NonStandard { used_by } => {
                assert!(
                    first_line.contains("not a standard status code"),
                    "{message}"
                );
                assert!(first_line.contains(used_by), "{message}");
                assert!(first_line.contains("2025-09-15"), "{message}");
            }
            state => {
                assert!(first_line.contains(state.label()), "{message}");
                assert!(
                    first_line.contains(&entry.reference().to_string()),
                    "{message}"
                );
            }
        }
        assert!(message.contains("help:"), "no advice in {message}");
    }
}

#[test]
fn opt_ins_let_exactly_their_state_through() {
    assert_eq!(accepted_code(quote!(allow_nonstandard(444))), 444);
    assert_eq!(
        accepted_code(quote!(allow_nonstandard(CLIENT_CLOSED_REQUEST))),
        499
    );
    assert_eq!(accepted_code(quote!(allow_unused(418))), 418);
    assert_eq!(accepted_code(quote!(allow_unused(IM_A_TEAPOT))), 418);
    assert_eq!(accepted_code(quote!(allow_deprecated(305))), 305);
    assert_eq!(accepted_code(quote!(allow_obsoleted(510))), 510);

    let wrong = single_error(quote!(allow_nonstandard(305)));
    assert!(
        wrong.starts_with("305 is deprecated, so allow_nonstandard does not apply"),
        "{wrong}"
    );
    assert!(wrong.contains("write allow_deprecated(305)"), "{wrong}");
    let needless = single_error(quote!(allow_deprecated(404)));
    assert!(
        needless.starts_with("404 Not Found is assigned and needs no opt-in"),
        "{needless}"
    );
    let none = single_error(quote!(allow_unused(306)));
    assert!(none.starts_with("306 cannot be opted into"), "{none}");
}

#[test]
fn the_number_written_is_the_number_checked() {
    for written in [
        quote!(306),
        quote!(3_06),
        quote!(0x132),
        quote!(0o462),
        quote!(0b100110010),
    ] {
        let message = single_error(written);
        assert!(
            message.starts_with("306 is unused: RFC 9110 section 15.4.7"),
            "{message}"
        );
        assert!(message.contains("307 Temporary Redirect"), "{message}");
    }
}

#[test]
fn malformed_input_is_refused_with_its_own_message() {
    let cases = [
        (quote!(600), "600 is not an HTTP status code"),
        (quote!(99), "99 is not an HTTP status code"),
        (quote!(0), "0 is not an HTTP status code"),
        (
            quote!(100000000000000000000000000000000000000000),
            "is not an HTTP status code",
        ),
        (quote!(-404), "status codes are never negative"),
        (quote!(404u16), "remove the `u16` suffix"),
        (quote!(404.0), "a status code is a whole number"),
        (quote!('4'), "a status code is a whole number"),
        (quote!(true), "a status code is a whole number"),
        (quote!(b"404"), "a status code is a whole number"),
        (quote!(), "status! needs one code"),
        (quote!(Status::OK), "write the constant's name alone"),
        (
            quote!(NOT_FOUN),
            "did you mean `NOT_FOUND` (404 Not Found)?",
        ),
        (quote!(not_found), "did you mean `NOT_FOUND`"),
        (quote!("Not found"), "did you mean \"Not Found\" (404)?"),
        (
            quote!(allow_nonstd(444)),
            "did you mean `allow_nonstandard`?",
        ),
        (quote!(+), "expected a status code"),
        (
            quote!(allow_unused(allow_unused(418))),
            "opt-ins do not nest",
        ),
    ];
    for (input, expected) in cases {
        let shown = input.to_string();
        let message = errors(input).join("\n");
        assert!(message.contains(expected), "status!({shown}): {message}");
    }
}

#[test]
fn unassigned_codes_name_the_registry_date_and_their_neighbours() {
    let message = single_error(quote!(299));
    assert!(message.starts_with("299 is not assigned"), "{message}");
    assert!(message.contains("as of 2025-09-15"), "{message}");
    assert!(message.contains("226 IM Used"), "{message}");
    let message = single_error(quote!(420));
    assert!(
        message.contains("417 Expectation Failed and 421 Misdirected Request"),
        "{message}"
    );
}

#[test]
fn every_error_of_one_invocation_is_reported() {
    let all = errors(quote!(306, 418));
    assert_eq!(all.len(), 3, "{all:#?}");
    assert!(all[0].starts_with("status! takes exactly one code"));
    assert!(all[1].starts_with("306 is unused"));
    assert!(all[2].starts_with("418 is unused"));
    // A misspelt opt-in around an unassigned code shows both mistakes.
    assert_eq!(errors(quote!(allow_nonstd(299))).len(), 2);
}

#[test]
fn discouraged_temporary_and_former_names_warn_without_failing() {
    for (input, code, note) in [
        (
            quote!(102),
            102,
            "102 Processing is discouraged: RFC 4918 dropped it",
        ),
        (
            quote!(104),
            104,
            "was a temporary registration in the IANA registry of 2025-09-15",
        ),
        (quote!("Payload Too Large"), 413, "is a former name of 413"),
        (
            quote!(REQUEST_ENTITY_TOO_LARGE),
            413,
            "\"Content Too Large\"",
        ),
        (quote!(UNPROCESSABLE_ENTITY), 422, "is a former name of 422"),
    ] {
        let checked = match check_status(input, Lang::English) {
            Ok(checked) => checked,
            Err(errors) => panic!("{}", errors[0]),
        };
        assert_eq!(checked.entry.code(), code);
        let warning = checked.warning.expect("a warning");
        assert!(warning.note.contains(note), "{}", warning.note);
    }
    let expansion = expand_status(quote!(102), Lang::English).to_string();
    assert!(expansion.contains("# [deprecated (note ="), "{expansion}");
    assert!(
        expansion.contains("macro_rules ! discouraged_status"),
        "{expansion}"
    );
}

#[test]
fn no_u16_makes_the_macro_panic() {
    for code in 0..=u16::MAX {
        let literal = proc_macro2::Literal::u16_unsuffixed(code);
        let result = check_status(quote!(#literal), Lang::English);
        assert_eq!(
            result.is_ok(),
            lookup(code).is_some_and(|entry| entry.state().is_sendable())
        );
    }
}

#[test]
fn korean_diagnostics_carry_the_same_facts() {
    let Err(errors) = check_status(quote!(306), Lang::Korean) else {
        panic!("306 accepted");
    };
    let message = errors[0].to_string();
    assert!(
        message.contains("306은 사용하지 않는 코드입니다"),
        "{message}"
    );
    assert!(message.contains("RFC 9110 15.4.7절"), "{message}");
    assert!(!message.contains("(는)"), "{message}");
    assert!(message.contains("307 Temporary Redirect"), "{message}");

    let Err(errors) = check_status(quote!(299), Lang::Korean) else {
        panic!("299 accepted");
    };
    assert!(
        errors[0].to_string().contains("할당되지 않은 코드"),
        "{}",
        errors[0]
    );

    // Syntax errors follow the caller's language too, not only the `ko` feature.
    let Err(errors) = check_status(quote!(400 + 4), Lang::Korean) else {
        panic!("an expression accepted");
    };
    assert!(
        errors[0].to_string().contains("식은 쓸 수 없습니다"),
        "{}",
        errors[0]
    );
    let Err(errors) = check_status(quote!(+), Lang::Korean) else {
        panic!("`+` accepted");
    };
    assert!(
        errors[0].to_string().starts_with("상태 코드가 와야 합니다"),
        "{}",
        errors[0]
    );

    let Ok(checked) = check_status(quote!(102), Lang::Korean) else {
        panic!("102 refused");
    };
    assert!(checked.warning.unwrap().note.contains("사용을 자제"));
}
