//! `status_core::openapi::aide::contract` on aide 0.15's axum routing: the operation's
//! responses become exactly the handler's contract, declared and implied by the request, and
//! what aide inferred for a listed status (a body schema) is kept.

use aide::axum::routing::{get_with, post_with};
use aide::axum::ApiRouter;
use aide::generate::GenContext;
use aide::openapi::{OpenApi, Operation};
use aide::OperationOutput;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;
use status_core::openapi::aide::contract;
use status_core::openapi::description;
use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    Missing,
    #[status(409)]
    Taken,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.status().to_http().into_response()
    }
}

/// aide needs to know what an error type documents; this one adds nothing of its own, so the
/// contract says it all.
impl OperationOutput for ApiError {
    type Inner = ();

    fn operation_response(
        _: &mut GenContext,
        _: &mut Operation,
    ) -> Option<aide::openapi::Response> {
        None
    }
}

/// Creates a thing.
#[responds(201, 409)]
async fn create_thing(Json(name): Json<String>) -> Result<(StatusCode, Json<u32>), ApiError> {
    if name.is_empty() {
        return Err(ApiError::Taken);
    }
    Ok((StatusCode::CREATED, Json(1)))
}

/// Fetches a thing.
#[responds(200, 404)]
async fn get_thing(Path(id): Path<u32>) -> Result<Json<u32>, ApiError> {
    match id {
        1 => Ok(Json(id)),
        _ => Err(ApiError::Missing),
    }
}

fn document() -> Value {
    let mut api = OpenApi::default();
    let _router: axum::Router = ApiRouter::new()
        .api_route(
            "/things",
            post_with(create_thing, contract(CREATE_THING_RESPONSES)),
        )
        .api_route(
            "/things/{id}",
            get_with(get_thing, contract(GET_THING_RESPONSES)),
        )
        .finish_api(&mut api);
    serde_json::to_value(&api).expect("the document as JSON")
}

fn codes(document: &Value, path: &str, method: &str) -> Vec<String> {
    document["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path} has responses: {document:#}"))
        .keys()
        .cloned()
        .collect()
}

#[test]
fn each_operation_lists_exactly_its_contract() {
    let document = document();
    for (path, method, responses) in [
        ("/things", "post", CREATE_THING_RESPONSES),
        ("/things/{id}", "get", GET_THING_RESPONSES),
    ] {
        let expected: Vec<String> = responses
            .documented()
            .map(|(status, _)| status.code().to_string())
            .collect();
        assert_eq!(codes(&document, path, method), expected, "{method} {path}");
        for (status, origin) in responses.documented() {
            assert_eq!(
                document["paths"][path][method]["responses"][status.code().to_string()]
                    ["description"],
                description(status.entry(), origin).to_string(),
                "{method} {path} {status}"
            );
        }
    }
}

#[test]
fn a_schema_aide_inferred_for_a_listed_status_is_kept() {
    let document = document();
    // aide reads `Json<u32>` as the 200 of `get_thing`; the contract lists 200, so the body
    // schema stays, under the contract's description.
    let ok = &document["paths"]["/things/{id}"]["get"]["responses"]["200"];
    assert!(
        ok["content"]["application/json"]["schema"].is_object(),
        "{ok:#}"
    );
}
