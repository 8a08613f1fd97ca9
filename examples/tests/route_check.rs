//! The route check on the example service, against drift the compiler cannot see: handlers
//! added to the service whose contracts have fallen behind what they send, each in one of the
//! ways real handlers drift, served on 127.0.0.1 and driven over loopback.
//!
//! - a status from `?` through a `From` conversion (a UNIQUE violation becoming 409);
//! - a status from a helper function (the service's own `valid_name`, answering 422);
//! - a status from an error type whose `IntoResponse` was changed after its derive;
//! - an extractor's rejection the contract does not cover (a hand-written API-key extractor);
//! - a middleware status not declared for the router (a quota layer's 429).
//!
//! Each is caught with a 500 that says why in the default debug mode, passed through with a
//! warning in the release mode, and recorded in the test mode.

use std::sync::{Arc, Mutex};

use axum::extract::{FromRequestParts, Query, Request, State};
use axum::handler::Handler;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;
use status_core::route_check::{ContractCheckLayer, MiddlewareStatusesLayer, Mode, Violation};
use status_core::{responds, ResponseStatus, Status};
use status_examples::db;
use status_examples::service::{self, valid_name, ApiError, AppState, NewUser, User};

mod support;
use support::{agent, serve, Server};

/// `POST /import`: declares 201, 422 and 500, but a second import of the same user fails on
/// SQLite's UNIQUE constraint, which `?` turns into `ApiError::Conflict`, 409.
#[responds(201, 422, 500)]
async fn import_user(
    State(state): State<AppState>,
    Json(new): Json<NewUser>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    let user = db::insert_user(&state.db(), &new.name, &new.email)?;
    Ok((StatusCode::CREATED, Json(user)))
}

#[derive(Deserialize)]
struct ByName {
    name: String,
}

/// `GET /find?name=`: declares 200, 404 and 500; the helper `valid_name` answers 422 for a
/// name of spaces.
#[responds(200, 404, 500)]
async fn find_by_name(
    State(state): State<AppState>,
    Query(query): Query<ByName>,
) -> Result<Json<User>, ApiError> {
    let name = valid_name(&query.name)?;
    let users = db::list_users(&state.db(), 100, 0)?;
    let user = users.into_iter().find(|user| user.name == name);
    user.map(Json).ok_or(ApiError::NotFound(0))
}

/// An error type whose derive says 404, and whose `IntoResponse` was later changed to answer
/// 410 Gone: the compiler checks the derive, the client receives the `IntoResponse`.
#[derive(Debug, ResponseStatus)]
enum ArchiveError {
    #[status(404)]
    Missing,
}

impl IntoResponse for ArchiveError {
    fn into_response(self) -> Response {
        (StatusCode::GONE, "archived").into_response()
    }
}

/// `GET /archive`: declares 200 and 404.
#[responds(200, 404)]
async fn archive() -> Result<Json<User>, ArchiveError> {
    Err(ArchiveError::Missing)
}

/// A hand-written extractor that rejects a request without `x-api-key` with 401; the table of
/// extractors does not know it, so nothing implies 401 for the routes that take it.
struct ApiKey;

impl<S: Send + Sync> FromRequestParts<S> for ApiKey {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ApiKey, StatusCode> {
        match parts.headers.contains_key("x-api-key") {
            true => Ok(ApiKey),
            false => Err(StatusCode::UNAUTHORIZED),
        }
    }
}

/// `GET /report`: declares 200 only.
#[responds(200)]
async fn report(_key: ApiKey) -> Json<serde_json::Value> {
    Json(json!({ "users": 0 }))
}

/// `GET /quota/report`: the same handler, behind a quota layer that has run out.
async fn out_of_quota(_request: Request, _next: Next) -> Response {
    StatusCode::TOO_MANY_REQUESTS.into_response()
}

/// The service's own routes, and the drifted ones beside them, under the service's middleware
/// and `check`. The quota group declares its 429 only when `declare_quota` says so.
fn drifted_service(check: ContractCheckLayer, declare_quota: bool) -> Router {
    let mut quota = Router::new()
        .route("/quota/report", get(report.layer(REPORT_RESPONSES.layer())))
        .layer(middleware::from_fn(out_of_quota));
    if declare_quota {
        quota = quota.layer(MiddlewareStatusesLayer::new([Status::TOO_MANY_REQUESTS]));
    }
    let routes = service::routes()
        .route(
            "/import",
            post(import_user.layer(IMPORT_USER_RESPONSES.layer())),
        )
        .route(
            "/find",
            get(find_by_name.layer(FIND_BY_NAME_RESPONSES.layer())),
        )
        .route("/archive", get(archive.layer(ARCHIVE_RESPONSES.layer())))
        .route("/report", get(report.layer(REPORT_RESPONSES.layer())))
        .merge(quota);
    let state = AppState::in_memory().expect("a database in memory");
    service::router_with(routes, state, check)
}

