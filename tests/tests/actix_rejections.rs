//! Holds `status_core::implied::ACTIX_WEB_EXTRACTORS` to what actix-web 4 really does, as
//! `extractor_rejections.rs` holds the axum table to axum.
//!
//! Every extractor of the table is put in front of a real actix-web handler and sent
//! requests, some well-formed and some broken in each way its error type names. Two things are
//! checked per extractor: every status a rejection answered with is in the entry's
//! `statuses`, and every status in `statuses` was answered by at least one request here. Then
//! `#[responds]` is shown to read the extractors by type: under a renamed import, actix's
//! `Path` implies 404, not axum's 400.
//!
//! Everything runs in-process through `actix_web::test`; no socket is opened.

use std::collections::BTreeMap;

use actix_web::http::header;
use actix_web::test::{call_service, init_service, TestRequest};
use actix_web::{web, App, HttpResponse};
use serde::Deserialize;
use status_core::implied::{self, ACTIX_WEB_EXTRACTORS};
use status_core::{responds, RejectionStatuses, Status};

/// Set on every response a probe handler sends, so a rejection (which never reaches the
/// handler) can be told apart from the handler's own answer.
const RAN: &str = "x-handler-ran";

const FORM: &str = "application/x-www-form-urlencoded";
const JSON: &str = "application/json";

#[derive(Debug, Deserialize)]
#[allow(dead_code, reason = "read only to see that it deserializes")]
struct Payload {
    name: String,
    count: u32,
}

fn ran() -> HttpResponse {
    HttpResponse::Ok().insert_header((RAN, "yes")).finish()
}

async fn json(_: web::Json<Payload>) -> HttpResponse {
    ran()
}

async fn form(_: web::Form<Payload>) -> HttpResponse {
    ran()
}

async fn path(_: web::Path<i64>) -> HttpResponse {
    ran()
}

async fn query(_: web::Query<Payload>) -> HttpResponse {
    ran()
}

/// `Option<X>` never rejects: actix hands the handler `None`.
async fn optional_json(_: Option<web::Json<Payload>>) -> HttpResponse {
    ran()
}

/// What one request led to: `None` when the handler ran, else the rejection's status.
type Outcome = Option<u16>;

/// The requests sent to one extractor, and what came back.
struct Probe {
    entry: &'static implied::Extractor,
    rejected_with: BTreeMap<u16, String>,
    failures: Vec<String>,
}

impl Probe {
    fn new(name: &str) -> Probe {
        Probe {
            entry: implied::actix_web_extractor(name)
                .unwrap_or_else(|| panic!("`{name}` is probed but has no row")),
            rejected_with: BTreeMap::new(),
            failures: Vec::new(),
        }
    }

    /// Records what `case` led to against what was `expected`.
    fn saw(&mut self, case: &str, got: Outcome, expected: Outcome) {
        if got != expected {
            self.failures.push(format!(
                "{} {case}: expected {expected:?}, got {got:?}",
                self.entry.name
            ));
        }
        if let Some(code) = got {
            self.rejected_with
                .entry(code)
                .or_insert_with(|| case.to_owned());
        }
    }

    /// Both directions: every answered status is listed, and every listed one was answered.
    fn finish(mut self) -> Vec<String> {
        let listed: Vec<u16> = self.entry.statuses.iter().map(|e| e.code()).collect();
        for (code, case) in &self.rejected_with {
            if !listed.contains(code) {
                self.failures.push(format!(
                    "{}: {case} answered {code}, which the row does not list",
                    self.entry.name
                ));
            }
        }
        for code in listed {
            if !self.rejected_with.contains_key(&code) {
                self.failures.push(format!(
                    "{}: the row lists {code}, which no request here produced",
                    self.entry.name
                ));
            }
        }
        self.failures
    }
}

/// Sends each request to a fresh app with `route` served by `handler` and records it.
macro_rules! probe {
    ($probe:expr, $route:literal, $handler:expr, [$(($case:literal, $request:expr, $expected:expr)),* $(,)?]) => {{
        let app = init_service(App::new().route($route, web::to($handler))).await;
        $(
            let response = call_service(&app, $request.to_request()).await;
            let got = (!response.headers().contains_key(RAN)).then(|| response.status().as_u16());
            $probe.saw($case, got, $expected);
        )*
    }};
}

fn post(path: &str) -> TestRequest {
    TestRequest::post().uri(path)
}

