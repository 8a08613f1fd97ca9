//! `crate = path`: every root of the generated code.

use crate::responds::expand_responds;
use crate::status::expand_status;
use crate::test_support::*;
use proc_macro2::TokenStream;
use quote::quote;
use status_table::words::Lang;

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
