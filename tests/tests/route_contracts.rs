//! Routers built with utoipa-axum's `routes!()` and `OpenApiRouter` carry no contract layer on
//! their routes: several handlers share one method router. The route check finds each route's
//! contract in the OpenAPI document instead, by operation id, and holds the route to it, with
//! no route split apart. The handlers live in a module and are re-exported, as apps do.

use axum::body::Body;
use axum::http::{Method, Request};
use status_core::openapi::utoipa::DocumentCheck;
use status_core::route_check::{ContractCheck, Mode};
use tower::ServiceExt;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

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

pub use items::{
    __path_add_item, __path_list_items, __path_show_item, add_item, list_items, show_item,
    ADD_ITEM_RESPONSES, LIST_ITEMS_RESPONSES, SHOW_ITEM_RESPONSES,
};

static CONTRACTS: DocumentCheck = DocumentCheck::new(&[
    LIST_ITEMS_RESPONSES,
    ADD_ITEM_RESPONSES,
    SHOW_ITEM_RESPONSES,
]);

async fn status_of(router: &axum::Router, method: Method, path: &str) -> (u16, String) {
    let request = Request::builder()
        .method(method)
        .uri(path)
        .body(Body::empty())
        .expect("a request");
    let response = router.clone().oneshot(request).await.expect("infallible");
    let status = response.status().as_u16();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("the body");
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn routes_built_by_utoipa_axum_are_held_to_their_contracts() {
    let (router, api) = OpenApiRouter::new()
        .routes(routes!(list_items, add_item))
        .routes(routes!(show_item))
        .split_for_parts();
    let found = CONTRACTS.route_contracts(&api);
    assert_eq!(found.len(), 3, "{found:?}");
    let check = ContractCheck::new().mode(Mode::Test).routes(found);
    let router = router.layer(check.clone());

    assert_eq!(status_of(&router, Method::GET, "/items").await.0, 200);
    assert_eq!(status_of(&router, Method::HEAD, "/items").await.0, 200);
    assert_eq!(status_of(&router, Method::GET, "/items/1").await.0, 200);
    assert_eq!(status_of(&router, Method::GET, "/items/2").await.0, 404);
    // `Path<u32>`'s rejection, implied by the request.
    assert_eq!(status_of(&router, Method::GET, "/items/one").await.0, 400);
    check.assert_no_violations();

    // `add_item` shares its method router with `list_items`, and is held to its own contract.
    let (status, text) = status_of(&router, Method::POST, "/items").await;
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
