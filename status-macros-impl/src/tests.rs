//! Unit tests of the parse, check and expand functions, run without a compiler.

use proc_macro2::TokenStream;
use quote::quote;
use status_table::{entries, lookup, State};

use crate::check::Checked;
use crate::status::{check_status_input, expand_status};
use status_table::words::Lang;

/// `status!(input)` checked, without the root of its path.
fn check_status(input: TokenStream, lang: Lang) -> Result<Checked, Vec<syn::Error>> {
    check_status_input(input, lang).map(|(_, checked)| checked)
}

/// The messages of every error `status!(input)` reports, in English.
fn errors(input: TokenStream) -> Vec<String> {
    match check_status(input, Lang::English) {
        Ok(checked) => panic!("expected errors, got {}", checked.entry.code()),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn single_error(input: TokenStream) -> String {
    let mut errors = errors(input);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.remove(0)
}

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

// ----- #[responds] -----

use crate::responds::{check_responds, expand_responds};
use crate::scan::answers;

/// The codes the scanner finds in `body`, in order.
fn scanned(body: TokenStream) -> Vec<u16> {
    let block: syn::Block = syn::parse2(quote!({ #body })).expect("a block");
    answers(&block)
        .statuses
        .iter()
        .map(|mention| mention.entry.code())
        .collect()
}

#[test]
fn the_scanner_sees_every_way_of_naming_a_status() {
    assert_eq!(
        scanned(quote! {
            let a = status!(404);
            let b = Status::CREATED;
            let c = StatusCode::CONFLICT;
            let d = http::StatusCode::PAYLOAD_TOO_LARGE;
            let e = ::http::StatusCode::from_u16(422).unwrap();
            let f = Status::from_code(503);
            let g = status!(NOT_FOUND);
            let h = status!("Gone");
            let i = status!(allow_nonstandard(499));
        }),
        [404, 201, 409, 413, 422, 503, 404, 410, 499]
    );
}

#[test]
fn the_scanner_looks_inside_closures_and_async_blocks() {
    assert_eq!(
        scanned(quote! {
            let on_error = |_| Status::BAD_REQUEST;
            let later = async move { status!(202) };
            let nested = || async { || StatusCode::IM_A_TEAPOT };
        }),
        [400, 202, 418]
    );
}

#[test]
fn the_scanner_skips_what_reads_a_status_rather_than_producing_it() {
    assert_eq!(
        scanned(quote! {
            match upstream {
                status!(404) | Status::GONE => {}
                _ => {}
            }
            if upstream == Status::SERVICE_UNAVAILABLE || upstream != status!(502) {}
            #[responds(500)]
            fn nested() -> Status { status!(500) }
            assert_eq!(upstream, Status::OK);
            let by_variable = StatusCode::from_u16(code);
            let not_a_status = Other::NOT_FOUND;
            let method = Status::from_code;
        }),
        Vec::<u16>::new()
    );
}

fn expanded(attr: TokenStream, item: TokenStream) -> String {
    expand_responds(attr, item, Lang::English).to_string()
}

#[test]
fn responds_documents_the_contract_and_defines_its_data() {
    let output = expanded(
        quote!(201, 409),
        quote! {
            /// Creates a user.
            pub fn create_user() -> Status { status!(201) }
        },
    );
    assert!(
        output.contains("# [doc = \"\\n# Responses\\n\\n- `201 Created`"),
        "{output}"
    );
    assert!(
        output.contains("- `201 Created`: The request made a new resource."),
        "{output}"
    );
    assert!(output.contains("- `409 Conflict`:"), "{output}");
    assert!(
        output.contains("pub const CREATE_USER_RESPONSES : :: status_core :: Responses"),
        "{output}"
    );
    // No parameter, no middleware: nothing to ask the compiler, nothing bound.
    assert!(!output.contains("__status_implied"), "{output}");
    assert!(output.contains(":: status_core :: __private :: responses (\"create_user\" , :: core :: module_path ! () , & [:: status_core :: Status :: CREATED , :: status_core :: Status :: CONFLICT] , :: status_core :: StatusSet :: EMPTY , :: status_core :: StatusSet :: EMPTY)"), "{output}");
    assert!(!output.contains("compile_error"), "{output}");
    assert!(!output.contains("debug_assertions"), "{output}");
}

#[test]
fn debug_check_adds_a_debug_only_twin_and_keeps_the_release_body() {
    let output = expanded(
        quote!(200, debug_check),
        quote!(
            fn show() -> Result<Status, Error> {
                load()?;
                Ok(status!(200))
            }
        ),
    );
    assert!(output.contains("# [cfg (debug_assertions)]"), "{output}");
    let release = &output[output
        .find("# [cfg (not (debug_assertions))]")
        .expect("a release twin")..];
    assert!(
        release.contains(
            "fn show () -> Result < Status , Error > { load () ? ; Ok (status ! (200)) }"
        ),
        "{release}"
    );
    assert!(!release.contains("check_response"), "{release}");
    assert!(
        output.contains(":: status_core :: __private :: check_response"),
        "{output}"
    );
}

#[test]
fn a_foreign_function_is_refused_by_its_own_message_and_re_emitted() {
    for item in [
        quote!(
            pub fn status_of(id: u32) -> u16;
        ),
        quote!(safe fn status_of(id: u32) -> u16;),
        quote!(
            fn log(format: *const u8, ...) -> i32;
        ),
    ] {
        let output = expanded(quote!(200), item.clone());
        assert!(output.starts_with(&item.to_string()), "{output}");
        assert!(output.contains("declared in an `extern` block"), "{output}");
        assert!(!output.contains("_RESPONSES"), "{output}");
    }
    // Without `pub`, `safe` or `...` the tokens are a trait method's, and it is one.
    let output = expanded(
        quote!(200),
        quote!(
            fn status_of(&self, id: u32) -> u16;
        ),
    );
    assert!(output.contains("STATUS_OF_RESPONSES"), "{output}");
    assert!(!output.contains("extern"), "{output}");
}

#[test]
fn a_refused_item_or_list_still_re_emits_the_item() {
    let output = expanded(
        quote!(200),
        quote!(
            struct NotAHandler;
        ),
    );
    assert!(output.starts_with("struct NotAHandler ;"), "{output}");
    assert!(output.contains("not on a struct"), "{output}");

    let output = expanded(
        quote!(306, 200),
        quote!(
            fn handler() -> Status {
                status!(200)
            }
        ),
    );
    assert!(output.contains("fn handler () -> Status"), "{output}");
    assert!(output.contains("306 is unused"), "{output}");
    // The constant still exists, with the statuses that passed, so code using it still compiles.
    assert!(output.contains("const HANDLER_RESPONSES"), "{output}");
}

#[test]
fn the_body_is_judged_against_the_declared_list() {
    let output = expanded(
        quote!(201, 409),
        quote!(
            fn create() -> Status {
                if x {
                    return Status::NOT_FOUND;
                }
                status!(201)
            }
        ),
    );
    assert!(
        output.contains("`create` answers 404 Not Found here, but its #[responds] contract is 201 Created, 409 Conflict"),
        "{output}"
    );
    let output = expanded(
        quote!(strict, 201, 409),
        quote!(
            fn create() -> Status {
                status!(201)
            }
        ),
    );
    assert!(
        output.contains("`create` declares 409 Conflict but its body never names it (strict)"),
        "{output}"
    );
}

#[test]
fn list_mistakes_are_each_reported() {
    let output = expanded(
        quote!(200, 409, CONFLICT, 103, 306, strict, strict),
        quote!(
            fn handler() -> Status {
                status!(200)
            }
        ),
    );
    for expected in [
        "`strict` is given twice",
        "409 Conflict is declared twice",
        "103 Early Hints is informational",
        "306 is unused",
    ] {
        assert!(output.contains(expected), "{expected}: {output}");
    }
    assert!(expanded(
        quote!(),
        quote!(
            fn handler() {}
        )
    )
    .contains("needs at least one status"));
    assert!(expanded(
        quote!(101),
        quote!(
            fn upgrade() -> Status {
                status!(101)
            }
        )
    )
    .contains("UPGRADE_RESPONSES"));
}

#[test]
fn local_constants_are_part_of_the_body() {
    assert_eq!(
        scanned(quote! {
            const MISSING: Status = status!(404);
            static GONE: Status = Status::GONE;
            fn nested() -> Status { status!(500) }
        }),
        [404, 410]
    );
}

#[test]
fn an_empty_list_is_one_error_not_one_per_body_status() {
    let output = expanded(
        quote!(),
        quote!(
            fn health() -> Status {
                status!(200)
            }
        ),
    );
    assert!(output.contains("needs at least one status"), "{output}");
    assert!(!output.contains("answers 200 OK here"), "{output}");
}

#[test]
fn debug_check_refuses_impl_trait_anywhere_in_the_return_type() {
    let output = expanded(
        quote!(200, debug_check),
        quote!(
            fn show() -> Result<(Status, impl Debug), Status> {
                todo!()
            }
        ),
    );
    assert!(
        output.contains("debug_check cannot read a status through `impl Debug`"),
        "{output}"
    );
    assert!(!output.contains("check_response"), "{output}");
}

#[test]
fn the_impl_trait_refusal_points_to_the_route_check_of_this_handler() {
    let item = quote!(
        async fn create_user() -> impl IntoResponse {
            StatusCode::CREATED
        }
    );
    let english = check_responds(quote!(201, debug_check), item.clone(), Lang::English);
    let [english] = english.as_slice() else {
        panic!("{english:?}");
    };
    let english = english.to_string();
    assert!(
        english.starts_with("debug_check cannot read a status through `impl IntoResponse`\n"),
        "{english}"
    );
    let route = ".route(\"/path\", post(CREATE_USER_RESPONSES.on(create_user)))";
    assert!(english.contains(route), "{english}");
    assert!(
        english.contains("status-core's `axum` feature"),
        "{english}"
    );
    assert!(
        english.contains("Json<T>, String, (StatusCode, T) or Result<T, E>"),
        "{english}"
    );

    let korean = check_responds(quote!(201, debug_check), item, Lang::Korean);
    let [korean] = korean.as_slice() else {
        panic!("{korean:?}");
    };
    let korean = korean.to_string();
    assert!(
        korean.starts_with("debug_check는 `impl IntoResponse` 너머의 상태를 읽을 수 없습니다\n"),
        "{korean}"
    );
    assert!(korean.contains(route), "{korean}");
    assert!(korean.contains("status-core의 `axum` 기능"), "{korean}");
    assert!(
        korean.contains("Json<T>, String, (StatusCode, T), Result<T, E>"),
        "{korean}"
    );
    assert_eq!(english.lines().count(), korean.lines().count());
}

#[test]
fn debug_check_reads_a_function_that_returns_nothing() {
    for item in [
        quote!(
            fn forget(id: u64) {
                drop(id);
            }
        ),
        quote!(
            async fn forget() -> () {}
        ),
    ] {
        let output = expanded(quote!(200, debug_check), item);
        assert!(!output.contains("compile_error"), "{output}");
        assert!(output.contains("check_response"), "{output}");
        assert!(output.contains("return_type :: < () >"), "{output}");
    }
}

#[test]
fn the_responses_section_is_added_to_documented_functions_only() {
    let undocumented = expanded(
        quote!(200),
        quote!(
            #[doc(hidden)]
            pub fn show() -> Status {
                status!(200)
            }
        ),
    );
    assert!(!undocumented.contains("# Responses"), "{undocumented}");
    // The constant keeps its own documentation either way.
    assert!(
        undocumented.contains("The statuses [`show`] is declared to answer with"),
        "{undocumented}"
    );
    let documented = expanded(
        quote!(200),
        quote!(
            #[doc = " Shows the page."]
            pub fn show() -> Status {
                status!(200)
            }
        ),
    );
    assert!(documented.contains("# Responses"), "{documented}");
}

/// The debug twin of a handler: the part of the expansion before the release twin.
fn debug_twin(attr: TokenStream, item: TokenStream) -> String {
    let output = expanded(attr, item);
    let end = output
        .find("# [cfg (not (debug_assertions))]")
        .expect("a release twin");
    output[..end].to_owned()
}

#[test]
fn each_return_and_the_tail_are_checked_where_they_are_written() {
    let twin = debug_twin(
        quote!(200, 404, debug_check),
        quote!(
            fn show(id: u32) -> Result<Json<User>, ApiError> {
                if id == 0 {
                    return Err(ApiError::NotFound);
                }
                if id == 1 {
                    return match cached(id) {
                        Some(user) => Ok(Json(user)),
                        None => unreachable!(),
                    };
                }
                let lookup = |id| {
                    return find(id);
                };
                fn nested() -> u32 {
                    return 7;
                }
                let _later = async { return 1 };
                match lookup(id) {
                    Some(user) => Ok(Json(user)),
                    None if id > 9 => todo!(),
                    None => Err(ApiError::NotFound.into()),
                }
            }
        ),
    );
    let checked = |value: &str| {
        format!("let __status_value : Result < Json < User > , ApiError > = {value} ;")
    };
    for value in [
        "Err (ApiError :: NotFound)",
        "Ok (Json (user))",
        "Err (ApiError :: NotFound . into ())",
    ] {
        assert!(twin.contains(&checked(value)), "{value}: {twin}");
    }
    assert!(
        twin.contains("return match cached (id) { Some (user) => {"),
        "{twin}"
    );
    // Four sites (`Ok (Json (user))` twice); with no `?`, nothing else leaves the function.
    assert_eq!(twin.matches("check_response").count(), 4, "{twin}");
    for untouched in [
        "return find (id) ;",
        "return 7 ;",
        "async { return 1 }",
        "None if id > 9 => todo ! () ,",
        "None => unreachable ! () ,",
    ] {
        assert!(twin.contains(untouched), "{untouched}: {twin}");
    }
    // Every exit is one of those, so the statements stay in the function's own body.
    assert!(!twin.contains("move ||"), "{twin}");
    assert!(!twin.contains("return_type"), "{twin}");
}

#[test]
fn the_statements_run_in_a_closure_where_an_exit_is_not_walked() {
    for body in [
        // `?` returns through `From`.
        quote!({
            let user = find(id)?;
            Ok(Json(user))
        }),
        // Also inside another macro's arguments.
        quote!({
            tracing::info!("{}", find(id)?);
            Ok(Json(user))
        }),
        // A macro that may expand to a `return`.
        quote!({
            ensure!(id > 0, ApiError::NotFound);
            Ok(Json(user))
        }),
        // A `return` inside a macro's arguments.
        quote!({
            let users = vec![return Err(ApiError::NotFound)];
            Ok(Json(users))
        }),
        // No tail.
        quote!({
            return Ok(Json(user));
        }),
    ] {
        let twin = debug_twin(
            quote!(200, 404, debug_check),
            quote!(fn show(id: u32) -> Result<Json<User>, ApiError> #body),
        );
        assert!(twin.contains("(move || {"), "{twin}");
        assert!(twin.contains("return_type"), "{twin}");
    }
    let async_twin = debug_twin(
        quote!(200, 404, debug_check),
        quote!(
            async fn show(id: u32) -> Result<Json<User>, ApiError> {
                let user = find(id).await?;
                Ok(Json(user))
            }
        ),
    );
    assert!(async_twin.contains("async move {"), "{async_twin}");
    // A bare `return` leaves with the unit value, unwrapped.
    let unit_twin = debug_twin(
        quote!(200, debug_check),
        quote!(
            fn forget(id: u64) {
                if id == 0 {
                    return;
                }
                drop(id)
            }
        ),
    );
    assert!(unit_twin.contains("(move || {"), "{unit_twin}");
}

#[test]
fn a_track_caller_handler_keeps_its_statements_in_its_own_body() {
    let twin = debug_twin(
        quote!(200, debug_check),
        quote!(
            #[track_caller]
            fn show(text: &str) -> (Status, u32) {
                (status!(200), text.parse().unwrap())
            }
        ),
    );
    assert!(!twin.contains("move ||"), "{twin}");
    assert!(!twin.contains("return_type"), "{twin}");
    assert_eq!(twin.matches("check_response").count(), 1, "{twin}");
    assert!(
        twin.contains("let __status_value : (Status , u32) = (status ! (200) , text . parse () . unwrap ()) ;"),
        "{twin}"
    );

    let async_twin = debug_twin(
        quote!(200, debug_check),
        quote!(
            #[track_caller]
            async fn show() -> Status {
                status!(200)
            }
        ),
    );
    assert!(!async_twin.contains("async move"), "{async_twin}");
}

#[test]
fn the_check_of_a_return_site_is_spanned_at_the_users_expression() {
    let item: TokenStream = "fn show(id: u32) -> Result<Status, ApiError> {\n    if id == 0 {\n        return Err(ApiError::Missing);\n    }\n    Ok(Status::OK)\n}"
        .parse()
        .unwrap();
    let output = expand_responds(quote!(200, 404, debug_check), item, Lang::English);
    let mut places = Vec::new();
    collect_ident_places(output, "check_response", &mut places);
    // Debug twin: the `return` (line 3, column 15) and the tail (line 5, column 4), the only
    // exits.
    assert_eq!(places, [(3, 15), (5, 4)], "{places:?}");
}

/// The line and column of every identifier `name` in `tokens`, depth first.
fn collect_ident_places(tokens: TokenStream, name: &str, places: &mut Vec<(usize, usize)>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) if ident == name => {
                let start = ident.span().start();
                places.push((start.line, start.column));
            }
            proc_macro2::TokenTree::Group(group) => {
                collect_ident_places(group.stream(), name, places)
            }
            _ => {}
        }
    }
}

#[test]
fn function_lint_levels_reach_the_generated_constant() {
    let output = expanded(
        quote!("Payload Too Large", debug_check),
        quote!(
            #[allow(deprecated)]
            fn upload() -> Status {
                status!(413)
            }
        ),
    );
    let constant = &output[output.find("const UPLOAD_RESPONSES").unwrap() - 40..];
    assert!(constant.contains("# [allow (deprecated)]"), "{output}");
    // The former-name warning is emitted once, in the constant, not again in the check.
    assert_eq!(
        output.matches("macro_rules ! former_name").count(),
        1,
        "{output}"
    );
}

// ----- what a handler answers without naming it -----

use crate::check::{check_contract, DeferredRule};
use crate::handler::parse_handler;
use crate::parse::responds_args;

/// The contract `#[responds(attr)]` builds for `item`, and the errors it reported.
fn contract(attr: TokenStream, item: TokenStream) -> (crate::check::Contract, Vec<String>) {
    let handler = parse_handler(item).ok().expect("a function");
    let args = responds_args(attr, Lang::English).expect("a list");
    let mut ctxt = crate::ctxt::Ctxt::new(Lang::English);
    let contract = check_contract(&handler, &args, &mut ctxt);
    let errors = ctxt
        .finish()
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect();
    (contract, errors)
}

#[test]
fn readers_comparisons_and_foreign_modules_are_not_answers() {
    assert_eq!(
        scanned(quote! {
            if got.eq(&StatusCode::GONE) || got.ne(&StatusCode::GONE) { }
            if [StatusCode::TOO_MANY_REQUESTS, StatusCode::BAD_GATEWAY].contains(&got) { }
            if got < StatusCode::CONTINUE || got >= StatusCode::IM_USED { }
            let a = StatusCode::GATEWAY_TIMEOUT.as_str();
            let b = StatusCode::NOT_FOUND.as_u16();
            let c = StatusCode::IM_USED.canonical_reason();
            let d = Status::GONE.is_client_error();
            let e = orders::Status::ACCEPTED;
            let f = crate::model::StatusCode::OK;
            let g = matches!(got, StatusCode::CREATED);
            let h = axum::http::StatusCode::CONFLICT;
            let i = ::status_core::Status::LOCKED;
            let j = Redirect::to("/");
        }),
        [409, 423, 303]
    );
}

#[test]
fn the_success_type_implies_its_status() {
    for (item, implied) in [
        (
            quote!(
                async fn a() -> Json<User> {
                    x
                }
            ),
            Some(200),
        ),
        (
            quote!(
                async fn a() -> Result<Json<User>, ApiError> {
                    x
                }
            ),
            Some(200),
        ),
        (
            quote!(
                async fn a() -> ApiResult<Html<String>> {
                    x
                }
            ),
            Some(200),
        ),
        (
            quote!(
                async fn a() -> &'static str {
                    x
                }
            ),
            Some(200),
        ),
        (
            quote!(
                async fn a() {
                    x
                }
            ),
            Some(200),
        ),
        (
            quote!(
                async fn a() -> (HeaderMap, Json<User>) {
                    x
                }
            ),
            Some(200),
        ),
        (
            quote!(
                async fn a() -> (StatusCode, Json<User>) {
                    x
                }
            ),
            None,
        ),
        (
            quote!(
                async fn a() -> Result<StatusCode, ApiError> {
                    x
                }
            ),
            None,
        ),
        (
            quote!(
                async fn a() -> impl IntoResponse {
                    x
                }
            ),
            None,
        ),
        (
            quote!(
                async fn a() -> Response {
                    x
                }
            ),
            None,
        ),
        (
            quote!(
                async fn a() -> Redirect {
                    x
                }
            ),
            None,
        ),
    ] {
        let handler = parse_handler(item.clone()).ok().expect("a function");
        assert_eq!(
            handler.implied_success().map(|found| found.entry.code()),
            implied,
            "{item}"
        );
    }
}

#[test]
fn every_parameter_type_is_asked_of_the_compiler_as_it_can_be_named_outside() {
    let (contract, errors) = contract(
        quote!(201),
        quote!(
            async fn create<'a, T: Store>(
                &self,
                State(state): State<T>,
                Path(id): Path<u64>,
                name: &'a str,
                count: u64,
                tagged: Json<Vec<(T, &'a str)>>,
                hidden: impl Into<u64>,
                checked: Result<Json<Other>, JsonRejection>,
                (Query(page), claims): (Query<Page>, Claims),
            ) -> (StatusCode, Json<User>) {
                (StatusCode::CREATED, Json(user))
            }
        ),
    );
    assert!(errors.is_empty(), "{errors:?}");
    let types: Vec<String> = contract
        .request_types
        .iter()
        .map(crate::handler::written)
        .collect();
    assert_eq!(
        types,
        // The reference and the primitive can be no extractor; a tuple is asked about by
        // element, as axum extracts it.
        [
            "State<()>",
            "Path<u64>",
            "Json<Vec<((), &'static str)>>",
            "Result<Json<Other>, JsonRejection>",
            "Query<Page>",
            "Claims",
        ]
    );
}

#[test]
fn variants_of_the_error_type_become_deferred_checks_at_their_mention() {
    let (contract, errors) = contract(
        quote!(strict, 200, 404),
        quote!(
            fn show(id: u64) -> Result<Json<User>, errors::ApiError> {
                let user = find(id).ok_or(ApiError::NotFound)?;
                let other = OtherError::Gone;
                if user.gone {
                    return Err(ApiError::Taken { name });
                }
                Ok(Json(user))
            }
        ),
    );
    assert!(errors.is_empty(), "{errors:?}");
    let deferred = contract.deferred.expect("checks of the error type");
    assert_eq!(
        deferred.result.expect("a nameable error type").to_string(),
        "Result < () , errors :: ApiError >"
    );
    assert_eq!(deferred.declared, [200, 404]);
    let mentioned: Vec<String> = deferred
        .checks
        .iter()
        .map(|check| match &check.rule {
            DeferredRule::Declared { mention, .. } => mention.variant.clone().unwrap_or_default(),
            _ => "other".to_owned(),
        })
        .collect();
    // `OtherError::Gone` is not the error type; 200 is named by `Json`, 404 by a variant whose
    // status only the compiler knows, so strict leaves that to a deferred check too.
    assert_eq!(mentioned, ["NotFound", "Taken", "other"]);
}

#[test]
fn an_error_type_behind_an_alias_is_asked_of_the_compiler() {
    let (contract, errors) = contract(
        quote!(200, 404, all_errors),
        quote!(
            fn show() -> crate::AppResult<Json<User>> {
                Err(Error::NotFound)
            }
        ),
    );
    assert!(errors.is_empty(), "{errors:?}");
    let deferred = contract.deferred.expect("checks of the error type");
    assert_eq!(
        deferred
            .result
            .as_ref()
            .expect("a nameable error type")
            .to_string(),
        "crate :: AppResult < () >"
    );
    assert!(matches!(
        &deferred.checks[0].rule,
        DeferredRule::Declared { mention, .. }
            if mention.owner.as_ref().map(ToString::to_string).as_deref() == Some("Error")
    ));
    assert!(matches!(
        deferred.checks[1].rule,
        DeferredRule::Every { .. }
    ));
}

#[test]
fn an_error_type_the_checks_cannot_name_is_left_alone() {
    for item in [
        quote!(
            fn show<E>() -> Result<String, E> {
                Err(E::Gone)
            }
        ),
        quote!(
            fn show<E>() -> Result<String, ApiError<E>> {
                Err(ApiError::Gone)
            }
        ),
        quote!(
            fn show() -> impl IntoResponse {
                ApiError::Gone
            }
        ),
    ] {
        let (contract, errors) = contract(quote!(200), item.clone());
        assert!(errors.is_empty(), "{item}: {errors:?}");
        assert!(contract.deferred.is_none(), "{item}");
    }
    let (_, errors) = contract(
        quote!(200, all_errors),
        quote!(
            fn show() -> impl IntoResponse {
                x
            }
        ),
    );
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("all_errors needs a return type"),
        "{errors:?}"
    );
}

#[test]
fn the_error_type_is_named_as_the_signature_writes_it() {
    for (item, result, owner) in [
        (
            quote!(
                fn show(&self) -> Result<String, Self::Error> {
                    Err(Self::Error::Gone)
                }
            ),
            "Result < () , Self :: Error >",
            "Self :: Error",
        ),
        (
            quote!(
                fn show<'a>(name: &'a str) -> Result<&'a str, ApiError<'a>> {
                    Err(ApiError::Gone)
                }
            ),
            "Result < () , ApiError < 'static > >",
            "ApiError < 'static >",
        ),
        (
            quote!(
                fn show() -> std::result::Result<String, <Db as Backend>::Error> {
                    Err(Self::Gone)
                }
            ),
            "std :: result :: Result < () , < Db as Backend > :: Error >",
            "Self",
        ),
    ] {
        let (contract, errors) = contract(quote!(200), item.clone());
        assert!(errors.is_empty(), "{item}: {errors:?}");
        let deferred = contract.deferred.expect("a check of the mention");
        assert_eq!(deferred.result.unwrap().to_string(), result, "{item}");
        assert!(
            matches!(
                &deferred.checks[0].rule,
                DeferredRule::Declared { mention, .. }
                    if mention.owner.as_ref().map(ToString::to_string).as_deref() == Some(owner)
            ),
            "{item}"
        );
    }
}

