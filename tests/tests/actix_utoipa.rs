//! `#[responds]` above `#[utoipa::path]` above actix's route attributes, registered through
//! utoipa's own actix-web integration (utoipa-actix-web 0.2, on utoipa 6): the document it
//! collects carries each handler's declared statuses and, once the document check has run,
//! what actix's extractors imply; the contracts it reads back by route hold the app's routes.

use actix_web::test::{call_service, init_service, TestRequest};
use actix_web::{get, post, web, App, HttpResponse};
use status_core::openapi::utoipa::DocumentCheck;
use status_core::route_check::{ContractCheckLayer, Mode};
use status_core::{responds, status, Responses};
use utoipa::openapi::path::HttpMethod;
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;

/// Create an item.
#[responds(201, 409)]
#[utoipa::path(tag = "items")]
#[post("/items", wrap = "ADD_ITEM_RESPONSES.layer()")]
async fn add_item(name: web::Json<String>) -> HttpResponse {
    match name.as_str() {
        "taken" => HttpResponse::build(status!(409).into()).finish(),
        _ => HttpResponse::build(status!(201).into()).finish(),
    }
}

/// Fetch an item.
#[responds(200)]
#[utoipa::path(params(("id" = u32, Path, description = "The item's id")), tag = "items")]
#[get("/items/{id}", wrap = "SHOW_ITEM_RESPONSES.layer()")]
async fn show_item(id: web::Path<u32>) -> HttpResponse {
    let _ = id.into_inner();
    HttpResponse::build(status!(200).into()).finish()
}

const CONTRACTS: &[Responses] = &[ADD_ITEM_RESPONSES, SHOW_ITEM_RESPONSES];
static CHECK: DocumentCheck = DocumentCheck::new(CONTRACTS).fill();

#[derive(OpenApi)]
#[openapi(info(title = "items"))]
struct Base;

fn responses_of(api: &utoipa::openapi::OpenApi, path: &str, method: HttpMethod) -> Vec<String> {
    let item = &api.paths.paths[path];
    let operation = match method {
        HttpMethod::Get => item.get.as_ref(),
        HttpMethod::Post => item.post.as_ref(),
        _ => None,
    }
    .unwrap_or_else(|| panic!("no such operation at {path}"));
    operation.responses.responses.keys().cloned().collect()
}

#[test]
fn the_integration_collects_the_contracts_and_the_check_holds_the_routes() {
    actix_web::rt::System::new().block_on(async {
        let (app, mut api) = App::new()
            .into_utoipa_app()
            .openapi(Base::openapi())
            .service(add_item)
            .service(show_item)
            .split_for_parts();
        utoipa::Modify::modify(&CHECK, &mut api);
        // Declared, and implied by actix's extractors: Json's 400 and 413, Path's 404.
        assert_eq!(
            responses_of(&api, "/items", HttpMethod::Post),
            ["201", "400", "409", "413"]
        );
        assert_eq!(
            responses_of(&api, "/items/{id}", HttpMethod::Get),
            ["200", "404"]
        );

        let check = ContractCheckLayer::new()
            .mode(Mode::Test)
            .routes(CHECK.route_contracts(&api));
        let app = init_service(app.wrap(check.clone())).await;
        for (request, expected) in [
            (TestRequest::post().uri("/items").set_json("pen"), 201),
            (TestRequest::post().uri("/items").set_json("taken"), 409),
            (TestRequest::post().uri("/items").set_payload("{"), 400),
            (TestRequest::get().uri("/items/3"), 200),
            (TestRequest::get().uri("/items/x"), 404),
        ] {
            let response = call_service(&app, request.to_request()).await;
            assert_eq!(response.status().as_u16(), expected);
        }
        check.assert_no_violations();
        assert_eq!(check.coverage().routes().len(), 2);
    });
}
