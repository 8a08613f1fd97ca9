//! The contract against what a handler answers without naming it: the success type, the parameters, the error type.

use crate::check::DeferredRule;
use crate::handler::parse_handler;
use crate::test_support::*;
use proc_macro2::TokenStream;
use quote::quote;

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
