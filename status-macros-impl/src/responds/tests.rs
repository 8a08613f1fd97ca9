//! `#[responds]`: the item it is on, the expansion, the debug-build check.

use crate::responds::{check_responds, expand_responds};
use crate::test_support::*;
use proc_macro2::TokenStream;
use quote::quote;
use status_table::words::Lang;

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
