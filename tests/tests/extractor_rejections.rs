//! Holds `status_core::implied` to what axum 0.8 really does.
//!
//! Every extractor in `EXTRACTORS` is put in front of real axum handlers and sent requests, some
//! well-formed and some broken in each way its rejection type names. Two things are checked per
//! extractor: every status a rejection answered with is in the entry's `statuses`, and every
//! status in `statuses` was answered by at least one request here. A 500 that only a
//! programming error produces (a `Path` type that does not fit the route, a handler served
//! outside a router, a missing layer) is produced by a handler wired wrongly on purpose.
//!
//! The success table and the redirect constructors are checked the same way: a handler that
//! returns each type, and each constructor, is called and its status compared with the entry.
//!
//! Everything runs in-process through `tower::ServiceExt::oneshot`; no socket is opened.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::convert::Infallible;
use std::net::SocketAddr;

use axum::body::{Body, Bytes};
use axum::extract::connect_info::MockConnectInfo;
use axum::extract::{
    ConnectInfo, MatchedPath, Multipart, NestedPath, Path, Query, RawForm, RawPathParams,
    WebSocketUpgrade,
};
use axum::handler::Handler;
use axum::http::{header, Method, Request, StatusCode, Version};
use axum::response::sse::{Event, Sse};
use axum::response::{Html, IntoResponse, NoContent, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Json, Router};
use axum_extra::headers::ContentType;
use axum_extra::TypedHeader;
use bytes::BytesMut;
use http_body_util::channel::Channel;
use serde::{Deserialize, Serialize};
use status_core::implied::{self, EXTRACTORS, REDIRECT_CONSTRUCTORS, SUCCESS_TYPES};
use tower::{Service, ServiceExt};

/// Set on every response a probe handler sends, so a rejection (which never reaches the
/// handler) can be told apart from the handler's own answer whatever the status.
const RAN: &str = "x-handler-ran";

/// axum's default body limit (`DefaultBodyLimit`), in bytes.
const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;

const FORM: &str = "application/x-www-form-urlencoded";
const JSON: &str = "application/json";

#[derive(Debug, Deserialize, Serialize)]
struct Payload {
    name: String,
    count: u32,
}

/// The handler's answer: 200, the marker header and a short note (`"some"` or `"none"` for
/// the optional extractors).
fn ran(note: &str) -> Response {
    ([(RAN, "yes")], note.to_owned()).into_response()
}

fn note<T>(value: &Option<T>) -> &'static str {
    if value.is_some() {
        "some"
    } else {
        "none"
    }
}

/// What a request is expected to lead to.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// The extractor accepted the request and the handler answered with this note.
    Ran(String),
    /// The extractor rejected the request with this status.
    Rejected(u16),
}

fn runs(note: &str) -> Outcome {
    Outcome::Ran(note.to_owned())
}

fn rejects(status: StatusCode) -> Outcome {
    Outcome::Rejected(status.as_u16())
}

/// Sends `request` to `app` and reports what happened.
async fn outcome<A>(app: A, request: Request<Body>) -> Outcome
where
    A: Service<Request<Body>, Response = Response, Error = Infallible>,
{
    let response = app
        .oneshot(request)
        .await
        .unwrap_or_else(|never| match never {});
    if response.headers().contains_key(RAN) {
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("a probe handler's body is a plain string");
        Outcome::Ran(String::from_utf8(body.to_vec()).expect("the note is UTF-8"))
    } else {
        Outcome::Rejected(response.status().as_u16())
    }
}

/// The requests sent to one extractor, and what came back.
struct Probe {
    entry: &'static implied::Extractor,
    /// Each status a rejection answered with, and the first case that produced it.
    rejected_with: BTreeMap<u16, String>,
    failures: Vec<String>,
}

impl Probe {
    fn new(name: &str) -> Self {
        let entry = implied::extractor(name)
            .unwrap_or_else(|| panic!("`{name}` is probed here but has no entry in EXTRACTORS"));
        Probe {
            entry,
            rejected_with: BTreeMap::new(),
            failures: Vec::new(),
        }
    }