#[test]
fn every_actix_extractor_rejects_exactly_as_its_row_says() {
    let failures = actix_web::rt::System::new().block_on(async {
        let mut failures = Vec::new();
        let big_json = format!(
            "{{\"name\":\"{}\",\"count\":1}}",
            "a".repeat(2 * 1024 * 1024)
        );
        let big_form = format!("name={}&count=1", "a".repeat(16 * 1024));

        let mut probe = Probe::new("Json");
        probe!(
            probe,
            "/",
            json,
            [
                (
                    "a JSON body that fits",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, JSON))
                        .set_payload("{\"name\":\"a\",\"count\":1}"),
                    None
                ),
                (
                    "a body that is not JSON",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, JSON))
                        .set_payload("{"),
                    Some(400)
                ),
                (
                    "JSON of another shape",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, JSON))
                        .set_payload("{\"name\":1}"),
                    Some(400)
                ),
                (
                    "a Content-Type that is not JSON",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, "text/plain"))
                        .set_payload("{\"name\":\"a\",\"count\":1}"),
                    Some(400)
                ),
                (
                    "no Content-Type",
                    post("/").set_payload("{\"name\":\"a\",\"count\":1}"),
                    Some(400)
                ),
                (
                    "a body past 2 MiB",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, JSON))
                        .set_payload(big_json.clone()),
                    Some(413)
                ),
            ]
        );
        failures.extend(probe.finish());

        let mut probe = Probe::new("Form");
        probe!(
            probe,
            "/",
            form,
            [
                (
                    "a form that fits",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, FORM))
                        .set_payload("name=a&count=1"),
                    None
                ),
                (
                    "a form of another shape",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, FORM))
                        .set_payload("name=a&count=x"),
                    Some(400)
                ),
                (
                    "no Content-Type",
                    post("/").set_payload("name=a&count=1"),
                    Some(415)
                ),
                (
                    "a Content-Type that is not a form",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, JSON))
                        .set_payload("name=a&count=1"),
                    Some(415)
                ),
                (
                    "a body past 16 KiB",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, FORM))
                        .set_payload(big_form.clone()),
                    Some(413)
                ),
                (
                    "a Content-Length that is not a number",
                    post("/")
                        .insert_header((header::CONTENT_TYPE, FORM))
                        .set_payload("name=a&count=1")
                        .insert_header((header::CONTENT_LENGTH, "many")),
                    Some(411)
                ),
            ]
        );
        failures.extend(probe.finish());

        let mut probe = Probe::new("Path");
        probe!(
            probe,
            "/users/{id}",
            path,
            [
                ("a number", TestRequest::get().uri("/users/5"), None),
                (
                    "a segment that is not a number",
                    TestRequest::get().uri("/users/abc"),
                    Some(404)
                ),
                (
                    "a number past i64",
                    TestRequest::get().uri("/users/99999999999999999999"),
                    Some(404)
                ),
            ]
        );
        failures.extend(probe.finish());

        let mut probe = Probe::new("Query");
        probe!(
            probe,
            "/",
            query,
            [
                (
                    "a query that fits",
                    TestRequest::get().uri("/?name=a&count=1"),
                    None
                ),
                (
                    "a count that is not a number",
                    TestRequest::get().uri("/?name=a&count=x"),
                    Some(400)
                ),
                ("no query", TestRequest::get().uri("/"), Some(400)),
            ]
        );
        failures.extend(probe.finish());

        // `Option<Json<_>>` hands the handler `None` whatever was wrong.
        let mut probe = Probe::new("Json");
        probe!(
            probe,
            "/",
            optional_json,
            [(
                "Option of a body that is not JSON",
                post("/")
                    .insert_header((header::CONTENT_TYPE, JSON))
                    .set_payload("{"),
                None
            ),]
        );
        failures.extend(probe.failures);
        failures
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let probed = ["Form", "Json", "Path", "Query"];
    for entry in ACTIX_WEB_EXTRACTORS {
        assert!(
            probed.contains(&entry.name),
            "{} is never probed",
            entry.name
        );
    }
}

/// The rows reach the types: `Option<X>` of none of them rejects.
#[test]
fn the_types_carry_their_rows_and_their_optional_forms_reject_nothing() {
    let codes = |set: status_core::StatusSet| set.iter().map(Status::code).collect::<Vec<_>>();
    assert_eq!(codes(<web::Json<Payload>>::STATUSES), [400, 413]);
    assert_eq!(codes(<web::Form<Payload>>::STATUSES), [400, 411, 413, 415]);
    assert_eq!(codes(<web::Path<i64>>::STATUSES), [404]);
    assert_eq!(codes(<web::Query<Payload>>::STATUSES), [400]);
    assert!(<web::Json<Payload>>::STATUSES_AS_OPTION.is_empty());
    assert!(<web::Path<i64>>::STATUSES_AS_OPTION.is_empty());
}

mod renamed {
    use actix_web::web::Path as ActixPath;
    use actix_web::HttpResponse;
    use status_core::{responds, status};

    /// actix's `Path`, under another name and beside axum's in the same program.
    #[responds(200)]
    pub async fn get_user(id: ActixPath<i64>) -> HttpResponse {
        let _ = id.into_inner();
        HttpResponse::build(status!(200).into()).finish()
    }
}

#[responds(200)]
async fn axum_get_user(id: axum::extract::Path<i64>) -> String {
    id.0.to_string()
}

/// A parameter's statuses come from its type: actix's `Path` implies 404 whatever it is called,
/// and axum's `Path` 400 and 500, in the same program.
#[test]
fn responds_reads_actix_extractors_by_type() {
    let implied = |set: status_core::StatusSet| set.iter().map(Status::code).collect::<Vec<_>>();
    assert_eq!(implied(renamed::GET_USER_RESPONSES.implied()), [404]);
    assert_eq!(implied(AXUM_GET_USER_RESPONSES.implied()), [400, 500]);
    // The handlers exist for their contracts; they are not served here.
    let _ = (renamed::get_user, axum_get_user);
}
