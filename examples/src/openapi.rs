//! A small OpenAPI 3.1 generator: paths, operations and their responses, taken from the
//! `#[responds]` declarations so the contract is written once.

use serde_json::{json, Map, Value};
use status_core::Status;

use crate::service::Route;

/// What a status implied by the request adds to its description.
const IMPLIED: &str = "Answered before the handler runs, when the request's path, query \
                       string or body is rejected by the extractor that reads it.";

/// The OpenAPI document for `routes`: one operation per route, listing the statuses its handler
/// declares and those its request extractors answer with (`Responses::implied`), each described
/// by its reason phrase and the table's summary.
pub fn document(routes: &[Route]) -> Value {
    let mut paths = Map::new();
    for route in routes {
        let mut responses = Map::new();
        for status in route.responses.statuses() {
            responses.insert(status.code().to_string(), response(status, ""));
        }
        for status in route.responses.implied() {
            let note = if route.responses.declares(status.code()) {
                format!(" Also: {IMPLIED}")
            } else {
                format!(" {IMPLIED}")
            };
            responses.insert(status.code().to_string(), response(status, &note));
        }
        // Listed by code, whichever of the two lists a status came from.
        let mut responses: Vec<(String, Value)> = responses.into_iter().collect();
        responses.sort_by(|a, b| a.0.cmp(&b.0));
        let operation = json!({
            "operationId": route.responses.handler(),
            "summary": route.summary,
            "responses": responses.into_iter().collect::<Map<String, Value>>(),
        });
        let path = paths
            .entry(route.path)
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(methods) = path {
            methods.insert(route.method.to_owned(), operation);
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "status example user service",
            "version": env!("CARGO_PKG_VERSION"),
        },
        "paths": paths,
    })
}

fn response(status: &Status, note: &str) -> Value {
    let description = format!("{}. {}{note}", status.reason(), status.entry().summary_en());
    json!({ "description": description })
}
