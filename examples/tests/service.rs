//! Starts the example service on 127.0.0.1 (port 0) over a fresh in-memory database, drives it
//! with a real HTTP client over loopback, and checks each answer: the status is the one
//! expected, and it is in the route's contract, declared by the handler when the handler
//! answered, implied by the request when axum's extractors rejected it first, and declared for
//! the middleware when a layer answered. The service runs with its route check in test mode,
//! so the suite is also a contract suite: it fails on any violation the check recorded, and
//! prints which declared statuses no request brought about. Bounded: a fixed list of
//! requests, each with a five-second timeout.

use serde_json::{json, Value};
use status_core::route_check::Mode;
use status_core::Responses;
use status_examples::service::{self, AppState, BODY_LIMIT, CONTRACTS, MIDDLEWARE_STATUSES};

mod support;
use support::{agent, serve};

/// One operation of the service's OpenAPI document and its handler's contract.
struct Route {
    method: String,
    path: String,
    responses: Responses,
}

/// Every operation of `document` (the OpenAPI document as JSON), with the contract of the
/// handler its operation id names.
fn routes_of(document: &Value) -> Vec<Route> {
    let mut routes = Vec::new();
    for (path, methods) in document["paths"].as_object().expect("paths") {
        for (method, operation) in methods.as_object().expect("operations") {
            let id = operation["operationId"].as_str().expect("an operation id");
            let responses = *CONTRACTS
                .iter()
                .find(|contract| contract.handler() == id)
                .unwrap_or_else(|| panic!("no contract for operation {id}"));
            routes.push(Route {
                method: method.clone(),
                path: path.clone(),
                responses,
            });
        }
    }
    routes
}

/// The routes of the document the service builds.
fn routes() -> Vec<Route> {
    let document =
        serde_json::to_value(status_examples::openapi::document()).expect("the document as JSON");
    routes_of(&document)
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

/// Who is expected to answer.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum By {
    /// The handler: the status must be one it declares.
    Handler,
    /// An extractor, before the handler runs: the status must be implied by the request.
    Extractor,
    /// One of the service's layers: the status must be among its middleware statuses.
    Middleware,
}

/// One request and the answer it must get.
struct Call {
    method: &'static str,
    path: &'static str,
    route: &'static str,
    body: Body,
    expected: u16,
    by: By,
    /// Checks the JSON body, if there is anything to check.
    check: Option<fn(&Value)>,
}

fn call(method: &'static str, path: &'static str, route: &'static str, body: Body) -> Call {
    Call {
        method,
        path,
        route,
        body,
        expected: 0,
        by: By::Handler,
        check: None,
    }
}

impl Call {
    /// Answered by the handler with `status`.
    fn answers(mut self, status: u16) -> Call {
        self.expected = status;
        self.by = By::Handler;
        self
    }

    /// Rejected with `status` by an extractor.
    fn rejected(mut self, status: u16) -> Call {
        self.expected = status;
        self.by = By::Extractor;
        self
    }

    /// Answered with `status` by one of the service's layers.
    fn stopped(mut self, status: u16) -> Call {
        self.expected = status;
        self.by = By::Middleware;
        self
    }

    fn body_is(mut self, check: fn(&Value)) -> Call {
        self.check = Some(check);
        self
    }
}

fn post(body: Body) -> Call {
    call("post", "/users", "/users", body)
}

fn get(path: &'static str, route: &'static str) -> Call {
    call("get", path, route, Body::None)
}

fn user(name: &str, email: &str) -> Body {
    Body::Json(json!({ "name": name, "email": email }))
}

fn ids(page: &Value) -> Vec<i64> {
    page.as_array()
        .expect("a list of users")
        .iter()
        .map(|user| user["id"].as_i64().expect("an id"))
        .collect()
}

fn error_text(body: &Value) -> &str {
    body["error"].as_str().expect("an {\"error\": ...} body")
}

