//! Starts the actix-web service on 127.0.0.1 (port 0) over a fresh in-memory database, with
//! its route check in test mode, drives it with a real HTTP client over loopback, and checks
//! each answer: the status is the one expected, and it is in the handler's contract (declared,
//! or implied by the request when actix's extractors rejected it first), or the router's own
//! 404 where no route took the request. The suite fails on any violation the check recorded,
//! and prints the coverage report: which declared statuses no request brought about. Bounded:
//! a fixed list of requests, each with a five-second timeout.

use std::time::Duration;

use serde_json::{json, Value};
use status_core::route_check::Mode;
use status_examples::service::{AppState, BODY_LIMIT};
use status_examples_actix::server::Server;
use status_examples_actix::service::{self, CONTRACTS};

/// Statuses are answers, not errors; each request has five seconds and a connection of its
/// own (the server closes one whose body it refused unread).
fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_idle_connections(0)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}

/// What a request carries.
enum Body {
    None,
    Json(Value),
    /// A body sent as it is, with this `Content-Type`.
    Raw(&'static str, &'static str),
    /// A JSON body of this many bytes.
    Long(usize),
}

/// One request, the handler whose route it is for (`None`: no route takes it), and the status
/// it must get.
struct Call {
    method: &'static str,
    path: &'static str,
    handler: Option<&'static str>,
    body: Body,
    expected: u16,
}

fn call(
    method: &'static str,
    path: &'static str,
    handler: Option<&'static str>,
    body: Body,
    expected: u16,
) -> Call {
    Call {
        method,
        path,
        handler,
        body,
        expected,
    }
}

fn send(agent: &ureq::Agent, port: u16, call: &Call) -> u16 {
    let url = format!("http://127.0.0.1:{port}{}", call.path);
    let request = ureq::http::Request::builder().method(call.method).uri(&url);
    let request = match &call.body {
        Body::None => request.body(Vec::new()),
        Body::Json(value) => request
            .header("content-type", "application/json")
            .body(serde_json::to_vec(value).expect("JSON")),
        Body::Raw(content_type, text) => request
            .header("content-type", *content_type)
            .body(text.as_bytes().to_vec()),
        Body::Long(length) => {
            let mut text = String::from("{\"name\":\"");
            text.push_str(&"a".repeat(length.saturating_sub(text.len() + 2)));
            text.push_str("\"}");
            request
                .header("content-type", "application/json")
                .body(text.into_bytes())
        }
    };
    let response = agent
        .run(request.expect("a request"))
        .unwrap_or_else(|error| panic!("{} {}: {error}", call.method, call.path));
    response.status().as_u16()
}

#[test]
fn every_answer_is_in_its_routes_contract_and_the_check_saw_no_violation() {
    let check = service::contract_check().mode(Mode::Test);
    let state = AppState::in_memory().expect("a database in memory");
    let server = Server::start(state.clone(), service::routes, Some(check.clone()))
        .expect("the service on loopback");
    let alice = json!({"name": "alice", "email": "alice@example.org"});
    let calls = [
        call("GET", "/health", Some("health"), Body::None, 200),
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Json(alice.clone()),
            201,
        ),
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Json(alice),
            409,
        ),
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Json(json!({"name": "bob", "email": "bob@example.org"})),
            201,
        ),
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Json(json!({"name": " ", "email": "x@example.org"})),
            422,
        ),
        // actix's Json refuses these before the handler runs.
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Raw("application/json", "{"),
            400,
        ),
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Raw("text/plain", "{}"),
            400,
        ),
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Json(json!({"name": "no address"})),
            400,
        ),
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Long(BODY_LIMIT + 1),
            413,
        ),
        call("GET", "/users", Some("list_users"), Body::None, 200),
        call("GET", "/users?limit=0", Some("list_users"), Body::None, 422),
        // actix's Query refuses a limit that is not a number.
        call(
            "GET",
            "/users?limit=many",
            Some("list_users"),
            Body::None,
            400,
        ),
        call("GET", "/users/1", Some("get_user"), Body::None, 200),
        call("GET", "/users/999", Some("get_user"), Body::None, 404),
        // actix's Path answers 404 to an id that is not a number.
        call("GET", "/users/abc", Some("get_user"), Body::None, 404),
        call(
            "PATCH",
            "/users/1",
            Some("update_user"),
            Body::Json(json!({"name": "alicia"})),
            200,
        ),
        call(
            "PATCH",
            "/users/1",
            Some("update_user"),
            Body::Json(json!({"name": "bob"})),
            409,
        ),
        call(
            "PATCH",
            "/users/1",
            Some("update_user"),
            Body::Json(json!({"email": "nowhere"})),
            422,
        ),
        call(
            "PATCH",
            "/users/999",
            Some("update_user"),
            Body::Json(json!({})),
            404,
        ),
        call(
            "PATCH",
            "/users/1",
            Some("update_user"),
            Body::Raw("application/json", "["),
            400,
        ),
        call("DELETE", "/users/2", Some("delete_user"), Body::None, 204),
        call("DELETE", "/users/2", Some("delete_user"), Body::None, 404),
        call("GET", "/openapi.json", Some("openapi"), Body::None, 200),
        // The router's own answers: no resource, and a method the resource does not serve.
        call("GET", "/nowhere", None, Body::None, 404),
        call("PUT", "/users", None, Body::None, 405),
    ];
    // Once the database has lost its table, every route that reads it answers 500, and the
    // health check 503.
    let on_a_broken_database = [
        call("GET", "/health", Some("health"), Body::None, 503),
        call("GET", "/users", Some("list_users"), Body::None, 500),
        call("GET", "/users/1", Some("get_user"), Body::None, 500),
        call(
            "POST",
            "/users",
            Some("create_user"),
            Body::Json(json!({"name": "erin", "email": "erin@example.org"})),
            500,
        ),
        call(
            "PATCH",
            "/users/1",
            Some("update_user"),
            Body::Json(json!({"name": "erin"})),
            500,
        ),
        call("DELETE", "/users/1", Some("delete_user"), Body::None, 500),
    ];
    let agent = agent();
    let mut failures = Vec::new();
    let broken = calls.len();
    for (index, call) in calls.iter().chain(&on_a_broken_database).enumerate() {
        if index == broken {
            state
                .db()
                .execute_batch("DROP TABLE users")
                .expect("the table can be dropped");
        }
        let status = send(&agent, server.address.port(), call);
        if status != call.expected {
            failures.push(format!(
                "{} {}: expected {}, got {status}",
                call.method, call.path, call.expected
            ));
        }
        if let Some(handler) = call.handler {
            let contract = CONTRACTS
                .iter()
                .find(|contract| contract.handler() == handler)
                .expect("a contract");
            if !contract.contains(status) {
                failures.push(format!(
                    "{} {}: {status} is outside {handler}'s contract ({contract})",
                    call.method, call.path
                ));
            }
        }
    }
    drop(server);
    let coverage = check.coverage();
    println!("{coverage}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    check.assert_no_violations();
    // Every route was asked, and every status the contracts declare was brought about.
    for contract in CONTRACTS {
        assert!(
            coverage
                .routes()
                .iter()
                .any(|route| route.contract == Some(*contract)),
            "{} was never asked",
            contract.handler()
        );
    }
    coverage.assert_at_least(1.0);
}
