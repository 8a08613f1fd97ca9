//! `#[derive(ResponseStatus)]`, and `strict` against what its variants answer.

use crate::check::DeferredRule;
use crate::test_support::*;
use quote::quote;
use status_table::words::Lang;

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