#[test]
fn only_mentions_that_may_be_the_error_type_are_asked_about() {
    let owners = |item: TokenStream| -> Vec<String> {
        let (contract, errors) = contract(quote!(200), item);
        assert!(errors.is_empty(), "{errors:?}");
        contract
            .deferred
            .map(|deferred| {
                deferred
                    .checks
                    .iter()
                    .filter_map(|check| match &check.rule {
                        DeferredRule::Declared { mention, .. } => Some(
                            mention
                                .owner
                                .as_ref()
                                .map(ToString::to_string)
                                .unwrap_or_default(),
                        ),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    // The same name in another module is asked about, and the compiler says no; other types
    // are not asked about unless handed straight to `Err`, where the compiler fixes the type.
    assert_eq!(
        owners(quote!(
            fn show() -> Result<String, Error> {
                log(upstream::Error::Timeout);
                let _ = Cow::Borrowed("x");
                let _ = Ordering::Less;
                Err(Renamed::Taken)
            }
        )),
        ["upstream :: Error", "Renamed"]
    );
    // A name the body binds stands for its target; anything else it binds is left out.
    assert_eq!(
        owners(quote!(
            fn show() -> Result<String, ApiError> {
                use crate::errors::{ApiError as Local, Other};
                type Inner = crate::errors::ApiError;
                enum ApiError2 {}
                let _ = Local::Taken;
                let _ = Inner::Taken;
                Err(ApiError2::Gone)
            }
        )),
        ["crate :: errors :: ApiError", "crate :: errors :: ApiError"]
    );
    // A glob import in the body may bind any name: nothing is asked.
    assert!(owners(quote!(
        fn show() -> Result<String, ApiError> {
            use crate::errors::*;
            Err(ApiError::Taken)
        }
    ))
    .is_empty());
    // The error type's generic arguments go with a mention of its name.
    assert_eq!(
        owners(quote!(
            fn show() -> Result<String, ApiError<String>> {
                Err(ApiError::Taken)
            }
        )),
        ["ApiError < String >"]
    );
}

// ----- #[derive(ResponseStatus)] -----

fn derive_errors(input: TokenStream) -> Vec<String> {
    crate::derive::check_derive(input, Lang::English)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_derive_reports_every_mistake_together() {
    let errors = derive_errors(quote! {
        #[status(500)]
        enum ApiError {
            #[status(404)]
            Fine,
            Missing,
            #[status(306)]
            Unused,
            #[status(transparent)]
            TwoFields(A, B),
            #[status(404)]
            #[status(410)]
            Twice,
            #[status(404, 410)]
            TwoCodes,
        }
    });
    let firsts: Vec<&str> = errors
        .iter()
        .map(|error| error.lines().next().unwrap())
        .collect();
    assert_eq!(
        firsts,
        [
            "#[status] on an enum has no meaning: each variant carries its own",
            "variant `Missing` has no status",
            "306 is unused: RFC 9110 section 15.4.7 reserves the number and gives it no meaning",
            "#[status(transparent)] needs exactly one field: the wrapped error whose status is answered",
            "a second #[status] here: each variant is answered with one status",
            "#[status] takes one status: each variant is answered with one",
        ]
    );
}

#[test]
fn the_derive_still_emits_its_impls_without_the_refused_variants() {
    let output = crate::derive::expand_derive(
        quote! {
            enum ApiError {
                #[status(404)]
                NotFound,
                Missing,
            }
        },
        Lang::English,
    )
    .to_string();
    assert!(output.contains("pub const RESPONSE_STATUSES"), "{output}");
    assert!(output.contains("\"NotFound\""), "{output}");
    assert!(!output.contains("\"Missing\""), "{output}");
    assert!(output.contains("compile_error"), "{output}");
}

#[test]
fn strict_checks_test_their_codes_against_one_set_of_what_the_mentions_answer() {
    let output = expanded(
        quote!(strict, 200, 404, 409, 500),
        quote!(
            async fn show() -> Result<Json<User>, ApiError> {
                let user = find(ID)?.ok_or(ApiError::NotFound)?;
                Ok(Json(user))
            }
        ),
    );
    // One set for the handler, from the mention of `NotFound` and from the `?`s.
    assert_eq!(
        output.matches("const __STATUS_ANSWERED").count(),
        1,
        "{output}"
    );
    assert!(
        output.contains(
            ":: status_core :: StatusSet :: EMPTY \
             . union (:: status_core :: __private :: mention_answers (__status_map , < :: status_core :: __private :: ErrorIs < ApiError , Result < () , ApiError > >> :: IS , :: core :: option :: Option :: Some (\"NotFound\"))) \
             . union (:: status_core :: __private :: mention_answers (__status_map , true , :: core :: option :: Option :: None)) }"
        ),
        "{output}"
    );
    // The codes the body does not name are one check, which lists whichever are left.
    assert!(
        output.contains(
            "const _ : () = { let __status_unnamed : :: status_core :: StatusSet = \
             :: status_core :: __private :: unnamed (& [404u16 , 409u16 , 500u16] , __STATUS_ANSWERED) ;"
        ),
        "{output}"
    );
    assert_eq!(
        output.matches(":: __private :: unnamed (").count(),
        1,
        "{output}"
    );
    // Each code keeps its place: the error points at the lowest one left.
    for code in [404, 409, 500] {
        assert!(
            output.contains(&format!(
                ":: core :: option :: Option :: Some ({code}u16) => {{"
            )),
            "{code}: {output}"
        );
    }
    assert!(!output.contains(":: answers ("), "{output}");

    // With parameters, whose types may imply a code too, each check also asks what they imply,
    // in the contract's initializer.
    let output = expanded(
        quote!(strict, 200, 404),
        quote!(
            async fn show(Path(id): Path<u64>) -> Result<Json<User>, ApiError> {
                let user = find(id)?.ok_or(ApiError::NotFound)?;
                Ok(Json(user))
            }
        ),
    );
    assert!(
        output.contains(
            ":: __private :: unnamed (& [404u16] , __STATUS_ANSWERED . union (__status_implied)) ;"
        ),
        "{output}"
    );
    assert!(
        output.contains(
            ". union (< :: status_core :: __private :: Implied < Path < u64 > >> :: STATUSES)"
        ),
        "{output}"
    );
}

#[test]
fn a_question_mark_names_the_error_types_statuses_for_strict_only_at_the_top_level() {
    let (top_level, errors) = contract(
        quote!(strict, 200, 500),
        quote!(
            async fn list(State(db): State<Db>) -> Result<Json<Vec<User>>, ApiError> {
                Ok(Json(db.users()?))
            }
        ),
    );
    assert!(errors.is_empty(), "{errors:?}");
    let deferred = top_level
        .deferred
        .expect("strict asks the compiler about 500");
    assert!(matches!(
        &deferred.checks[0].rule,
        DeferredRule::Named { codes, mentions, .. }
            if codes.iter().map(|(code, _)| *code).eq([500])
                && mentions.len() == 1
                && mentions[0].variant.is_none()
    ));

    // A `?` inside a closure returns from the closure, not from the handler.
    let (nested, errors) = contract(
        quote!(strict, 200, 500),
        quote!(
            async fn list() -> Result<Json<Vec<User>>, ApiError> {
                let parse = |text: &str| -> Result<u8, ParseIntError> { Ok(text.parse()?) };
                Ok(Json(vec![]))
            }
        ),
    );
    assert!(nested.deferred.is_none());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("declares 500 Internal Server Error but its body never names it"));
}

// ----- #[responds] above #[utoipa::path] -----

use status_table::openapi::{description, Origin};

/// The arguments of `#[utoipa::path(...)]` on the function `#[responds(attr)] item` emits.
fn utoipa_args(attr: TokenStream, item: TokenStream) -> String {
    let output = expand_responds(attr, item, Lang::English);
    let file: syn::File = syn::parse2(output).expect("the expansion is a list of items");
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Fn(function) => Some(function),
            _ => None,
        })
        .flat_map(|function| &function.attrs)
        .find(|attr| {
            attr.path()
                .segments
                .iter()
                .any(|segment| segment.ident == "utoipa")
        })
        .map(|attr| match &attr.meta {
            syn::Meta::List(list) => list.tokens.to_string(),
            _ => panic!("#[utoipa::path] without arguments"),
        })
        .expect("the function keeps #[utoipa::path]")
}

/// The errors `#[responds(attr)] item` reports, in English.
fn responds_errors(attr: TokenStream, item: TokenStream) -> Vec<String> {
    check_responds(attr, item, Lang::English)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// `(status = N, description = "...")` as the expansion writes it.
fn added(code: u16, origin: Origin) -> TokenStream {
    let text = description(lookup(code).unwrap(), origin).to_string();
    let code = proc_macro2::Literal::u16_unsuffixed(code);
    quote!((status = #code, description = #text))
}

#[test]
fn without_responses_the_contract_fills_them_in_ascending() {
    let args = utoipa_args(
        quote!(201, 409),
        quote! {
            #[utoipa::path(post, path = "/users")]
            async fn create_user(Json(new): Json<NewUser>) -> Status {
                status!(201)
            }
        },
    );
    // The declared list only: what `Json` implies is the compiler's to know, and the document
    // check adds it when the document is built.
    let expected = [added(201, Origin::Declared), added(409, Origin::Declared)];
    assert_eq!(
        args,
        quote!(post, path = "/users", responses(#(#expected),*)).to_string()
    );
}

#[test]
fn filling_in_respects_a_trailing_comma_and_the_bare_forms() {
    let ok = added(200, Origin::Declared);
    for (utoipa, expected) in [
        (
            quote!(#[utoipa::path(get, path = "/health",)]),
            quote!(get, path = "/health", responses(#ok)),
        ),
        (
            quote!(#[::utoipa::path(get, path = "/health")]),
            quote!(get, path = "/health", responses(#ok)),
        ),
        (quote!(#[utoipa::path()]), quote!(responses(#ok))),
        (quote!(#[utoipa::path]), quote!(responses(#ok))),
    ] {
        let args = utoipa_args(
            quote!(200),
            quote! {
                #utoipa
                fn health() -> Status {
                    status!(200)
                }
            },
        );
        assert_eq!(args, expected.to_string());
    }
}

#[test]
fn written_responses_are_kept_token_for_token() {
    // `example` stays last in its tuple, as utoipa needs; a body with a comma in its generic
    // arguments, headers and a "default" entry are left alone.
    let written = quote! {
        (status = StatusCode::CREATED, description = "User created", body = HashMap<String, User>,
            headers(("Location" = String)), example = json!({"id": 1})),
        (status = 409, description = "Name taken"),
        (status = "default", description = "Anything else")
    };
    let args = utoipa_args(
        quote!(201, 409),
        quote! {
            #[utoipa::path(post, path = "/users", request_body = NewUser, responses(#written), tag = "users")]
            async fn create_user(Json(new): Json<NewUser>) -> Status {
                status!(201)
            }
        },
    );
    let expected = quote!(
        post, path = "/users", request_body = NewUser,
        responses(#written), tag = "users"
    );
    assert_eq!(args, expected.to_string());

    // A trailing comma is not doubled; nothing implied, nothing added.
    let args = utoipa_args(
        quote!(200),
        quote! {
            #[utoipa::path(get, path = "/health", responses((status = 200, description = "Up"),))]
            fn health() -> Status {
                status!(200)
            }
        },
    );
    assert_eq!(
        args,
        quote!(
            get,
            path = "/health",
            responses((status = 200, description = "Up"),)
        )
        .to_string()
    );
    let args = utoipa_args(
        quote!(200),
        quote! {
            #[utoipa::path(get, path = "/users/{id}", responses((status = 200, description = "Found"),))]
            fn show(Path(id): Path<u64>) -> Status {
                status!(200)
            }
        },
    );
    assert_eq!(
        args,
        "get , path = \"/users/{id}\" , responses ((status = 200 , description = \"Found\") ,)"
    );
}

#[test]
fn documented_statuses_are_read_as_utoipa_reads_them() {
    // A number, an http::StatusCode constant by any path, a bare constant name, and a code of
    // the contract let through by an opt-in.
    let errors = responds_errors(
        quote!(200, 201, 409, allow_unused(418)),
        quote! {
            #[utoipa::path(post, path = "/brew", responses(
                (status = 200, description = "Brewed"),
                (status = StatusCode::CREATED, description = "Queued"),
                (status = http::StatusCode::CONFLICT, description = "Busy"),
                (status = IM_A_TEAPOT, description = "A teapot"),
            ))]
            fn brew() -> Status {
                status!(200)
            }
        },
    );
    assert!(errors.is_empty(), "{errors:?}");
    // http::StatusCode's older names are its own: no former-name warning here.
    let errors = responds_errors(
        quote!(201, 413),
        quote! {
            #[utoipa::path(post, path = "/upload", responses(
                (status = 201, description = "Stored"),
                (status = StatusCode::PAYLOAD_TOO_LARGE, description = "Too big"),
            ))]
            fn upload() -> Status {
                status!(201)
            }
        },
    );
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn documented_statuses_are_checked_like_status_and_held_to_the_contract() {
    let errors = responds_errors(
        quote!(201, 409, 503),
        quote! {
            #[utoipa::path(post, path = "/users", responses(
                (status = 201, description = "Created"),
                (status = 12345, description = "Odd"),
                (status = 306, description = "Switch"),
                (status = 418, description = "Teapot"),
                (status = 299, description = "Created, warned"),
                (status = 404, description = "No team"),
                (status = StatusCode::CONFLICT, description = "Taken"),
                (status = 409, description = "Taken again"),
                (status = "4XX", description = "Refused"),
                (status = 5XX, description = "Broken"),
                (status = "Created", description = "Phrase"),
                (status = 201u16, description = "Suffixed"),
                (status = 2 + 1, description = "Sum"),
                (description = "No status"),
                MoreResponses,
            ))]
            async fn create_user() -> Status {
                status!(201)
            }
        },
    );
    let expected = [
        "12345 is not an HTTP status code",
        "306 is unused: RFC 9110 section 15.4.7",
        "418 is unused",
        "299 is not assigned",
        "404 Not Found is documented here, but the contract of `create_user` does not list it: #[responds] declares 201 Created, 409 Conflict, 503 Service Unavailable",
        "409 Conflict is documented twice: utoipa keeps only the last entry for a status, so the first one, (status = StatusCode::CONFLICT, description = \"Taken\"), would be lost",
        "`\"4XX\"` documents a range of statuses",
        "`5XX` documents a range of statuses",
        "utoipa reads a string status only as \"default\" or a range such as \"4XX\", not \"Created\"",
        // utoipa reads `201u16` as 201, and so does the check: a second 201.
        "201 Created is documented twice",
        "expected a status: a number (status = 201)",
        "this response has no status",
        "the statuses of `MoreResponses` cannot be read at compile time",
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for (error, expected) in errors.iter().zip(expected) {
        assert!(error.starts_with(expected), "{error}\nexpected: {expected}");
    }
    let teapot = &errors[2];
    assert!(
        teapot.contains(
            "help: to send and document 418 anyway, declare allow_unused(418) in #[responds(...)]"
        ),
        "{teapot}"
    );
    let range = &errors[7];
    assert!(
        range.contains("the contract's 5xx statuses are 503 Service Unavailable"),
        "{range}"
    );
    // With a type among the entries, nothing can be said to be missing: 503 is not reported.
    assert!(!errors
        .iter()
        .any(|error| error.contains("does not document")));
}

#[test]
fn declared_statuses_must_be_documented_and_a_refused_entry_stands_for_its_codes() {
    let errors = responds_errors(
        quote!(201, 404, 409, 503),
        quote! {
            #[utoipa::path(post, path = "/users", responses(
                (status = "Created", description = "Phrase"),
                (status = "4XX", description = "Refused"),
            ))]
            async fn create_user() -> Status {
                status!(201)
            }
        },
    );
    // 201 and the 4xx codes are each meant by an entry already reported; 503 is not.
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(
        errors[2].starts_with("503 Service Unavailable is declared, but responses(...) in #[utoipa::path] does not document it\nhelp: add (status = 503, description = \"Service Unavailable. "),
        "{}",
        errors[2]
    );
    assert!(errors[2].ends_with("or drop 503 from #[responds(...)]"));
}

#[test]
fn utoipa_errors_point_at_the_users_tokens() {
    let item: TokenStream = "#[utoipa::path(post, path = \"/users\", responses(\n    (status = 201, description = \"Created\"),\n    (status = 201, description = \"Again\"),\n))]\nasync fn create_user() -> Status {\n    status!(201)\n}"
        .parse()
        .unwrap();
    let attr: TokenStream = "201, 409".parse().unwrap();
    let errors = check_responds(attr, item, Lang::English);
    let places: Vec<(usize, usize)> = errors
        .iter()
        .map(|error| {
            let start = error.span().start();
            (start.line, start.column)
        })
        .collect();
    // The second `201` (line 3), then the declared 409 (its own input: line 1, column 5).
    assert_eq!(places, [(3, 14), (1, 5)], "{errors:?}");
}

#[test]
fn after_an_error_the_attribute_is_re_emitted_without_the_refused_entries() {
    let output = expanded(
        quote!(201, 409),
        quote! {
            /// Creates a user.
            #[utoipa::path(post, path = "/users", responses(
                (status = 201, description = "Created"),
                (status = StatusCode::NOT_FOUN, description = "Misspelt"),
                (status = 409, description = "Taken"),
            ))]
            async fn create_user() -> Status {
                status!(201)
            }
        },
    );
    assert!(output.contains("did you mean `NOT_FOUND`"), "{output}");
    assert!(
        output.contains("async fn create_user () -> Status"),
        "{output}"
    );
    assert!(
        output.contains("# [utoipa :: path (post , path = \"/users\" , responses ((status = 201 , description = \"Created\") , (status = 409 , description = \"Taken\")))]"),
        "{output}"
    );
    assert!(!output.contains("NOT_FOUN ,"), "{output}");
}

#[test]
fn a_refused_list_leaves_utoipa_path_as_written() {
    let (found, errors) = contract(
        quote!(201, 306),
        quote! {
            #[utoipa::path(post, path = "/users", responses((status = 404, description = "No")))]
            async fn create_user() -> Status {
                status!(201)
            }
        },
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("306 is unused"));
    let openapi = found.openapi.expect("#[utoipa::path] is read");
    assert!(matches!(
        openapi.rewrite,
        crate::check::Rewrite::AsWritten { ref dropped } if dropped.is_empty()
    ));
}

#[test]
fn a_second_responses_key_is_reported_at_the_second() {
    let errors = responds_errors(
        quote!(201, 409),
        quote! {
            #[utoipa::path(post, path = "/users",
                responses((status = 201, description = "Created")),
                responses((status = 409, description = "Taken")))]
            async fn create_user() -> Status {
                status!(201)
            }
        },
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("a second responses(...): utoipa keeps only the last"));
}

#[test]
fn under_utoipa_path_the_responses_section_is_not_a_literal_doc() {
    let item = quote! {
        /// Creates a user.
        #[utoipa::path(post, path = "/users")]
        async fn create_user() -> Status {
            status!(201)
        }
    };
    let output = expanded(quote!(201), item);
    assert!(
        output.contains("# [doc = :: core :: concat ! (\"\\n# Responses\\n"),
        "{output}"
    );
    // The user's own doc comment stays a literal, for utoipa's summary.
    assert!(
        output.contains("# [doc = r\" Creates a user.\"]"),
        "{output}"
    );
    let plain = expanded(
        quote!(201),
        quote! {
            /// Creates a user.
            async fn create_user() -> Status {
                status!(201)
            }
        },
    );
    assert!(plain.contains("# [doc = \"\\n# Responses\\n"), "{plain}");
}

#[test]
fn names_and_phrases_are_found_as_spelled() {
    use crate::check::resolve::{entry_named, entry_with_phrase};
    use status_table::Entry;
    for entry in entries() {
        let Some(phrase) = entry.phrase() else {
            continue;
        };
        assert_eq!(
            entry_with_phrase(phrase).map(Entry::code),
            Some(entry.code())
        );
        let constant = status_table::constant_name(phrase).to_string();
        if let Some(public) = entry.constant() {
            assert_eq!(public, constant);
        }
        let constant = constant.as_str();
        assert_eq!(entry_named(constant).map(Entry::code), Some(entry.code()));
        assert!(
            entry_named(&constant.to_lowercase()).is_none(),
            "{constant}"
        );
        assert!(entry_named(&format!("{constant}_")).is_none(), "{constant}");
        assert!(
            entry_named(&constant[..constant.len() - 1]).is_none(),
            "{constant}"
        );
    }
    // Characters a constant leaves out: the apostrophe, and anything beyond ASCII.
    assert_eq!(entry_named("IM_A_TEAPOT").map(Entry::code), Some(418));
    assert!(entry_named("I'M_A_TEAPOT").is_none());
    assert!(entry_named("NOT_FOUNDÉ").is_none());
    assert_eq!(entry_named("PAYLOAD_TOO_LARGE").map(Entry::code), Some(413));
    assert!(entry_with_phrase("not found").is_none());
}

#[test]
fn the_order_check_is_emitted_only_without_utoipa_path() {
    let without = expanded(
        quote!(201),
        quote! {
            async fn create_user() -> Status {
                status!(201)
            }
        },
    );
    assert!(
        without.contains("type __path_create_user = :: status_core :: __private :: NoUtoipaPath"),
        "{without}"
    );
    assert!(
        without.contains(
            ":: status_core :: __private :: Order :: < __path_create_user > :: responses_checked"
        ),
        "{without}"
    );
    assert!(
        without.contains("use :: status_core :: __private :: UtoipaPathFirst as _"),
        "{without}"
    );
    let with = expanded(
        quote!(201),
        quote! {
            #[utoipa::path(post, path = "/users")]
            async fn create_user() -> Status {
                status!(201)
            }
        },
    );
    assert!(!with.contains("__path_create_user"), "{with}");
}

#[test]
fn utoipa_diagnostics_in_korean_carry_the_same_facts() {
    let errors: Vec<String> = check_responds(
        quote!(201, 409, allow_unused(418)),
        quote! {
            #[utoipa::path(post, path = "/users", responses(
                (status = 201, description = "Created"),
                (status = 201, description = "Again"),
                (status = 404, description = "No team"),
                (status = 306, description = "Switch"),
                (status = "4XX", description = "Refused"),
                (status = "Created", description = "Phrase"),
                (status = 2 + 1, description = "Sum"),
                (description = "No status"),
                MoreResponses,
            ), responses())]
            async fn create_user() -> Status {
                status!(201)
            }
        },
        Lang::Korean,
    )
    .iter()
    .map(ToString::to_string)
    .collect();
    // A second `responses(...)` stops the comparison: only that is reported.
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("responses(...)가 또 있습니다"),
        "{}",
        errors[0]
    );

    let errors: Vec<String> = check_responds(
        quote!(201, 409, 503),
        quote! {
            #[utoipa::path(post, path = "/users", responses(
                (status = 201, description = "Created"),
                (status = 201, description = "Again"),
                (status = 404, description = "No team"),
                (status = 418, description = "Teapot"),
                (status = "4XX", description = "Refused"),
                (status = "Not Found", description = "Phrase"),
                (status = 2 + 1, description = "Sum"),
                (description = "No status"),
            ))]
            async fn create_user() -> Status {
                status!(201)
            }
        },
        Lang::Korean,
    )
    .iter()
    .map(ToString::to_string)
    .collect();
    let expected = [
        "201 Created가 두 번 문서화되었습니다",
        "404 Not Found가 여기 문서화되어 있지만 `create_user`의 계약에는 없습니다: #[responds]가 선언한 상태는 201 Created, 409 Conflict, 503 Service Unavailable입니다",
        "418은 사용하지 않는 코드입니다",
        "`\"4XX\"`는 상태 범위를 문서화하지만",
        "utoipa는 문자열 상태를 \"default\"나 \"4XX\" 같은 범위로만 읽습니다",
        "상태가 와야 합니다: 숫자(status = 201)",
        "이 응답에는 상태가 없습니다",
        "503 Service Unavailable이 선언되었지만",
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for (error, expected) in errors.iter().zip(expected) {
        assert!(error.starts_with(expected), "{error}\nexpected: {expected}");
    }
    assert!(
        errors[2].contains("#[responds(...)]에 allow_unused(418)을 선언하세요"),
        "{}",
        errors[2]
    );
    assert!(
        errors[4].contains("help: status = 404로 쓰세요"),
        "{}",
        errors[4]
    );
}

