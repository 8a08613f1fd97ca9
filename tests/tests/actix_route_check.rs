//! The route check as actix-web middleware, in-process through `actix_web::test`: the same
//! verdicts as for axum (`route_check.rs`), with the contract on the route (`wrap = ..` in
//! actix's route attribute) and the check on the `App`.

use std::sync::{Arc, Mutex};

use actix_web::body::to_bytes;
use actix_web::http::StatusCode;
use actix_web::test::{call_service, init_service, TestRequest};
use actix_web::{delete, get, post, web, App, HttpResponse};
use status_core::route_check::{ContractCheckLayer, MiddlewareStatusesLayer, Mode, NO_ROUTE};
use status_core::{responds, status, Status};

/// Declares 201 and 409 and answers 418 when asked to, as a handler that drifted would.
#[responds(201, 409)]
#[post("/users", wrap = "CREATE_USER_RESPONSES.layer()")]
async fn create_user(query: web::Query<Drift>) -> HttpResponse {
    match query.answer {
        201 => HttpResponse::build(status!(201).into()).finish(),
        409 => HttpResponse::build(status!(409).into()).finish(),
        other => HttpResponse::build(StatusCode::from_u16(other).unwrap()).finish(),
    }
}

#[derive(serde::Deserialize)]
struct Drift {
    answer: u16,
}

/// Its 404 for an id that is not a number comes from actix's `Path`, by type.
#[responds(200)]
#[get("/users/{id}", wrap = "GET_USER_RESPONSES.layer()")]
async fn get_user(id: web::Path<i64>) -> HttpResponse {
    let _ = id.into_inner();
    HttpResponse::build(status!(200).into()).finish()
}

/// A route with no contract.
#[delete("/users/{id}")]
async fn delete_user() -> HttpResponse {
    HttpResponse::NoContent().finish()
}

/// Behind an authentication layer that may answer 401.
#[responds(200)]
#[get("/admin", wrap = "ADMIN_RESPONSES.layer()")]
async fn admin() -> HttpResponse {
    HttpResponse::Unauthorized().finish()
}

/// The status and body of the answer `$app` gives `$request`.
macro_rules! status_of {
    ($app:expr, $request:expr) => {{
        let response = call_service($app, $request.to_request()).await;
        let status = response.status().as_u16();
        let body = to_bytes(response.into_body()).await.unwrap_or_default();
        (status, String::from_utf8_lossy(&body).into_owned())
    }};
}

fn run<F: std::future::Future>(future: F) -> F::Output {
    actix_web::rt::System::new().block_on(future)
}