/// The requests, in order: each one sees the database the ones before it left.
fn calls() -> Vec<Call> {
    let alice = || user("alice", "alice@example.org");
    vec![
        get("/health", "/health").answers(200),
        post(alice()).answers(201).body_is(|body| {
            assert_eq!(body["id"], 1);
            assert_eq!(body["name"], "alice");
        }),
        // SQLite's UNIQUE constraints, through `?` and `From<rusqlite::Error>`.
        post(alice()).answers(409),
        post(user("alice", "alice@example.net"))
            .answers(409)
            .body_is(|body| assert_eq!(error_text(body), "the name is taken")),
        post(user("alicia", "alice@example.org"))
            .answers(409)
            .body_is(|body| assert_eq!(error_text(body), "the e-mail address is taken")),
        post(user("bob", "bob@example.org")).answers(201),
        post(user("carol", "carol@example.org")).answers(201),
        // The handler's own validation.
        post(user("  ", "dave@example.org"))
            .answers(422)
            .body_is(|body| assert_eq!(error_text(body), "the name is empty")),
        post(user("dave", "nowhere"))
            .answers(422)
            .body_is(|body| assert!(error_text(body).contains("not an e-mail address"))),
        // axum's `Json` extractor, before the handler runs.
        post(Body::Json(json!({ "name": "dave" }))).rejected(422),
        post(Body::Json(
            json!({ "name": 5, "email": "dave@example.org" }),
        ))
        .rejected(422),
        post(Body::Raw("text/plain", "name=dave")).rejected(415),
        post(Body::Raw("application/json", "{\"name\": \"dave\",")).rejected(400),
        // The body limit layer, before anything reads the body.
        post(Body::Long(BODY_LIMIT + 1)).stopped(413),
        // Pages.
        get("/users", "/users")
            .answers(200)
            .body_is(|body| assert_eq!(ids(body), [1, 2, 3])),
        get("/users?limit=2&offset=1", "/users")
            .answers(200)
            .body_is(|body| assert_eq!(ids(body), [2, 3])),
        get("/users?limit=1", "/users")
            .answers(200)
            .body_is(|body| assert_eq!(ids(body), [1])),
        get("/users?offset=3", "/users")
            .answers(200)
            .body_is(|body| assert_eq!(ids(body), Vec::<i64>::new())),
        get("/users?limit=0", "/users").answers(422),
        get("/users?limit=500", "/users").answers(422),
        get("/users?limit=ten", "/users").rejected(400),
        get("/users?offset=-1", "/users").rejected(400),
        // One user.
        get("/users/1", "/users/{id}")
            .answers(200)
            .body_is(|body| assert_eq!(body["email"], "alice@example.org")),
        get("/users/99", "/users/{id}")
            .answers(404)
            .body_is(|body| assert_eq!(error_text(body), "no user has id 99")),
        get("/users/abc", "/users/{id}").rejected(400),
        // Changes.
        call(
            "patch",
            "/users/2",
            "/users/{id}",
            Body::Json(json!({ "email": "robert@example.org" })),
        )
        .answers(200)
        .body_is(|body| {
            assert_eq!(body["name"], "bob");
            assert_eq!(body["email"], "robert@example.org");
        }),
        call(
            "patch",
            "/users/2",
            "/users/{id}",
            Body::Json(json!({ "name": "carol" })),
        )
        .answers(409),
        call(
            "patch",
            "/users/2",
            "/users/{id}",
            Body::Json(json!({ "email": "robert" })),
        )
        .answers(422),
        call(
            "patch",
            "/users/99",
            "/users/{id}",
            Body::Json(json!({ "name": "zed" })),
        )
        .answers(404),
        call(
            "patch",
            "/users/2",
            "/users/{id}",
            Body::Raw("text/plain", "email=robert"),
        )
        .rejected(415),
        call("patch", "/users/two", "/users/{id}", Body::Json(json!({}))).rejected(400),
        // Deletes, and the name that becomes free.
        call("delete", "/users/1", "/users/{id}", Body::None).answers(204),
        call("delete", "/users/1", "/users/{id}", Body::None).answers(404),
        call("delete", "/users/abc", "/users/{id}", Body::None).rejected(400),
        get("/users/1", "/users/{id}").answers(404),
        post(alice())
            .answers(201)
            .body_is(|body| assert_eq!(body["id"], 4)),
        get("/openapi.json", "/openapi.json")
            .answers(200)
            .body_is(|body| assert_eq!(body["openapi"], "3.1.0")),
    ]
}