    /// Sends one request and records the outcome; `expected` is what axum's source says
    /// should happen, so a change in axum shows up as a named failure.
    async fn case<A>(&mut self, what: &str, app: A, request: Request<Body>, expected: Outcome)
    where
        A: Service<Request<Body>, Response = Response, Error = Infallible>,
    {
        let got = outcome(app, request).await;
        if got != expected {
            self.failures.push(format!(
                "{}: {what}: expected {expected:?}, got {got:?}",
                self.entry.name
            ));
        }
        if let Outcome::Rejected(code) = got {
            if !self.entry.statuses.iter().any(|s| s.code() == code) {
                self.failures.push(format!(
                    "{}: {what}: rejected with {code}, which the table does not list",
                    self.entry.name
                ));
            }
            self.rejected_with
                .entry(code)
                .or_insert_with(|| what.to_owned());
        }
    }

    /// Every listed status must have been produced by some case.
    fn finish(mut self) -> Vec<String> {
        for status in self.entry.statuses {
            if !self.rejected_with.contains_key(&status.code()) {
                self.failures.push(format!(
                    "{}: {} is listed but no request produced it",
                    self.entry.name,
                    status.code()
                ));
            }
        }
        self.failures
    }
}

fn get_request(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

fn post_request(uri: &str, content_type: Option<&str>, body: impl Into<Body>) -> Request<Body> {
    let mut builder = Request::post(uri);
    if let Some(content_type) = content_type {
        builder = builder.header(header::CONTENT_TYPE, content_type);
    }
    builder.body(body.into()).unwrap()
}

/// One byte past the default body limit.
fn oversized() -> Vec<u8> {
    vec![b'a'; DEFAULT_BODY_LIMIT + 1]
}

/// A body whose stream fails, as when the client's connection drops while the body is being
/// read.
fn failing_body() -> Body {
    let (sender, body) = Channel::<Bytes, std::io::Error>::new(1);
    sender.abort(std::io::Error::other("connection reset"));
    Body::new(body)
}

async fn probe_json() -> Vec<String> {
    let app = Router::new()
        .route("/", post(|Json(_): Json<Payload>| async { ran("") }))
        .route(
            "/optional",
            post(|body: Option<Json<Payload>>| async move { ran(note(&body)) }),
        );
    let good = r#"{"name":"a","count":1}"#;
    let mut probe = Probe::new("Json");
    let p = &mut probe;

    p.case(
        "well-formed",
        app.clone(),
        post_request("/", Some(JSON), good),
        runs(""),
    )
    .await;
    p.case(
        "+json media type",
        app.clone(),
        post_request("/", Some("application/cloudevents+json"), good),
        runs(""),
    )
    .await;
    p.case(
        "no Content-Type (MissingJsonContentType)",
        app.clone(),
        post_request("/", None, good),
        rejects(StatusCode::UNSUPPORTED_MEDIA_TYPE),
    )
    .await;
    p.case(
        "text/plain (MissingJsonContentType)",
        app.clone(),
        post_request("/", Some("text/plain"), good),
        rejects(StatusCode::UNSUPPORTED_MEDIA_TYPE),
    )
    .await;
    p.case(
        "cut short (JsonSyntaxError)",
        app.clone(),
        post_request("/", Some(JSON), r#"{"name":"#),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "trailing text (JsonSyntaxError)",
        app.clone(),
        post_request("/", Some(JSON), format!("{good} extra")),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "body stream fails (UnknownBodyError)",
        app.clone(),
        post_request("/", Some(JSON), failing_body()),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "over the body limit (LengthLimitError)",
        app.clone(),
        post_request("/", Some(JSON), oversized()),
        rejects(StatusCode::PAYLOAD_TOO_LARGE),
    )
    .await;
    p.case(
        "wrong field type (JsonDataError)",
        app.clone(),
        post_request("/", Some(JSON), r#"{"name":"a","count":"one"}"#),
        rejects(StatusCode::UNPROCESSABLE_ENTITY),
    )
    .await;
    p.case(
        "missing field (JsonDataError)",
        app.clone(),
        post_request("/", Some(JSON), r#"{"name":"a"}"#),
        rejects(StatusCode::UNPROCESSABLE_ENTITY),
    )
    .await;

    // Option<Json<T>>: only a missing Content-Type becomes None.
    p.case(
        "Option: no Content-Type is None",
        app.clone(),
        post_request("/optional", None, ""),
        runs("none"),
    )
    .await;
    p.case(
        "Option: well-formed is Some",
        app.clone(),
        post_request("/optional", Some(JSON), good),
        runs("some"),
    )
    .await;
    p.case(
        "Option: text/plain still rejects",
        app.clone(),
        post_request("/optional", Some("text/plain"), good),
        rejects(StatusCode::UNSUPPORTED_MEDIA_TYPE),
    )
    .await;
    p.case(
        "Option: bad syntax still rejects",
        app.clone(),
        post_request("/optional", Some(JSON), "{"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "Option: bad data still rejects",
        app.clone(),
        post_request("/optional", Some(JSON), r#"{"count":1}"#),
        rejects(StatusCode::UNPROCESSABLE_ENTITY),
    )
    .await;
    p.case(
        "Option: over the limit still rejects",
        app.clone(),
        post_request("/optional", Some(JSON), oversized()),
        rejects(StatusCode::PAYLOAD_TOO_LARGE),
    )
    .await;
    probe.finish()
}

async fn probe_form() -> Vec<String> {
    async fn handler(Form(_): Form<Payload>) -> Response {
        ran("")
    }
    let app = Router::new().route("/", get(handler).post(handler));
    let mut probe = Probe::new("Form");
    let p = &mut probe;

    p.case(
        "well-formed body",
        app.clone(),
        post_request("/", Some(FORM), "name=a&count=1"),
        runs(""),
    )
    .await;
    p.case(
        "well-formed query on GET",
        app.clone(),
        get_request("/?name=a&count=1"),
        runs(""),
    )
    .await;
    p.case(
        "GET query that does not fit (FailedToDeserializeForm)",
        app.clone(),
        get_request("/?name=a&count=x"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "GET without a query (FailedToDeserializeForm)",
        app.clone(),
        get_request("/"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "body stream fails (UnknownBodyError)",
        app.clone(),
        post_request("/", Some(FORM), failing_body()),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "over the body limit (LengthLimitError)",
        app.clone(),
        post_request("/", Some(FORM), oversized()),
        rejects(StatusCode::PAYLOAD_TOO_LARGE),
    )
    .await;
    p.case(
        "no Content-Type (InvalidFormContentType)",
        app.clone(),
        post_request("/", None, "name=a&count=1"),
        rejects(StatusCode::UNSUPPORTED_MEDIA_TYPE),
    )
    .await;
    p.case(
        "JSON Content-Type (InvalidFormContentType)",
        app.clone(),
        post_request("/", Some(JSON), "name=a&count=1"),
        rejects(StatusCode::UNSUPPORTED_MEDIA_TYPE),
    )
    .await;
    p.case(
        "body that does not fit (FailedToDeserializeFormBody)",
        app.clone(),
        post_request("/", Some(FORM), "name=a&count=x"),
        rejects(StatusCode::UNPROCESSABLE_ENTITY),
    )
    .await;
    probe.finish()
}

async fn probe_raw_form() -> Vec<String> {
    async fn handler(RawForm(_): RawForm) -> Response {
        ran("")
    }
    let app = Router::new().route("/", get(handler).post(handler));
    let mut probe = Probe::new("RawForm");
    let p = &mut probe;

    p.case(
        "form body",
        app.clone(),
        post_request("/", Some(FORM), "anything"),
        runs(""),
    )
    .await;
    p.case(
        "GET reads the query and needs no Content-Type",
        app.clone(),
        get_request("/?a=1"),
        runs(""),
    )
    .await;
    p.case(
        "body stream fails (UnknownBodyError)",
        app.clone(),
        post_request("/", Some(FORM), failing_body()),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "over the body limit (LengthLimitError)",
        app.clone(),
        post_request("/", Some(FORM), oversized()),
        rejects(StatusCode::PAYLOAD_TOO_LARGE),
    )
    .await;
    p.case(
        "no Content-Type (InvalidFormContentType)",
        app.clone(),
        post_request("/", None, "a=1"),
        rejects(StatusCode::UNSUPPORTED_MEDIA_TYPE),
    )
    .await;
    probe.finish()
}

async fn probe_query() -> Vec<String> {
    let app = Router::new().route("/", get(|Query(_): Query<Payload>| async { ran("") }));
    let mut probe = Probe::new("Query");
    let p = &mut probe;

    p.case(
        "well-formed",
        app.clone(),
        get_request("/?name=a&count=1"),
        runs(""),
    )
    .await;
    p.case(
        "value that does not parse (FailedToDeserializeQueryString)",
        app.clone(),
        get_request("/?name=a&count=x"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "no query string (FailedToDeserializeQueryString)",
        app.clone(),
        get_request("/"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    probe.finish()
}

async fn probe_path() -> Vec<String> {
    async fn one(Path(_): Path<u32>) -> Response {
        ran("")
    }
    async fn optional(id: Option<Path<u32>>) -> Response {
        ran(note(&id))
    }
    let app = Router::new()
        .route("/items/{id}", get(one))
        .route("/optional", get(optional))
        .route("/optional/{id}", get(optional))
        // Programming error: two values asked of a route with one parameter.
        .route(
            "/pair/{id}",
            get(|Path(_): Path<(u32, u32)>| async { ran("") }),
        )
        .route(
            "/optional-pair/{id}",
            get(|id: Option<Path<(u32, u32)>>| async move { ran(note(&id)) }),
        );
    let mut probe = Probe::new("Path");
    let p = &mut probe;

    p.case(
        "well-formed",
        app.clone(),
        get_request("/items/7"),
        runs(""),
    )
    .await;
    p.case(
        "segment that does not parse (FailedToDeserializePathParams)",
        app.clone(),
        get_request("/items/seven"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "segment not UTF-8 once decoded (FailedToDeserializePathParams)",
        app.clone(),
        get_request("/items/%FF"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "tuple longer than the route's parameters (WrongNumberOfParameters)",
        app.clone(),
        get_request("/pair/7"),
        rejects(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .await;
    // Programming error: the handler is served on its own, so no router recorded parameters.
    p.case(
        "handler outside a router (MissingPathParams)",
        one.with_state(()),
        get_request("/items/7"),
        rejects(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .await;

    // Option<Path<T>>: None only for a route without parameters.
    p.case(
        "Option: route without parameters is None",
        app.clone(),
        get_request("/optional"),
        runs("none"),
    )
    .await;
    p.case(
        "Option: well-formed is Some",
        app.clone(),
        get_request("/optional/7"),
        runs("some"),
    )
    .await;
    p.case(
        "Option: segment that does not parse still rejects",
        app.clone(),
        get_request("/optional/seven"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "Option: wrong arity still rejects",
        app.clone(),
        get_request("/optional-pair/7"),
        rejects(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .await;
    probe.finish()
}

async fn probe_raw_path_params() -> Vec<String> {
    async fn handler(_: RawPathParams) -> Response {
        ran("")
    }
    let app = Router::new().route("/raw/{id}", get(handler));
    let mut probe = Probe::new("RawPathParams");
    let p = &mut probe;

    p.case(
        "well-formed",
        app.clone(),
        get_request("/raw/abc"),
        runs(""),
    )
    .await;
    p.case(
        "segment not UTF-8 once decoded (InvalidUtf8InPathParam)",
        app.clone(),
        get_request("/raw/%FF"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    // Programming error, as for `Path`.
    p.case(
        "handler outside a router (MissingPathParams)",
        handler.with_state(()),
        get_request("/raw/abc"),
        rejects(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .await;
    probe.finish()
}

fn multipart_request(content_type: Option<&str>) -> Request<Body> {
    let body = "--XYZ\r\n\
                Content-Disposition: form-data; name=\"a\"\r\n\
                \r\n\
                value\r\n\
                --XYZ--\r\n";
    post_request("/", content_type, body)
}

async fn probe_multipart() -> Vec<String> {
    let app = Router::new()
        .route("/", post(|_: Multipart| async { ran("") }))
        .route(
            "/optional",
            post(|form: Option<Multipart>| async move { ran(note(&form)) }),
        );
    let optional = |content_type: Option<&str>| {
        let mut request = multipart_request(content_type);
        *request.uri_mut() = "/optional".parse().unwrap();
        request
    };
    let mut probe = Probe::new("Multipart");
    let p = &mut probe;

    p.case(
        "well-formed",
        app.clone(),
        multipart_request(Some("multipart/form-data; boundary=XYZ")),
        runs(""),
    )
    .await;
    p.case(
        "no Content-Type (InvalidBoundary)",
        app.clone(),
        multipart_request(None),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "not multipart (InvalidBoundary)",
        app.clone(),
        multipart_request(Some(FORM)),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "multipart without a boundary (InvalidBoundary)",
        app.clone(),
        multipart_request(Some("multipart/form-data")),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    // The body is read by the handler, field by field, so a body past the limit is not a
    // rejection: the extractor accepts it.
    p.case(
        "over the body limit is not a rejection",
        app.clone(),
        post_request("/", Some("multipart/form-data; boundary=XYZ"), oversized()),
        runs(""),
    )
    .await;

    // Option<Multipart>: None without a multipart Content-Type.
    p.case(
        "Option: no Content-Type is None",
        app.clone(),
        optional(None),
        runs("none"),
    )
    .await;
    p.case(
        "Option: not multipart is None",
        app.clone(),
        optional(Some(FORM)),
        runs("none"),
    )
    .await;
    p.case(
        "Option: well-formed is Some",
        app.clone(),
        optional(Some("multipart/form-data; boundary=XYZ")),
        runs("some"),
    )
    .await;
    p.case(
        "Option: multipart without a boundary still rejects",
        app.clone(),
        optional(Some("multipart/form-data")),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    probe.finish()
}

#[derive(Clone)]
struct Marker;

async fn probe_extension() -> Vec<String> {
    let routes = Router::new()
        .route(
            "/",
            get(|Extension(_): Extension<Marker>| async { ran("") }),
        )
        .route(
            "/optional",
            get(|marker: Option<Extension<Marker>>| async move { ran(note(&marker)) }),
        );
    let with_layer = routes.clone().layer(Extension(Marker));
    let mut probe = Probe::new("Extension");
    let p = &mut probe;

    p.case(
        "layer present",
        with_layer.clone(),
        get_request("/"),
        runs(""),
    )
    .await;
    // Programming error: the layer that inserts the value is missing.
    p.case(
        "layer missing (MissingExtension)",
        routes.clone(),
        get_request("/"),
        rejects(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .await;
    // Option<Extension<T>> cannot reject at all.
    p.case(
        "Option: layer missing is None",
        routes.clone(),
        get_request("/optional"),
        runs("none"),
    )
    .await;
    p.case(
        "Option: layer present is Some",
        with_layer.clone(),
        get_request("/optional"),
        runs("some"),
    )
    .await;
    probe.finish()
}

async fn probe_matched_path() -> Vec<String> {
    async fn required(_: MatchedPath) -> Response {
        ran("")
    }
    async fn optional(path: Option<MatchedPath>) -> Response {
        ran(note(&path))
    }
    let mut probe = Probe::new("MatchedPath");
    let p = &mut probe;

    p.case(
        "reached through a route",
        Router::new().route("/m", get(required)),
        get_request("/m"),
        runs(""),
    )
    .await;
    // Programming error: a fallback has no matched route.
    p.case(
        "fallback (MatchedPathMissing)",
        Router::new().fallback(required),
        get_request("/anything"),
        rejects(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .await;
    // Option<MatchedPath> cannot reject at all.
    p.case(
        "Option: fallback is None",
        Router::new().fallback(optional),
        get_request("/anything"),
        runs("none"),
    )
    .await;
    p.case(
        "Option: route is Some",
        Router::new().route("/m", get(optional)),
        get_request("/m"),
        runs("some"),
    )
    .await;
    probe.finish()
}

async fn probe_connect_info() -> Vec<String> {
    let routes = Router::new().route(
        "/",
        get(|ConnectInfo(_): ConnectInfo<SocketAddr>| async { ran("") }),
    );
    let mut probe = Probe::new("ConnectInfo");
    let p = &mut probe;

    let address = SocketAddr::from(([127, 0, 0, 1], 8080));
    p.case(
        "connection info present",
        routes.clone().layer(MockConnectInfo(address)),
        get_request("/"),
        runs(""),
    )
    .await;
    // Programming error: not served through `into_make_service_with_connect_info`.
    p.case(
        "served without connection info (MissingExtension)",
        routes.clone(),
        get_request("/"),
        rejects(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .await;
    probe.finish()
}

async fn probe_nested_path() -> Vec<String> {
    let inner = Router::new().route("/x", get(|_: NestedPath| async { ran("") }));
    let mut probe = Probe::new("NestedPath");
    let p = &mut probe;

    p.case(
        "inside Router::nest",
        Router::new().nest("/api", inner.clone()),
        get_request("/api/x"),
        runs(""),
    )
    .await;
    // Programming error: the same route, not nested.
    p.case(
        "not nested (NestedPathRejection)",
        inner.clone(),
        get_request("/x"),
        rejects(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .await;
    probe.finish()
}

/// A WebSocket handshake request with every header right, minus those named in `skip`.
fn handshake(method: Method, version: Version, skip: &[&str]) -> Request<Body> {
    let mut builder = Request::builder()
        .method(method)
        .uri("/ws")
        .version(version);
    let headers = [
        ("connection", "Upgrade"),
        ("upgrade", "websocket"),
        ("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ=="),
        ("sec-websocket-version", "13"),
    ];
    for (name, value) in headers {
        if !skip.contains(&name) {
            builder = builder.header(name, value);
        }
    }
    builder.body(Body::empty()).unwrap()
}

async fn probe_websocket_upgrade() -> Vec<String> {
    async fn handler(_: WebSocketUpgrade) -> Response {
        ran("")
    }
    let app = Router::new().route("/ws", axum::routing::any(handler));
    let mut probe = Probe::new("WebSocketUpgrade");
    let p = &mut probe;
    let http11 = Version::HTTP_11;

    // No well-formed case: a handshake only succeeds when hyper attaches its upgrade handle to
    // a request read from a real connection, which an in-process request does not have.
    p.case(
        "POST (MethodNotGet)",
        app.clone(),
        handshake(Method::POST, http11, &[]),
        rejects(StatusCode::METHOD_NOT_ALLOWED),
    )
    .await;
    p.case(
        "HTTP/2 GET (MethodNotConnect)",
        app.clone(),
        handshake(Method::GET, Version::HTTP_2, &[]),
        rejects(StatusCode::METHOD_NOT_ALLOWED),
    )
    .await;
    p.case(
        "no Connection: upgrade (InvalidConnectionHeader)",
        app.clone(),
        handshake(Method::GET, http11, &["connection"]),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "no Upgrade: websocket (InvalidUpgradeHeader)",
        app.clone(),
        handshake(Method::GET, http11, &["upgrade"]),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "no Sec-WebSocket-Key (WebSocketKeyHeaderMissing)",
        app.clone(),
        handshake(Method::GET, http11, &["sec-websocket-key"]),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "no Sec-WebSocket-Version (InvalidWebSocketVersionHeader)",
        app.clone(),
        handshake(Method::GET, http11, &["sec-websocket-version"]),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "headers right but no upgrade handle (ConnectionNotUpgradable)",
        app.clone(),
        handshake(Method::GET, http11, &[]),
        rejects(StatusCode::UPGRADE_REQUIRED),
    )
    .await;
    p.case(
        "HTTP/1.0 (ConnectionNotUpgradable)",
        app.clone(),
        handshake(Method::GET, Version::HTTP_10, &[]),
        rejects(StatusCode::UPGRADE_REQUIRED),
    )
    .await;
    probe.finish()
}

async fn probe_typed_header() -> Vec<String> {
    let app = Router::new()
        .route(
            "/",
            get(|TypedHeader(_): TypedHeader<ContentType>| async { ran("") }),
        )
        .route(
            "/optional",
            get(|value: Option<TypedHeader<ContentType>>| async move { ran(note(&value)) }),
        );
    let with_content_type = |uri: &str, value: &str| {
        Request::get(uri)
            .header(header::CONTENT_TYPE, value)
            .body(Body::empty())
            .unwrap()
    };
    let mut probe = Probe::new("TypedHeader");
    let p = &mut probe;

    p.case(
        "well-formed",
        app.clone(),
        with_content_type("/", "text/plain"),
        runs(""),
    )
    .await;
    p.case(
        "missing (TypedHeaderRejectionReason::Missing)",
        app.clone(),
        get_request("/"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    p.case(
        "malformed (TypedHeaderRejectionReason::Error)",
        app.clone(),
        with_content_type("/", "not a media type"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    // Option<TypedHeader<H>>: None only when the header is absent.
    p.case(
        "Option: missing is None",
        app.clone(),
        get_request("/optional"),
        runs("none"),
    )
    .await;
    p.case(
        "Option: malformed still rejects",
        app.clone(),
        with_content_type("/optional", "not a media type"),
        rejects(StatusCode::BAD_REQUEST),
    )
    .await;
    probe.finish()
}

#[tokio::test]
async fn every_extractor_rejects_with_exactly_its_listed_statuses() {
    let probes = [
        ("ConnectInfo", probe_connect_info().await),
        ("Extension", probe_extension().await),
        ("Form", probe_form().await),
        ("Json", probe_json().await),
        ("MatchedPath", probe_matched_path().await),
        ("Multipart", probe_multipart().await),
        ("NestedPath", probe_nested_path().await),
        ("Path", probe_path().await),
        ("Query", probe_query().await),
        ("RawForm", probe_raw_form().await),
        ("RawPathParams", probe_raw_path_params().await),
        ("TypedHeader", probe_typed_header().await),
        ("WebSocketUpgrade", probe_websocket_upgrade().await),
    ];

    let probed: BTreeSet<&str> = probes.iter().map(|(name, _)| *name).collect();
    let listed: BTreeSet<&str> = EXTRACTORS.iter().map(|entry| entry.name).collect();
    let mut failures: Vec<String> = probes.into_iter().flat_map(|(_, f)| f).collect();
    for name in listed.difference(&probed) {
        failures.push(format!("{name}: listed in EXTRACTORS but never probed"));
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

#[test]
fn extractor_statuses_are_ascending_and_names_unique() {
    let mut names = BTreeSet::new();
    for entry in EXTRACTORS {
        assert!(names.insert(entry.name), "`{}` twice", entry.name);
        assert!(!entry.statuses.is_empty(), "`{}` lists nothing", entry.name);
        assert!(
            entry.statuses.windows(2).all(|w| w[0].code() < w[1].code()),
            "`{}`: statuses not ascending",
            entry.name
        );
    }
}

/// Sends a GET to `app`'s `/` and returns the status.
async fn status_of(app: Router) -> u16 {
    app.oneshot(get_request("/"))
        .await
        .unwrap_or_else(|never| match never {})
        .status()
        .as_u16()
}

fn payload() -> Payload {
    Payload {
        name: "a".to_owned(),
        count: 1,
    }
}

/// One or more handlers per `SUCCESS_TYPES` name, each returning a value of that type.
fn success_handlers() -> Vec<(&'static str, Router)> {
    fn route<H, T>(handler: H) -> Router
    where
        H: Handler<T, ()>,
        T: 'static,
    {
        Router::new().route("/", get(handler))
    }
    vec![
        ("()", route(|| async {})),
        ("Body", route(|| async { Body::from("body") })),
        ("Box", route(|| async { Box::<str>::from("text") })),
        ("Box", route(|| async { Box::<[u8]>::from(&b"bytes"[..]) })),
        ("Bytes", route(|| async { Bytes::from_static(b"bytes") })),
        (
            "BytesMut",
            route(|| async { BytesMut::from(&b"bytes"[..]) }),
        ),
        (
            "Cow",
            route(|| async { Cow::<'static, str>::Borrowed("text") }),
        ),
        (
            "Cow",
            route(|| async { Cow::<'static, [u8]>::Owned(b"bytes".to_vec()) }),
        ),
        ("Form", route(|| async { Form(payload()) })),
        ("Html", route(|| async { Html("<p>static</p>") })),
        (
            "Html",
            route(|| async { Html(String::from("<p>owned</p>")) }),
        ),
        ("Json", route(|| async { Json(payload()) })),
        ("NoContent", route(|| async { NoContent })),
        (
            "Sse",
            route(|| async {
                Sse::new(futures_util::stream::empty::<Result<Event, Infallible>>())
            }),
        ),
        ("String", route(|| async { String::from("text") })),
        ("Vec", route(|| async { b"bytes".to_vec() })),
        ("str", route(|| async { "text" })),
    ]
}

#[tokio::test]
async fn every_success_type_answers_with_its_listed_status() {
    let mut failures = Vec::new();
    let mut probed = BTreeSet::new();
    for (name, app) in success_handlers() {
        probed.insert(name);
        let Some(entry) = implied::success_type(name) else {
            failures.push(format!("{name}: probed but not in SUCCESS_TYPES"));
            continue;
        };
        let got = status_of(app).await;
        if got != entry.status.code() {
            failures.push(format!(
                "{name}: listed as {}, answered {got}",
                entry.status.code()
            ));
        }
    }
    for entry in SUCCESS_TYPES {
        if !probed.contains(entry.name) {
            failures.push(format!("{}: listed but never probed", entry.name));
        }
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

/// The exceptions the `SUCCESS_TYPES` doc names: they hold for the values a handler normally
/// returns, not for every value of the type.
#[tokio::test]
async fn success_type_caveats() {
    // A map with non-string keys cannot be written as JSON.
    let json = Router::new().route(
        "/",
        get(|| async { Json(HashMap::from([((1u8, 2u8), 3u8)])) }),
    );
    assert_eq!(status_of(json).await, 500);

    // A nested sequence cannot be written as a form.
    let form = Router::new().route(
        "/",
        get(|| async { Form(HashMap::from([("a", vec![1u8, 2])])) }),
    );
    assert_eq!(status_of(form).await, 500);

    // Html passes its contents' status through.
    let html = Router::new().route("/", get(|| async { Html(StatusCode::ACCEPTED) }));
    assert_eq!(status_of(html).await, 202);

    // A location that is not a valid header value.
    let redirect = Router::new().route("/", get(|| async { Redirect::to("/a\nb") }));
    assert_eq!(status_of(redirect).await, 500);
}

#[tokio::test]
async fn redirect_constructors_answer_with_their_listed_status() {
    for entry in REDIRECT_CONSTRUCTORS {
        assert_eq!(
            entry.type_name, "Redirect",
            "only axum's Redirect is probed"
        );
        let constructor: fn(&str) -> Redirect = match entry.constructor {
            "to" => Redirect::to,
            "temporary" => Redirect::temporary,
            "permanent" => Redirect::permanent,
            other => panic!("Redirect::{other} is listed but not probed"),
        };
        let app = Router::new().route("/", get(move || async move { constructor("/elsewhere") }));
        assert_eq!(
            status_of(app).await,
            entry.status.code(),
            "Redirect::{}",
            entry.constructor
        );
    }
}
