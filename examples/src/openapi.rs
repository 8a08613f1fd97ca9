//! A small OpenAPI 3.1 generator: paths, operations and their responses, taken from the
//! `#[responds]` declarations so the contract is written once.

use serde_json::{json, Map, Value};

use crate::service::Route;

/// The OpenAPI document for `routes`: one operation per route, listing exactly the statuses
/// its handler declares, each described by its reason phrase and the table's summary.
pub fn document(routes: &[Route]) -> Value {
    let mut paths = Map::new();
    for route in routes {
        let responses: Map<String, Value> = route
            .responses
            .statuses()
            .iter()
            .map(|status| {
                let description = format!("{}. {}", status.reason(), status.entry().summary_en());
                (
                    status.code().to_string(),
                    json!({ "description": description }),
                )
            })
            .collect();
        let operation = json!({
            "operationId": route.responses.handler(),
            "summary": route.summary,
            "responses": responses,
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