/// One drifted request: how to send it, and what the handler (or layer) really answers.
struct Drift {
    what: &'static str,
    method: &'static str,
    path: &'static str,
    body: Option<serde_json::Value>,
    sends: u16,
    /// The handler whose contract is broken; `None` when a layer answered before the request
    /// reached the route's contract.
    handler: Option<&'static str>,
}

fn drifts() -> Vec<Drift> {
    let dave = json!({ "name": "dave", "email": "dave@example.org" });
    vec![
        Drift {
            what: "? through From<rusqlite::Error>",
            method: "POST",
            path: "/import",
            body: Some(dave),
            sends: 409,
            handler: Some("import_user"),
        },
        Drift {
            what: "a helper function",
            method: "GET",
            path: "/find?name=%20%20",
            body: None,
            sends: 422,
            handler: Some("find_by_name"),
        },
        Drift {
            what: "a changed IntoResponse",
            method: "GET",
            path: "/archive",
            body: None,
            sends: 410,
            handler: Some("archive"),
        },
        Drift {
            what: "an extractor's rejection",
            method: "GET",
            path: "/report",
            body: None,
            sends: 401,
            handler: Some("report"),
        },
        Drift {
            what: "a middleware status not declared for the router",
            method: "GET",
            path: "/quota/report",
            body: None,
            sends: 429,
            handler: None,
        },
    ]
}

/// The status and body of one request; a dropped connection or a timeout fails the test.
fn send(
    agent: &ureq::Agent,
    server: &Server,
    method: &str,
    path: &str,
    body: Option<&serde_json::Value>,
) -> (u16, String, String) {
    let url = server.url(path);
    let response = match (method, body) {
        ("GET", None) => agent.get(&url).call(),
        ("POST", Some(body)) => agent.post(&url).send_json(body),
        _ => panic!("no client call written for {method} {path}"),
    }
    .unwrap_or_else(|error| panic!("{method} {path}: {error}"));
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let text = response
        .into_body()
        .read_to_string()
        .unwrap_or_else(|error| panic!("{method} {path}: reading the body: {error}"));
    (status, content_type, text)
}

/// Sends every drifted request, after the one import that makes the second fail, and returns
/// what each answered.
fn drive(server: &Server) -> Vec<(u16, String, String)> {
    let agent = agent();
    let (first, _, text) = send(
        &agent,
        server,
        "POST",
        "/import",
        Some(&json!({ "name": "dave", "email": "dave@example.org" })),
    );
    assert_eq!(first, 201, "the first import succeeds: {text}");
    drifts()
        .iter()
        .map(|drift| {
            send(
                &agent,
                server,
                drift.method,
                drift.path,
                drift.body.as_ref(),
            )
        })
        .collect()
}

/// Keeps every violation a check reports, through its hook.
fn recording(check: ContractCheckLayer) -> (ContractCheckLayer, Arc<Mutex<Vec<Violation>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let check = check.on_violation(move |violation| {
        sink.lock()
            .expect("the list of violations")
            .push(violation.clone())
    });
    (check, seen)
}

#[test]
fn in_debug_mode_every_drift_is_answered_with_a_500_that_says_why() {
    let (check, seen) = recording(service::contract_check().mode(Mode::Respond));
    let server = serve(drifted_service(check, false));
    let answers = drive(&server);
    for (drift, (status, content_type, text)) in drifts().iter().zip(&answers) {
        let what = format!("{} {} ({})", drift.method, drift.path, drift.what);
        assert_eq!(status, &500, "{what}: {text}");
        assert_eq!(content_type, "text/plain; charset=utf-8", "{what}");
        let sent = Status::from_code(drift.sends).expect("a status in the table");
        assert!(
            text.contains(&format!("with {sent}")),
            "{what}: the body names the status sent, {sent}: {text}"
        );
        match drift.handler {
            Some(handler) => {
                assert!(
                    text.contains(&format!("handler `{handler}`")),
                    "{what}: the body names the handler: {text}"
                );
                assert!(
                    text.contains("  declared: "),
                    "{what}: the body gives the contract: {text}"
                );
            }
            None => assert!(
                text.contains("before it reached a handler's contract"),
                "{what}: the body says a layer answered: {text}"
            ),
        }
        assert!(
            text.contains("added by middleware: 408 Request Timeout, 413 Content Too Large, 500 Internal Server Error"),
            "{what}: the body lists the middleware statuses: {text}"
        );
    }
    let seen = seen.lock().expect("the list of violations");
    let reported: Vec<u16> = seen.iter().map(|violation| violation.status).collect();
    assert_eq!(reported, [409, 422, 410, 401, 429]);
}

