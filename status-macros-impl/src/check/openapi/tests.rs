//! `#[responds]` above `#[utoipa::path]`.

use crate::responds::{check_responds, expand_responds};
use crate::test_support::*;
use proc_macro2::TokenStream;
use quote::quote;
use status_table::openapi::{description, Origin};
use status_table::words::Lang;
use status_table::{entries, lookup};

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