/// The requests once the database has lost its table: every route that reads it answers 500,
/// and the health check 503.
fn calls_to_a_broken_database() -> Vec<Call> {
    let failed = |body: &Value| assert!(error_text(body).starts_with("the database failed"));
    vec![
        get("/health", "/health").answers(503),
        get("/users", "/users").answers(500).body_is(failed),
        get("/users/4", "/users/{id}").answers(500).body_is(failed),
        post(user("erin", "erin@example.org"))
            .answers(500)
            .body_is(failed),
        call(
            "patch",
            "/users/4",
            "/users/{id}",
            Body::Json(json!({ "name": "erin" })),
        )
        .answers(500)
        .body_is(failed),
        call("delete", "/users/4", "/users/{id}", Body::None)
            .answers(500)
            .body_is(failed),
    ]
}

#[test]
fn every_answer_is_expected_and_in_the_contract() {
    let check = service::contract_check().mode(Mode::Test);
    let routes = routes();
    let state = AppState::in_memory().expect("a database in memory");
    let server = serve(service::router_with(
        service::routes(),
        state.clone(),
        check.clone(),
    ));
    let agent = agent();
    let break_database = move || {
        state
            .db()
            .execute_batch("DROP TABLE users")
            .expect("the table is dropped");
    };
    let calls = calls().into_iter().map(|call| (call, false)).chain(
        calls_to_a_broken_database()
            .into_iter()
            .map(|call| (call, true)),
    );
    let mut broken = false;
    for (call, on_a_broken_database) in calls {
        if on_a_broken_database && !broken {
            break_database();
            broken = true;
        }
        let url = server.url(call.path);
        let what = format!("{} {}", call.method.to_uppercase(), call.path);
        let response = match (call.method, call.body) {
            ("get", Body::None) => agent.get(&url).call(),
            ("delete", Body::None) => agent.delete(&url).call(),
            ("post", Body::Json(body)) => agent.post(&url).send_json(body),
            ("patch", Body::Json(body)) => agent.patch(&url).send_json(body),
            ("post", Body::Raw(kind, text)) => agent.post(&url).content_type(kind).send(text),
            ("patch", Body::Raw(kind, text)) => agent.patch(&url).content_type(kind).send(text),
            ("post", Body::Long(length)) => agent
                .post(&url)
                .content_type("application/json")
                .send(" ".repeat(length)),
            (method, _) => panic!("no client call written for {method} with that body"),
        }
        .unwrap_or_else(|error| panic!("{what}: {error}"));
        let status = response.status().as_u16();
        let text = response
            .into_body()
            .read_to_string()
            .unwrap_or_else(|error| panic!("{what}: reading the body: {error}"));
        assert_eq!(status, call.expected, "{what} answered {status}: {text}");

        let route = routes
            .iter()
            .find(|route| route.method == call.method && route.path == call.route)
            .expect("every call is to a route in the OpenAPI document");
        match call.by {
            By::Handler => assert!(
                route.responses.declares(status),
                "{what}: the handler answered {status}, which it does not declare ({})",
                route.responses
            ),
            By::Extractor => assert!(
                route
                    .responses
                    .implied()
                    .iter()
                    .any(|implied| implied.code() == status),
                "{what}: rejected with {status}, which the request does not imply ({})",
                route.responses
            ),
            By::Middleware => assert!(
                MIDDLEWARE_STATUSES
                    .iter()
                    .any(|added| added.code() == status),
                "{what}: a layer answered {status}, which is not among the middleware statuses"
            ),
        }
        if let Some(check) = call.check {
            let body: Value = serde_json::from_str(&text)
                .unwrap_or_else(|error| panic!("{what}: {error} in {text:?}"));
            check(&body);
        }
    }
    drop(server);

    // The route check saw every answer above, whoever made it, and held it to the contract.
    check.assert_no_violations();
    let mut coverage = check.coverage();
    for route in &routes {
        coverage.expect(&route.method, &route.path, route.responses);
    }
    println!("{coverage}");
    coverage.assert_at_least(1.0);
}