#[test]
fn utoipa_path_written_any_way_never_panics_and_keeps_the_function() {
    for attr in [
        quote!(#[utoipa::path = "/users"]),
        quote!(#[utoipa::path(responses)]),
        quote!(#[utoipa::path(responses = x)]),
        quote!(#[utoipa::path(responses(,))]),
        quote!(#[utoipa::path(responses(()))]),
        quote!(#[utoipa::path(responses((status)))]),
        quote!(#[utoipa::path(responses((status =)))]),
        quote!(#[utoipa::path(responses((status = , description = "x")))]),
        quote!(#[utoipa::path(responses((= 1)))]),
        quote!(#[utoipa::path(responses((1)))]),
        quote!(#[utoipa::path(responses(1, 2))]),
        quote!(#[utoipa::path(responses("x"))]),
        quote!(#[utoipa::path(responses([status = 200]))]),
        quote!(#[utoipa::path(responses((status = 200 status = 201)))]),
        quote!(#[utoipa::path(responses((status = -200)))]),
        quote!(#[utoipa::path(responses((status = 2.0)))]),
        quote!(#[utoipa::path(responses((status = ::)))]),
        quote!(#[utoipa::path(responses((status = Vec<u8>)))]),
        quote!(#[utoipa::path(responses((status = 200, body = Vec<u8, A>, headers(), example = json!(1))))]),
        quote!(#[utoipa::path(responses(Foo<Bar, Baz>, (status = 200)))]),
        quote!(#[utoipa::path(request_body = HashMap<String, Vec<u8>>, responses((status = 200)))]),
        quote!(#[utoipa::path(operation_id = f::<A, B>(), responses((status = 200)))]),
        quote!(#[utoipa::path(,,,)]),
        quote!(#[utoipa::path[get]]),
        quote!(#[utoipa::path{get}]),
    ] {
        let item = quote! {
            #attr
            fn health() -> Status {
                status!(200)
            }
        };
        let shown = attr.to_string();
        let output = expand_responds(quote!(200), item, Lang::English).to_string();
        assert!(
            output.contains("fn health () -> Status"),
            "{shown}: {output}"
        );
    }
}

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

// ----- crate = path -----

/// Every identifier in `tokens`, groups included, as written.
fn idents(tokens: TokenStream, found: &mut Vec<String>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) => found.push(ident.to_string()),
            proc_macro2::TokenTree::Group(group) => idents(group.stream(), found),
            _ => {}
        }
    }
}

/// Asserts that the expansion reaches status-core only through `renamed::my_core`: the
/// identifier `status_core` is never generated (doc strings may mention it; they are literals).
fn only_through_override(expansion: TokenStream) {
    let shown = expansion.to_string();
    let mut found = Vec::new();
    idents(expansion, &mut found);
    assert!(!found.iter().any(|ident| ident == "status_core"), "{shown}");
    assert!(found.iter().any(|ident| ident == "my_core"), "{shown}");
}

#[test]
fn the_crate_override_replaces_every_root_of_status() {
    use crate::status::expand_status_code;
    for code in [
        quote!(404),
        quote!("Created"),
        quote!(allow_nonstandard(444)),
        quote!(102),
        quote!("Payload Too Large"),
    ] {
        let input = quote!(crate = crate::renamed::my_core, #code);
        let expansion = expand_status(input.clone(), Lang::English);
        assert!(
            !expansion.to_string().contains("compile_error"),
            "{expansion}"
        );
        only_through_override(expansion);
        only_through_override(expand_status_code(input, Lang::English));
        // The override may come after the code too.
        only_through_override(expand_status(
            quote!(#code, crate = ::my_core),
            Lang::English,
        ));
    }
    assert_eq!(
        expand_status(quote!(crate = my_core, 404), Lang::English).to_string(),
        "my_core :: Status :: NOT_FOUND"
    );
}

#[test]
fn the_crate_override_replaces_every_root_of_responds() {
    // debug_check (the checked twin), an error type named in the body, an alias (asked of the
    // compiler), an extractor's implied statuses, a former name's warning and the utoipa
    // order check: every generated path.
    let handlers = [
        (
            quote!(
                crate = crate::renamed::my_core,
                200,
                404,
                409,
                all_errors,
                debug_check
            ),
            quote!(
                /// Shows a user.
                fn show(Json(body): Json<User>) -> Result<Json<User>, ApiError> {
                    if body.taken {
                        return Err(ApiError::Taken);
                    }
                    lookup(body.id).ok_or(ApiError::NotFound)?;
                    Ok(Json(body))
                }
            ),
        ),
        (
            quote!(
                200,
                404,
                crate = crate::renamed::my_core,
                all_errors,
                debug_check
            ),
            quote!(
                #[track_caller]
                fn show() -> crate::AppResult<Json<User>> {
                    Err(Error::NotFound)
                }
            ),
        ),
        (
            quote!(
                crate = crate::renamed::my_core,
                "Payload Too Large",
                201,
                debug_check
            ),
            quote!(
                async fn create() -> Status {
                    status!(201)
                }
            ),
        ),
    ];
    for (attr, item) in handlers {
        let expansion = expand_responds(attr, item, Lang::English);
        assert!(
            !expansion.to_string().contains("compile_error"),
            "{expansion}"
        );
        only_through_override(expansion);
    }
}

#[test]
fn the_crate_override_replaces_every_root_of_the_derive() {
    for input in [
        quote! {
            #[status(crate = crate::renamed::my_core)]
            enum ApiError<E> {
                #[status(404)]
                NotFound,
                #[allow(deprecated)]
                #[status("Payload Too Large")]
                TooLarge,
                #[status(allow_nonstandard(499))]
                Closed,
                #[status(transparent)]
                Store(StoreError),
                #[status(transparent)]
                Generic(E),
            }
        },
        quote! {
            #[status(404)]
            #[status(crate = crate::renamed::my_core)]
            struct NotFound;
        },
        quote! {
            #[status(crate = crate::renamed::my_core)]
            #[status(transparent)]
            struct Wrapper(Inner);
        },
    ] {
        let expansion = crate::derive::expand_derive(input, Lang::English);
        assert!(
            !expansion.to_string().contains("compile_error"),
            "{expansion}"
        );
        only_through_override(expansion);
    }
}

#[test]
fn a_second_or_malformed_crate_override_is_an_error_at_it() {
    let twice = errors(quote!(crate = a, 404, crate = b));
    assert_eq!(twice.len(), 1, "{twice:?}");
    assert!(
        twice[0].starts_with("`crate = ...` is given twice"),
        "{twice:?}"
    );
    let twice = responds_errors(
        quote!(crate = a, 200, crate = b),
        quote!(
            fn f() {}
        ),
    );
    assert!(
        twice[0].starts_with("`crate = ...` is given twice"),
        "{twice:?}"
    );
    let twice = derive_errors(quote! {
        #[status(crate = a)]
        #[status(crate = b)]
        enum E {
            #[status(404)]
            A,
        }
    });
    assert!(
        twice[0].starts_with("`crate = ...` is given twice"),
        "{twice:?}"
    );

    let malformed = [
        (quote!(crate, 404), "expected `crate = path`"),
        (quote!(crate my_core, 404), "expected `crate = path`"),
        (quote!(crate =, 404), "expected `crate = path`"),
        (quote!(crate = 404), "expected `crate = path`"),
        (
            quote!(crate = my_core::Status<u8>, 404),
            "expected `crate = path`",
        ),
        (
            quote!(crate = "my_core", 404),
            "help: write it without quotes: crate = my_core",
        ),
    ];
    for (input, expected) in malformed {
        let shown = input.to_string();
        let message = errors(input.clone()).join("\n");
        assert!(message.contains(expected), "status!({shown}): {message}");
        let message = responds_errors(
            input,
            quote!(
                fn f() {}
            ),
        )
        .join("\n");
        assert!(
            message.contains(expected),
            "#[responds({shown})]: {message}"
        );
    }
    let misplaced = derive_errors(quote! {
        #[status(crate = my_core, 404)]
        struct S;
    });
    assert!(
        misplaced[0].starts_with("`crate = ...` stands alone"),
        "{misplaced:?}"
    );
    let on_variant = derive_errors(quote! {
        enum E {
            #[status(crate = my_core)]
            A,
        }
    });
    assert!(
        on_variant[0].starts_with("#[status(crate = ...)] goes on the type"),
        "{on_variant:?}"
    );
    let Err(korean) = check_status(quote!(crate = a, 404, crate = b), Lang::Korean) else {
        panic!("a second override is an error");
    };
    assert!(
        korean[0]
            .to_string()
            .starts_with("`crate = ...`가 두 번 쓰였습니다"),
        "{korean:?}"
    );
    let Err(korean) = check_status(quote!(crate = "my_core", 404), Lang::Korean) else {
        panic!("a quoted override is an error");
    };
    assert!(korean[0].to_string().contains("따옴표 없이"), "{korean:?}");
    // `crate::` starts a path, not an override: refused as before, with nothing about overrides.
    let path = single_error(quote!(crate::NOT_FOUND));
    assert!(!path.contains("crate ="), "{path}");
}

#[test]
fn the_scanner_reads_a_status_with_a_crate_override() {
    assert_eq!(
        scanned(quote!({
            status!(crate = crate::renamed::my_core, 404);
            status_code!(201, crate = my_core)
        })),
        [404, 201]
    );
}