#[test]
fn in_release_mode_every_drift_passes_through_and_is_reported() {
    let (check, seen) = recording(service::contract_check().mode(Mode::Warn));
    let server = serve(drifted_service(check, false));
    let answers = drive(&server);
    for (drift, (status, _, text)) in drifts().iter().zip(&answers) {
        assert_eq!(
            *status, drift.sends,
            "{} {} ({}) passes through unchanged: {text}",
            drift.method, drift.path, drift.what
        );
    }
    let seen = seen.lock().expect("the list of violations");
    let reported: Vec<(Option<&str>, u16)> = seen
        .iter()
        .map(|violation| (violation.handler(), violation.status))
        .collect();
    assert_eq!(
        reported,
        drifts()
            .iter()
            .map(|drift| (drift.handler, drift.sends))
            .collect::<Vec<_>>()
    );
}

#[test]
fn switched_off_nothing_is_checked() {
    let (check, seen) = recording(service::contract_check().mode(Mode::Off));
    let server = serve(drifted_service(check, false));
    let answers = drive(&server);
    for (drift, (status, _, _)) in drifts().iter().zip(&answers) {
        assert_eq!(*status, drift.sends);
    }
    assert!(seen.lock().expect("the list of violations").is_empty());
}

#[test]
fn a_middleware_status_declared_for_its_group_passes() {
    let check = service::contract_check().mode(Mode::Test);
    let server = serve(drifted_service(check.clone(), true));
    let (status, _, text) = send(&agent(), &server, "GET", "/quota/report", None);
    assert_eq!(status, 429, "{text}");
    drop(server);
    check.assert_no_violations();
}

#[test]
fn in_test_mode_the_violations_fail_the_suite_and_coverage_is_kept() {
    let check = service::contract_check().mode(Mode::Test);
    let server = serve(drifted_service(check.clone(), false));
    let answers = drive(&server);
    assert!(answers.iter().all(|(status, _, _)| *status == 500));
    drop(server);

    assert_eq!(check.violations().len(), drifts().len());
    let failure = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check.assert_no_violations()
    }))
    .expect_err("violations fail the suite");
    let message = failure
        .downcast_ref::<String>()
        .expect("a formatted panic message");
    assert!(
        message.starts_with("5 responses broke a route's contract:"),
        "{message}"
    );
    for drift in drifts() {
        assert!(
            message.contains(&format!(
                "{} {}",
                drift.method,
                drift.path.split('?').next().unwrap_or("")
            )),
            "{message}"
        );
    }

    let coverage = check.coverage();
    let import = coverage
        .routes()
        .iter()
        .find(|route| route.route == "/import")
        .expect("POST /import answered");
    assert_eq!(import.seen, [(201, 1), (409, 1)]);
    assert_eq!(
        import
            .unseen()
            .map(|status| status.code())
            .collect::<Vec<_>>(),
        [422, 500]
    );
    let text = coverage.to_string();
    assert!(
        text.contains("POST /import (import_user): 201 seen; 422, 500 declared, never seen"),
        "{text}"
    );
}

#[test]
fn a_route_contract_alone_checks_with_the_builds_default() {
    // No ContractCheckLayer: the route layer judges its own route.
    let state = AppState::in_memory().expect("a database in memory");
    let router = Router::new()
        .route("/archive", get(archive.layer(ARCHIVE_RESPONSES.layer())))
        .with_state(state);
    let server = serve(router);
    let (status, _, text) = send(&agent(), &server, "GET", "/archive", None);
    if cfg!(debug_assertions) {
        assert_eq!(status, 500, "{text}");
        assert!(
            text.contains("handler `archive` answered GET /archive with 410 Gone"),
            "{text}"
        );
    } else {
        assert_eq!(status, 410, "{text}");
    }
}