#[test]
fn the_check_holds_each_route_to_its_contract_and_lets_the_router_answer() {
    run(async {
        let hooked = Arc::new(Mutex::new(Vec::new()));
        let seen = hooked.clone();
        let check = ContractCheckLayer::new()
            .mode(Mode::Test)
            .on_violation(move |violation| seen.lock().unwrap().push(violation.status));
        let app = init_service(
            App::new()
                .service(create_user)
                .service(get_user)
                .service(delete_user)
                .service(web::resource("/listed").route(web::get().to(HttpResponse::Ok)))
                .service(
                    web::scope("")
                        .wrap(MiddlewareStatusesLayer::new([Status::UNAUTHORIZED]))
                        .service(admin),
                )
                .wrap(check.clone()),
        )
        .await;
        // Declared, and implied by the request (actix's Path answers 404 itself).
        assert_eq!(
            status_of!(&app, TestRequest::post().uri("/users?answer=201")).0,
            201
        );
        assert_eq!(
            status_of!(&app, TestRequest::post().uri("/users?answer=409")).0,
            409
        );
        assert_eq!(status_of!(&app, TestRequest::get().uri("/users/7")).0, 200);
        let (status, body) = status_of!(&app, TestRequest::get().uri("/users/abc"));
        assert_eq!(status, 404, "{body}");
        // The query extractor's own 400, implied by its type.
        assert_eq!(
            status_of!(&app, TestRequest::post().uri("/users?answer=x")).0,
            400
        );
        // The router's own answers: no route, and a method no resource of the path serves
        // (actix answers 404 for a route attribute's resource, 405 for a `web::resource`).
        assert_eq!(status_of!(&app, TestRequest::get().uri("/nowhere")).0, 404);
        assert_eq!(status_of!(&app, TestRequest::put().uri("/admin")).0, 404);
        assert_eq!(status_of!(&app, TestRequest::put().uri("/listed")).0, 405);
        // A status the group's middleware declares.
        assert_eq!(status_of!(&app, TestRequest::get().uri("/admin")).0, 401);
        assert!(check.violations().is_empty(), "{:?}", check.violations());

        // A handler that drifted: answered 500 with the account, recorded, hooked.
        let (status, body) = status_of!(&app, TestRequest::post().uri("/users?answer=418"));
        assert_eq!(status, 500);
        assert!(body.contains("create_user"), "{body}");
        assert!(body.contains("418"), "{body}");
        // A route without a contract may not answer anything it likes.
        assert_eq!(
            status_of!(&app, TestRequest::delete().uri("/users/7")).0,
            500
        );
        let violations = check.violations();
        assert_eq!(violations.len(), 2, "{violations:?}");
        assert_eq!(violations[0].route.as_deref(), Some("/users"));
        assert_eq!(violations[0].handler(), Some("create_user"));
        assert_eq!(violations[1].route.as_deref(), Some("/users/{id}"));
        assert_eq!(violations[1].handler(), None);
        assert_eq!(*hooked.lock().unwrap(), [418, 204]);

        // Coverage: what each route answered, against its contract.
        let coverage = check.coverage();
        let route = |method: &str, route: &str| {
            coverage
                .routes()
                .iter()
                .find(|seen| seen.method == method && seen.route == route)
                .unwrap_or_else(|| panic!("{method} {route} not covered: {coverage}"))
                .clone()
        };
        let create = route("POST", "/users");
        assert!(create.saw(201) && create.saw(409) && create.saw(400) && create.saw(418));
        assert_eq!(create.unseen().count(), 0);
        assert!(route("GET", "/users/{id}").saw(404));
        assert!(route("GET", NO_ROUTE).saw(404));
    });
}

#[test]
fn a_route_alone_judges_itself_and_warn_lets_the_response_through() {
    run(async {
        // No check on the App: the route's contract judges with the build's mode (Respond in
        // the tests' debug build).
        let app = init_service(App::new().service(create_user)).await;
        assert_eq!(
            status_of!(&app, TestRequest::post().uri("/users?answer=201")).0,
            201
        );
        assert_eq!(
            status_of!(&app, TestRequest::post().uri("/users?answer=418")).0,
            500
        );

        let check = ContractCheckLayer::new().mode(Mode::Warn);
        let app = init_service(App::new().service(create_user).wrap(check.clone())).await;
        assert_eq!(
            status_of!(&app, TestRequest::post().uri("/users?answer=418")).0,
            418
        );

        let check = ContractCheckLayer::new().mode(Mode::Off);
        let app = init_service(App::new().service(create_user).wrap(check.clone())).await;
        assert_eq!(
            status_of!(&app, TestRequest::post().uri("/users?answer=418")).0,
            418
        );

        // Routes without a contract, allowed.
        let check = ContractCheckLayer::new()
            .mode(Mode::Test)
            .allow_routes_without_contract();
        let app = init_service(App::new().service(delete_user).wrap(check.clone())).await;
        assert_eq!(
            status_of!(&app, TestRequest::delete().uri("/users/7")).0,
            204
        );
        assert!(check.violations().is_empty());
    });
}

/// `debug_check` reads the status of what an actix handler returns: `HttpResponse`, and
/// `Result` of it with an error type that derives `ResponseStatus`.
#[responds(200, 404, debug_check)]
async fn checked_in_debug(id: web::Path<u32>) -> Result<HttpResponse, Missing> {
    match id.into_inner() {
        1 => Ok(HttpResponse::build(status!(200).into()).finish()),
        _ => Err(Missing),
    }
}

#[derive(Debug, status_core::ResponseStatus)]
#[status(404)]
struct Missing;

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no such item")
    }
}

impl actix_web::ResponseError for Missing {
    fn status_code(&self) -> StatusCode {
        StatusCode::NOT_FOUND
    }
}

#[test]
fn debug_check_reads_actix_answers() {
    run(async {
        let app =
            init_service(App::new().route("/items/{id}", web::get().to(checked_in_debug))).await;
        assert_eq!(status_of!(&app, TestRequest::get().uri("/items/1")).0, 200);
        assert_eq!(status_of!(&app, TestRequest::get().uri("/items/2")).0, 404);
    });
}
