//! `debug_check` in a running program never costs the client its response: outside the
//! crate's own tests a status outside the contract is reported on standard error and the
//! response goes out as the handler made it, whatever layers the app has; with the route
//! check on the route, the client gets its 500 account instead. (`debug_check.rs` shows the
//! panic inside the crate's own tests.)

use axum::body::Body;
use axum::extract::Path;
use axum::handler::Handler;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use axum::Router;
use status_core::route_check::{ContractCheckLayer, Mode};
use status_core::{Responses, Status};
use status_tests::served::{drifted, Missing};
use tower::ServiceExt;

const DRIFTED_ROUTE: Responses = Responses::new("drifted", &[Status::OK], &[]);

async fn route(Path(id): Path<u32>) -> StatusCode {
    match drifted(id) {
        Ok(_) => StatusCode::OK,
        Err(Missing) => StatusCode::NOT_FOUND,
    }
}

async fn status_of(router: Router, path: &str) -> u16 {
    let request = Request::builder()
        .uri(path)
        .body(Body::empty())
        .expect("a request");
    router
        .oneshot(request)
        .await
        .expect("infallible")
        .status()
        .as_u16()
}

#[test]
fn a_violation_outside_the_crates_tests_is_reported_not_panicked() {
    assert_eq!(drifted(1), Ok(Status::OK));
    assert_eq!(drifted(2), Err(Missing));
}

#[tokio::test]
async fn the_client_gets_a_response_with_or_without_the_route_check() {
    let bare = Router::new().route("/items/{id}", get(route));
    assert_eq!(status_of(bare, "/items/2").await, 404);
    let checked = Router::new()
        .route("/items/{id}", get(route.layer(DRIFTED_ROUTE.layer())))
        .layer(ContractCheckLayer::new().mode(Mode::Respond));
    assert_eq!(status_of(checked, "/items/2").await, 500);
}