#[test]
fn the_served_openapi_document_lists_each_contract_exactly() {
    let check = service::contract_check().mode(Mode::Test);
    let server = serve(service::router_with(
        service::routes(),
        AppState::in_memory().expect("a database in memory"),
        check.clone(),
    ));
    let document: Value = ureq::get(server.url("/openapi.json"))
        .call()
        .expect("GET /openapi.json")
        .into_body()
        .read_json()
        .expect("the document as JSON");
    drop(server);
    check.assert_no_violations();

    let routes = routes_of(&document);
    assert_eq!(routes.len(), CONTRACTS.len(), "one operation per handler");
    for route in &routes {
        let listed: Vec<u16> = document["paths"][&route.path][&route.method]["responses"]
            .as_object()
            .unwrap_or_else(|| panic!("no responses for {} {}", route.method, route.path))
            .keys()
            .map(|code| code.parse().expect("a numeric response key"))
            .collect();
        let contract: Vec<u16> = route
            .responses
            .documented()
            .map(|(status, _)| status.code())
            .collect();
        assert_eq!(listed, contract, "{} {}", route.method, route.path);
    }

    let description = |path: &str, method: &str, code: &str| {
        document["paths"][path][method]["responses"][code]["description"]
            .as_str()
            .unwrap_or_else(|| panic!("{method} {path} {code} has a description"))
            .to_owned()
    };
    // Written by hand on `create_user`, with its body; kept as written.
    assert_eq!(
        description("/users", "post", "409"),
        "The name or the e-mail address is taken"
    );
    assert_eq!(
        document["paths"]["/users"]["post"]["responses"]["201"]["content"]["application/json"]
            ["schema"]["$ref"],
        "#/components/schemas/User"
    );
    // Added at start-up by the document check, from the table: 415 comes only from axum's
    // `Json` extractor. `update_user`'s 422, which it declares, was written by `#[responds]`.
    assert!(description("/users", "post", "415").contains("Answered before the handler runs"));
    assert!(description("/users/{id}", "patch", "422").starts_with("Unprocessable Content. "));
    assert!(description("/users/{id}", "delete", "404").starts_with("Not Found. "));
    // The operation's text is the handler's doc comment, without the rustdoc "Responses"
    // section `#[responds]` adds for the crate's own documentation.
    let health = &document["paths"]["/health"]["get"];
    assert_eq!(
        health["summary"],
        "Tell whether the service and its database answer."
    );
    assert_eq!(
        health["description"],
        "200 when the database answers, 503 when it does not."
    );
}

#[test]
fn the_routes_contracts() {
    let routes = routes();
    let codes = |method: &str, path: &str| -> (Vec<u16>, Vec<u16>) {
        let route = routes
            .iter()
            .find(|route| route.method == method && route.path == path)
            .unwrap();
        let declared = route.responses.statuses().iter().map(|s| s.code());
        let implied = route.responses.implied().iter().map(|s| s.code());
        (declared.collect(), implied.collect())
    };
    assert_eq!(codes("get", "/health"), (vec![200, 503], vec![]));
    assert_eq!(codes("get", "/users"), (vec![200, 422, 500], vec![400]));
    assert_eq!(
        codes("post", "/users"),
        (vec![201, 409, 422, 500], vec![400, 413, 415, 422])
    );
    assert_eq!(
        codes("get", "/users/{id}"),
        (vec![200, 404, 500], vec![400, 500])
    );
    assert_eq!(
        codes("patch", "/users/{id}"),
        (vec![200, 404, 409, 422, 500], vec![400, 413, 415, 422, 500])
    );
    assert_eq!(
        codes("delete", "/users/{id}"),
        (vec![204, 404, 500], vec![400, 500])
    );
    assert_eq!(codes("get", "/openapi.json"), (vec![200], vec![]));
}
