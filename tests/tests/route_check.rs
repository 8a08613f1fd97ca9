//! The route check (`Responses::layer`, `ContractCheckLayer`) on real axum 0.8 and 0.7 routers, and
//! on routers built by utoipa-axum, in process through `tower::ServiceExt::oneshot`; and `ResponseStatus` for axum's response
//! types, held to the status axum really sends for each.

use std::borrow::Cow;
use std::convert::Infallible;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::handler::Handler;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::response::{AppendHeaders, Html, IntoResponse, NoContent, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Json, Router};
use http_body_util::BodyExt;
use status_core::openapi::utoipa::DocumentCheck;
use status_core::route_check::{ContractCheckLayer, Mode};
use status_core::{responds, RawStatus, ResponseStatus, Responses, Status};
use tower::ServiceExt;

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    Missing,
    #[status(409)]
    Taken,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status().to_http(), "failed").into_response()
    }
}

/// `value.response_status()` is the status axum sends `value` with.
fn agrees<T: ResponseStatus + IntoResponse>(what: &str, value: T) {
    let read = value.response_status();
    let sent = value.into_response().status().as_u16();
    assert_eq!(
        read, sent,
        "{what}: ResponseStatus says {read}, axum sends {sent}"
    );
}

#[test]
fn response_status_is_what_axum_sends() {
    let parts = |code: u16| {
        Response::builder()
            .status(code)
            .body(())
            .expect("a response")
            .into_parts()
            .0
    };
    agrees("Json", Json(1));
    agrees("Html", Html("<p>hi</p>"));
    agrees("String", String::from("hi"));
    agrees("&str", "hi");
    agrees("Box<str>", Box::<str>::from("hi"));
    agrees("Cow<str>", Cow::<'static, str>::Borrowed("hi"));
    agrees("Vec<u8>", vec![1u8]);
    agrees("Box<[u8]>", Box::<[u8]>::from(&b"hi"[..]));
    agrees("Cow<[u8]>", Cow::<'static, [u8]>::Borrowed(b"hi"));
    agrees("Bytes", Bytes::from_static(b"hi"));
    agrees("Body", Body::empty());
    agrees("()", ());
    agrees("NoContent", NoContent);
    agrees("Redirect::to", Redirect::to("/a"));
    agrees("Redirect::temporary", Redirect::temporary("/a"));
    agrees("Redirect::permanent", Redirect::permanent("/a"));
    agrees("Status", Status::ACCEPTED);
    agrees("RawStatus", RawStatus::new(599).expect("in range"));
    agrees("StatusCode", StatusCode::IM_USED);
    agrees("Response", StatusCode::GONE.into_response());
    agrees("(StatusCode, Json)", (StatusCode::CREATED, Json(1)));
    agrees("(HeaderMap, Json)", (HeaderMap::new(), Json(1)));
    agrees("([(K, V)], NoContent)", ([("x-id", "1")], NoContent));
    agrees(
        "(AppendHeaders, Redirect)",
        (AppendHeaders([("x-id", "1")]), Redirect::temporary("/a")),
    );
    agrees("(Extension, &str)", (Extension(5u8), "hi"));
    agrees(
        "(StatusCode, HeaderMap, [(K, V)], &str)",
        (
            StatusCode::ACCEPTED,
            HeaderMap::new(),
            [("x-id", "1")],
            "hi",
        ),
    );
    agrees("(Parts, &str)", (parts(203), "hi"));
    agrees(
        "(Parts, HeaderMap, &str)",
        (parts(206), HeaderMap::new(), "hi"),
    );
    agrees("Ok(Json)", Ok::<_, ApiError>(Json(1)));
    agrees("Err(ApiError)", Err::<Json<u8>, _>(ApiError::Taken));
    agrees(
        "Result<String, Infallible>",
        Ok::<_, Infallible>(String::new()),
    );
    agrees("Result<(), ApiError>", Err::<(), _>(ApiError::Missing));
}

#[test]
fn response_status_is_what_axum_07_sends() {
    fn agrees_07<T: ResponseStatus + axum07::response::IntoResponse>(what: &str, value: T) {
        let read = value.response_status();
        let sent = value.into_response().status().as_u16();
        assert_eq!(
            read, sent,
            "{what} (axum 0.7): ResponseStatus says {read}, axum sends {sent}"
        );
    }
    agrees_07("Json", axum07::Json(1));
    agrees_07("Html", axum07::response::Html("hi"));
    agrees_07(
        "Redirect::permanent",
        axum07::response::Redirect::permanent("/a"),
    );
    agrees_07("Body", axum07::body::Body::empty());
    agrees_07("Status", Status::NO_CONTENT);
    agrees_07(
        "(Extension, HeaderMap, Json)",
        (axum07::Extension(1u8), HeaderMap::new(), axum07::Json(1)),
    );
}

/// Declares 200 and 404; answers 200 for `/items/1`, 404 for `/items/2`, 409 (undeclared) for
/// anything else.
#[responds(200, 404)]
async fn item(axum::extract::Path(id): axum::extract::Path<u32>) -> Result<Json<u32>, ApiError> {
    match id {
        1 => Ok(Json(id)),
        2 => Err(ApiError::Missing),
        _ => taken(),
    }
}

/// A helper the contract does not see through.
fn taken() -> Result<Json<u32>, ApiError> {
    Err(ApiError::Taken)
}

async fn answer(router: &Router, method: Method, path: &str) -> (StatusCode, String) {
    let request = Request::builder()
        .method(method)
        .uri(path)
        .body(Body::empty())
        .expect("a request");
    let response = router.clone().oneshot(request).await.expect("infallible");
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("the body")
        .to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn items(check: ContractCheckLayer) -> Router {
    Router::new()
        .route("/items/{id}", get(item.layer(ITEM_RESPONSES.layer())))
        .route("/bare", get(|| async { "no contract" }))
        .layer(check)
}

/// The contract as a handler (`on`), as a layer on the handler, and as a layer on the
/// method's route: each judges every answer alike, alone and under a `ContractCheckLayer`.
#[tokio::test]
async fn the_three_forms_of_a_routes_contract_judge_alike() {
    type Form = (&'static str, fn() -> Router);
    let forms: [Form; 3] = [
        ("on", || {
            Router::new().route("/items/{id}", get(ITEM_RESPONSES.on(item)))
        }),
        ("handler layer", || {
            Router::new().route("/items/{id}", get(item.layer(ITEM_RESPONSES.layer())))
        }),
        ("route layer", || {
            Router::new().route("/items/{id}", get(item).layer(ITEM_RESPONSES.layer()))
        }),
    ];
    for (form, router) in forms {
        let checked = router().layer(ContractCheckLayer::new().mode(Mode::Respond));
        for router in [router(), checked] {
            for (path, expected) in [("/items/1", 200), ("/items/2", 404), ("/items/one", 400)] {
                assert_eq!(
                    answer(&router, Method::GET, path).await.0,
                    expected,
                    "{form} {path}"
                );
            }
            assert_eq!(
                answer(&router, Method::POST, "/items/1").await.0,
                405,
                "{form}"
            );
            let (status, text) = answer(&router, Method::GET, "/items/3").await;
            assert_eq!(status, 500, "{form}");
            assert!(
                text.starts_with("status contract broken: handler `item` answered GET /items/3 with 409 Conflict"),
                "{form}: {text}"
            );
        }
    }
}

#[tokio::test]
async fn declared_implied_and_routing_answers_pass_and_others_are_caught() {
    let router = items(ContractCheckLayer::new().mode(Mode::Respond));
    assert_eq!(answer(&router, Method::GET, "/items/1").await.0, 200);
    assert_eq!(answer(&router, Method::GET, "/items/2").await.0, 404);
    // `Path<u32>` rejects a word with 400: implied by the request.
    assert_eq!(answer(&router, Method::GET, "/items/one").await.0, 400);
    // The router's own answers: no route, and a method the route does not serve.
    assert_eq!(answer(&router, Method::GET, "/nowhere").await.0, 404);
    assert_eq!(answer(&router, Method::POST, "/items/1").await.0, 405);

    let (status, text) = answer(&router, Method::GET, "/items/3").await;
    assert_eq!(status, 500);
    assert_eq!(
        text,
        "status contract broken: handler `item` answered GET /items/3 with 409 Conflict, which its contract does not list\n  \
         declared: 200 OK, 404 Not Found\n  \
         implied by the request: 400 Bad Request, 500 Internal Server Error\n  \
         added by middleware: none\n\
         help: if `item` means to send 409, add it to its #[responds(...)]; otherwise look for what sent it: a `?` through a From conversion, a helper, the error type's IntoResponse or ResponseError, an extractor, or a layer\n"
    );

    // A route with no contract under the check.
    let (status, text) = answer(&router, Method::GET, "/bare").await;
    assert_eq!(status, 500);
    assert!(
        text.contains("GET /bare was answered with 200 OK before it reached a handler's contract"),
        "{text}"
    );
}

/// Takes an item; declares 204 and 409, and answers 409 for `/items/3` like `item` does.
#[responds(204, 409)]
async fn take_item(axum::extract::Path(id): axum::extract::Path<u32>) -> Result<Status, ApiError> {
    match id {
        3 => Err(ApiError::Taken),
        _ => Ok(Status::NO_CONTENT),
    }
}

#[tokio::test]
async fn each_method_of_a_path_is_held_to_its_own_handlers_contract() {
    // The route's form (`get(handler).layer(..)`, one `route` per method, merged by axum), in
    // both orders: a contract never leaks onto the other method of the same path.
    for get_first in [true, false] {
        let get_route = || get(item).layer(ITEM_RESPONSES.layer());
        let delete_route = || axum::routing::delete(take_item).layer(TAKE_ITEM_RESPONSES.layer());
        let routes = if get_first {
            Router::new()
                .route("/items/{id}", get_route())
                .route("/items/{id}", delete_route())
        } else {
            Router::new()
                .route("/items/{id}", delete_route())
                .route("/items/{id}", get_route())
        };
        let router = routes.layer(ContractCheckLayer::new().mode(Mode::Respond));
        assert_eq!(answer(&router, Method::GET, "/items/1").await.0, 200);
        assert_eq!(answer(&router, Method::DELETE, "/items/1").await.0, 204);
        // 409 is `take_item`'s to send, not `item`'s.
        assert_eq!(answer(&router, Method::DELETE, "/items/3").await.0, 409);
        let (status, text) = answer(&router, Method::GET, "/items/3").await;
        assert_eq!(status, 500);
        assert!(
            text.contains("handler `item` answered GET /items/3 with 409 Conflict"),
            "{text}"
        );
        // The merged method router's own 405 passes, whichever contract wraps it.
        assert_eq!(answer(&router, Method::PUT, "/items/1").await.0, 405);
    }
}

#[tokio::test]
async fn routes_without_a_contract_can_be_allowed() {
    let router = items(
        ContractCheckLayer::new()
            .mode(Mode::Respond)
            .allow_routes_without_contract(),
    );
    assert_eq!(
        answer(&router, Method::GET, "/bare").await,
        (StatusCode::OK, "no contract".into())
    );
    assert_eq!(answer(&router, Method::GET, "/items/3").await.0, 500);
}

#[tokio::test]
async fn a_middleware_status_is_allowed_once_declared() {
    let teapot_layer =
        axum::middleware::from_fn(|_: Request<Body>, _: axum::middleware::Next| async {
            StatusCode::SERVICE_UNAVAILABLE
        });
    let router = |check: ContractCheckLayer| {
        Router::new()
            .route("/items/{id}", get(item.layer(ITEM_RESPONSES.layer())))
            .layer(teapot_layer.clone())
            .layer(check)
    };
    let undeclared = router(ContractCheckLayer::new().mode(Mode::Respond));
    assert_eq!(answer(&undeclared, Method::GET, "/items/1").await.0, 500);
    let declared = router(
        ContractCheckLayer::new()
            .mode(Mode::Respond)
            .middleware([Status::SERVICE_UNAVAILABLE]),
    );
    assert_eq!(answer(&declared, Method::GET, "/items/1").await.0, 503);
}

#[tokio::test]
async fn the_body_is_passed_on_unread() {
    // The handler's body never ends until the test sends its one chunk: a check that read or
    // buffered it would never hand over the response.
    let (mut sender, body) = http_body_util::channel::Channel::<Bytes, Infallible>::new(1);
    let body = std::sync::Arc::new(std::sync::Mutex::new(Some(body)));
    let router = Router::new()
        .route(
            "/stream",
            get(move || {
                let body = body.lock().expect("the body").take().expect("one request");
                async move { Body::new(body) }
            })
            .layer(STREAM_RESPONSES.layer()),
        )
        .layer(ContractCheckLayer::new().mode(Mode::Respond));
    let request = Request::builder()
        .uri("/stream")
        .body(Body::empty())
        .expect("a request");
    let response = tokio::time::timeout(Duration::from_secs(5), router.oneshot(request))
        .await
        .expect("the response comes before its body")
        .expect("infallible");
    assert_eq!(response.status(), 200);
    sender
        .send_data(Bytes::from_static(b"late"))
        .await
        .expect("the receiver is alive");
    drop(sender);
    let body = response
        .into_body()
        .collect()
        .await
        .expect("the body")
        .to_bytes();
    assert_eq!(&body[..], b"late");
}

const STREAM_RESPONSES: Responses = Responses::new("stream", &[Status::OK], &[]);

#[tokio::test]
async fn axum_07_routers_are_checked_and_name_their_route() {
    async fn gone() -> Status {
        Status::GONE
    }
    let check = ContractCheckLayer::new().mode(Mode::Test);
    let router: axum07::Router = axum07::Router::new()
        .route(
            "/things/:id",
            axum07::routing::get(axum07::handler::Handler::layer(
                gone,
                STREAM_RESPONSES.layer(),
            )),
        )
        .layer(check.clone());
    let request = Request::builder()
        .uri("/things/7")
        .body(axum07::body::Body::empty())
        .expect("a request");
    let response = router.oneshot(request).await.expect("infallible");
    assert_eq!(response.status(), 500);
    let violations = check.violations();
    assert_eq!(violations.len(), 1);
    assert_eq!(violations[0].route.as_deref(), Some("/things/:id"));
    assert_eq!(violations[0].status, 410);
    let coverage = check.coverage();
    assert_eq!(coverage.routes()[0].route, "/things/:id");
    assert_eq!(coverage.routes()[0].seen, [(410, 1)]);

    // And with the contract as an axum 0.7 handler itself.
    let check = ContractCheckLayer::new().mode(Mode::Test);
    let router: axum07::Router = axum07::Router::new()
        .route(
            "/things/:id",
            axum07::routing::get(STREAM_RESPONSES.on(gone)),
        )
        .layer(check.clone());
    let request = Request::builder()
        .uri("/things/8")
        .body(axum07::body::Body::empty())
        .expect("a request");
    assert_eq!(
        router.oneshot(request).await.expect("infallible").status(),
        500
    );
    assert_eq!(check.violations()[0].route.as_deref(), Some("/things/:id"));
}

const OUTER_RESPONSES: Responses = Responses::new("outer", &[Status::OK], &[]);

#[tokio::test]
async fn the_innermost_contract_is_the_routes_own() {
    // The handler's 404 for `/items/2` is in its own contract, not in the outer one; the
    // handler's contract wins, alone and under a ContractCheckLayer.
    let alone = Router::new().route(
        "/items/{id}",
        get(item.layer(ITEM_RESPONSES.layer())).layer(OUTER_RESPONSES.layer()),
    );
    assert_eq!(answer(&alone, Method::GET, "/items/2").await.0, 404);
    let (status, text) = answer(&alone, Method::GET, "/items/3").await;
    assert_eq!(status, 500);
    assert!(text.contains("handler `item` answered"), "{text}");

    let checked = alone.layer(ContractCheckLayer::new().mode(Mode::Respond));
    assert_eq!(answer(&checked, Method::GET, "/items/2").await.0, 404);
    let (status, text) = answer(&checked, Method::GET, "/items/3").await;
    assert_eq!(status, 500);
    assert!(text.contains("handler `item` answered"), "{text}");
}

#[tokio::test]
async fn only_the_routers_own_404_and_405_pass_without_a_contract() {
    let nested = Router::new().route("/anything", get(|| async { "nested" }));
    let router = |check: ContractCheckLayer| {
        Router::new()
            .route("/items/{id}", get(item.layer(ITEM_RESPONSES.layer())))
            .nest_service("/service", nested.clone())
            .route_service("/raw", get(|| async { StatusCode::ACCEPTED }))
            .fallback(|| async { (StatusCode::OK, "fallback page") })
            .layer(check)
    };
    let held = router(ContractCheckLayer::new().mode(Mode::Respond));
    // A fallback, a nested service and a route service answered, not the router: each is a
    // route without a contract.
    for path in ["/nowhere", "/service/anything", "/raw"] {
        let (status, text) = answer(&held, Method::GET, path).await;
        assert_eq!(status, 500, "{path}: {text}");
        assert!(
            text.contains("before it reached a handler's contract"),
            "{text}"
        );
    }
    // The router's own 405 passes.
    assert_eq!(answer(&held, Method::POST, "/items/1").await.0, 405);

    let allowed = router(
        ContractCheckLayer::new()
            .mode(Mode::Respond)
            .allow_routes_without_contract(),
    );
    assert_eq!(answer(&allowed, Method::GET, "/nowhere").await.0, 200);
    assert_eq!(
        answer(&allowed, Method::GET, "/service/anything").await.0,
        200
    );
    assert_eq!(answer(&allowed, Method::GET, "/raw").await.0, 202);

    // Without a fallback of the app's, the router's own 404 passes, and is counted under
    // NO_ROUTE in the coverage.
    let check = ContractCheckLayer::new().mode(Mode::Test);
    let plain = Router::new()
        .route("/items/{id}", get(item.layer(ITEM_RESPONSES.layer())))
        .layer(check.clone());
    assert_eq!(answer(&plain, Method::GET, "/nowhere").await.0, 404);
    check.assert_no_violations();
    let coverage = check.coverage();
    assert_eq!(
        coverage.routes()[0].route,
        status_core::route_check::NO_ROUTE
    );
    assert_eq!(coverage.routes()[0].seen, [(404, 1)]);
}

#[tokio::test]
async fn a_panicking_hook_does_not_cost_the_client_its_response() {
    let router = items(
        ContractCheckLayer::new()
            .mode(Mode::Respond)
            .on_violation(|_| panic!("the metrics backend is down")),
    );
    let (status, text) = answer(&router, Method::GET, "/items/3").await;
    assert_eq!(status, 500);
    assert!(text.starts_with("status contract broken"), "{text}");
    let warned = items(
        ContractCheckLayer::new()
            .mode(Mode::Warn)
            .on_violation(|_| panic!("the metrics backend is down")),
    );
    assert_eq!(answer(&warned, Method::GET, "/items/3").await.0, 409);
}

#[tokio::test]
async fn coverage_keeps_one_entry_per_route_and_counts_head_with_get() {
    let check = ContractCheckLayer::new().mode(Mode::Test);
    let router = Router::new()
        .route("/items/{id}", get(item.layer(ITEM_RESPONSES.layer())))
        .layer(check.clone());
    assert_eq!(answer(&router, Method::GET, "/items/1").await.0, 200);
    assert_eq!(answer(&router, Method::HEAD, "/items/2").await.0, 404);
    for token in ["FOO", "BAR", "BAZ"] {
        let method = Method::from_bytes(token.as_bytes()).expect("a method token");
        assert_eq!(answer(&router, method, "/items/1").await.0, 405);
    }
    check.assert_no_violations();
    let coverage = check.coverage();
    let entries: Vec<(&str, &str)> = coverage
        .routes()
        .iter()
        .map(|route| (route.method.as_str(), route.route.as_str()))
        .collect();
    assert_eq!(entries, [("GET", "/items/{id}")]);
    assert_eq!(coverage.routes()[0].seen, [(200, 1), (404, 1)]);
    assert_eq!(coverage.counts(), (2, 2));
    coverage.assert_at_least(1.0);
}

#[test]
#[should_panic(expected = "no request reached the check")]
fn a_suite_that_saw_no_request_fails_its_coverage() {
    let check = ContractCheckLayer::new().mode(Mode::Test);
    check.coverage().assert_at_least(0.9);
}

/// What the authentication layer in front of `/admin` answers with, declared once.
const AUTH: status_core::StatusSet = status_core::StatusSet::of(&[Status::UNAUTHORIZED]);

#[responds(200, middleware(AUTH))]
async fn admin_page() -> &'static str {
    "admin"
}

/// An authentication layer: 401 without an `Authorization` header.
async fn require_auth(request: Request<Body>, next: axum::middleware::Next) -> Response {
    if request.headers().contains_key("authorization") {
        next.run(request).await
    } else {
        StatusCode::UNAUTHORIZED.into_response()
    }
}

#[tokio::test]
async fn middleware_declared_once_serves_the_contract_and_the_run_time_layer() {
    // On the method's route, with the contract outside the layer: the contract's own
    // `middleware(AUTH)` lets the layer's 401 through. `item`'s contract does not have it.
    let check = ContractCheckLayer::new().mode(Mode::Test);
    let router = Router::new()
        .route(
            "/admin",
            get(admin_page)
                .layer::<_, Infallible>(axum::middleware::from_fn(require_auth))
                .layer(ADMIN_PAGE_RESPONSES.layer()),
        )
        .route(
            "/items/{id}",
            get(item)
                .layer::<_, Infallible>(axum::middleware::from_fn(require_auth))
                .layer(ITEM_RESPONSES.layer()),
        )
        .layer(check.clone());
    assert_eq!(answer(&router, Method::GET, "/admin").await.0, 401);
    check.assert_no_violations();
    let (status, text) = answer(&router, Method::GET, "/items/1").await;
    assert_eq!(status, 500);
    assert!(text.contains("with 401 Unauthorized"), "{text}");

    // A layer on the whole router answers before any route's contract is known: the same
    // constant declares its statuses there, beside it.
    let check = ContractCheckLayer::new().mode(Mode::Test);
    let router = Router::new()
        .route("/items/{id}", get(item.layer(ITEM_RESPONSES.layer())))
        .layer(axum::middleware::from_fn(require_auth))
        .layer(status_core::route_check::MiddlewareStatusesLayer::new(AUTH))
        .layer(check.clone());
    assert_eq!(answer(&router, Method::GET, "/items/1").await.0, 401);
    check.assert_no_violations();
}

#[tokio::test]
async fn a_closure_route_takes_its_contract_in_one_line_or_by_route() {
    // On the route, written by hand:
    const HEALTH: Responses = Responses::new("health", &[Status::OK], &[]);
    let layered = Router::new()
        .route("/health", get(|| async { "up" }).layer(HEALTH.layer()))
        .layer(ContractCheckLayer::new().mode(Mode::Respond));
    assert_eq!(answer(&layered, Method::GET, "/health").await.0, 200);

    // Or by route on the check, in axum 0.7's spelling of a parameter as well.
    let check =
        ContractCheckLayer::new()
            .mode(Mode::Test)
            .routes([("get", "/items/:id", ITEM_RESPONSES)]);
    let by_route = Router::new()
        .route("/items/{id}", get(item))
        .layer(check.clone());
    assert_eq!(answer(&by_route, Method::GET, "/items/2").await.0, 404);
    check.assert_no_violations();
    let (status, text) = answer(&by_route, Method::GET, "/items/3").await;
    assert_eq!(status, 500);
    assert!(text.contains("handler `item` answered"), "{text}");
}

// Routers built with utoipa-axum's `routes!()` and `OpenApiRouter` carry no contract layer on
// their routes: several handlers share one method router. The route check finds each route's
// contract in the OpenAPI document instead, by operation id, and holds the route to it, with
// no route split apart. The handlers live in a module and are re-exported, as apps do.

mod items {
    use axum::extract::Path;
    use axum::http::StatusCode;
    use axum::Json;
    use status_core::responds;

    /// Lists the items.
    #[responds(200)]
    #[utoipa::path(get, path = "/items")]
    pub async fn list_items() -> Json<Vec<u32>> {
        Json(vec![1, 2])
    }

    /// Adds an item; a name that is taken answers 409, which is not declared.
    #[responds(201)]
    #[utoipa::path(post, path = "/items")]
    pub async fn add_item() -> StatusCode {
        taken()
    }

    fn taken() -> StatusCode {
        StatusCode::CONFLICT
    }

    /// Shows an item.
    #[responds(200, 404)]
    #[utoipa::path(get, path = "/items/{id}", params(("id" = u32, Path, description = "The id")))]
    pub async fn show_item(Path(id): Path<u32>) -> Result<Json<u32>, StatusCode> {
        if id == 1 {
            Ok(Json(id))
        } else {
            Err(StatusCode::NOT_FOUND)
        }
    }
}

use items::{
    __path_add_item, __path_list_items, __path_show_item, add_item, list_items, show_item,
    ADD_ITEM_RESPONSES, LIST_ITEMS_RESPONSES, SHOW_ITEM_RESPONSES,
};

static ITEM_CONTRACTS: DocumentCheck = DocumentCheck::new(&[
    LIST_ITEMS_RESPONSES,
    ADD_ITEM_RESPONSES,
    SHOW_ITEM_RESPONSES,
]);

#[tokio::test]
async fn routes_built_by_utoipa_axum_are_held_to_their_contracts() {
    let (router, api) = utoipa_axum::router::OpenApiRouter::new()
        .routes(utoipa_axum::routes!(list_items, add_item))
        .routes(utoipa_axum::routes!(show_item))
        .split_for_parts();
    let found = ITEM_CONTRACTS.route_contracts(&api);
    assert_eq!(found.len(), 3, "{found:?}");
    let check = ContractCheckLayer::new().mode(Mode::Test).routes(found);
    let router = router.layer(check.clone());

    assert_eq!(answer(&router, Method::GET, "/items").await.0, 200);
    assert_eq!(answer(&router, Method::HEAD, "/items").await.0, 200);
    assert_eq!(answer(&router, Method::GET, "/items/1").await.0, 200);
    assert_eq!(answer(&router, Method::GET, "/items/2").await.0, 404);
    // `Path<u32>`'s rejection, implied by the request.
    assert_eq!(answer(&router, Method::GET, "/items/one").await.0, 400);
    check.assert_no_violations();

    // `add_item` shares its method router with `list_items`, and is held to its own contract.
    let (status, text) = answer(&router, Method::POST, "/items").await;
    assert_eq!(status, 500);
    assert!(
        text.contains("handler `add_item` answered POST /items with 409 Conflict"),
        "{text}"
    );
    let coverage = check.coverage();
    let handlers: Vec<Option<&str>> = coverage
        .routes()
        .iter()
        .map(|route| route.contract.map(|contract| contract.handler()))
        .collect();
    // By method, then route: GET /items, GET /items/{id}, POST /items.
    assert_eq!(
        handlers,
        [Some("list_items"), Some("show_item"), Some("add_item")]
    );
}
