//! The example user service on actix-web 4: the axum service's routes, store, queries, error
//! enum and body types (`status_examples`), written the way actix handlers usually are:
//! `web::Data`, `web::Path`, `web::Query` and `web::Json` extractors, route attributes, and
//! `Result<web::Json<T>, AppError>`.
//!
//! Every handler declares its statuses with `#[responds]`, above `#[utoipa::path]`. [`routes`]
//! puts each handler's contract on its route (`route.wrap(NAME_RESPONSES.layer())`), and
//! [`contract_check`], wrapped around the `App` last, holds every response the client
//! receives to it. [`bare_routes`] registers the same handlers with no contract, for the load
//! test's baseline. (With actix's route attributes the contract goes in the attribute:
//! `#[post("/users", wrap = "CREATE_USER_RESPONSES.layer()")]` under `#[responds]`; the
//! README shows it.)
//!
//! The statuses the request implies are actix's: `web::Path<i64>` answers 404 to an id that
//! is not a number, `web::Json` 400 to a body that is not a new user and 413 past the limit,
//! `web::Query` 400 to a limit that is not a number. `#[responds]` reads them from the
//! extractors' types.

use std::fmt;

use actix_web::web::{self, Data, Json, Path, Query};
use actix_web::{HttpResponse, ResponseError, Route};
use status_core::route_check::ContractCheckLayer;
use status_core::{responds, status, ResponseStatus, Responses};
use status_examples::db::{self, User};
use status_examples::service::{
    valid_email, valid_name, ApiError, AppState, NewUser, Page, UserChanges, BODY_LIMIT,
    DEFAULT_LIMIT, MAX_LIMIT,
};

/// The service's errors as actix answers them: the axum service's [`ApiError`], whose
/// `#[status(...)]` on each variant says the status, behind the `ResponseError` actix needs.
/// `transparent` gives it exactly `ApiError`'s statuses.
#[derive(Debug, ResponseStatus)]
#[status(transparent)]
pub struct AppError(pub ApiError);

impl From<ApiError> for AppError {
    fn from(error: ApiError) -> AppError {
        AppError(error)
    }
}

/// A UNIQUE violation is 409, anything else 500, as for axum (`ApiError::from`).
impl From<rusqlite::Error> for AppError {
    fn from(error: rusqlite::Error) -> AppError {
        AppError(error.into())
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> actix_web::http::StatusCode {
        self.0.status().into()
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json(self.0.body())
    }
}

/// Tell whether the service and its database answer.
///
/// 200 when the database answers, 503 when it does not.
#[responds(strict, 200, 503)]
#[utoipa::path(get, path = "/health", tag = "service")]
pub async fn health(state: Data<AppState>) -> HttpResponse {
    match db::ping(&state.db()) {
        Ok(()) => HttpResponse::build(status!(200).into()).finish(),
        Err(_) => HttpResponse::build(status!(503).into()).finish(),
    }
}

/// List users, a page at a time.
///
/// Users come in id order. A limit outside 1 to 100 is refused with 422; a limit or offset
/// that is not a number, with 400.
//
// 200 is what `Json<Vec<User>>` is sent with; 422 and 500 come out of `?`, and the 400 is
// `web::Query`'s, implied by its type.
#[responds(200, 422, 500)]
#[utoipa::path(get, path = "/users", params(Page), tag = "users")]
pub async fn list_users(
    state: Data<AppState>,
    page: Query<Page>,
) -> Result<Json<Vec<User>>, AppError> {
    let limit = page.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::Invalid(format!(
            "the limit must be from 1 to {MAX_LIMIT}, not {limit}"
        ))
        .into());
    }
    Ok(Json(db::list_users(
        &state.db(),
        limit,
        page.offset.unwrap_or(0),
    )?))
}

/// Fetch a user.
///
/// 404 if no user has the id, or if the id is not a number.
#[responds(200, 404, 500)]
#[utoipa::path(get, path = "/users/{id}", params(("id" = i64, Path, description = "The user's id")), tag = "users")]
pub async fn get_user(state: Data<AppState>, id: Path<i64>) -> Result<Json<User>, AppError> {
    let id = id.into_inner();
    let user = db::find_user(&state.db(), id)?.ok_or(ApiError::NotFound(id))?;
    Ok(Json(user))
}

/// Create a user.
///
/// Names and e-mail addresses are unique. A body that is not JSON, or not a new user, is
/// refused with 400 before anything is stored.
#[responds(201, 409, 422, 500)]
#[utoipa::path(
    post,
    path = "/users",
    tag = "users",
    responses(
        (status = 201, description = "The user, with the id it was given", body = User),
        (status = 409, description = "The name or the e-mail address is taken", body = status_examples::service::ErrorBody),
        (status = 422, description = "The name is empty, or the address has no `@`", body = status_examples::service::ErrorBody),
        (status = 500, description = "The database failed", body = status_examples::service::ErrorBody),
    )
)]
pub async fn create_user(
    state: Data<AppState>,
    new: Json<NewUser>,
) -> Result<HttpResponse, AppError> {
    let name = valid_name(&new.name)?;
    let email = valid_email(&new.email)?;
    let user = db::insert_user(&state.db(), name, email)?;
    Ok(HttpResponse::build(status!(201).into()).json(user))
}

/// Change a user's name or e-mail address.
///
/// Fields left out are kept. The same rules as for a new user apply to the ones given.
#[responds(200, 404, 409, 422, 500, all_errors)]
#[utoipa::path(patch, path = "/users/{id}", params(("id" = i64, Path, description = "The user's id")), tag = "users")]
pub async fn update_user(
    state: Data<AppState>,
    id: Path<i64>,
    changes: Json<UserChanges>,
) -> Result<Json<User>, AppError> {
    let id = id.into_inner();
    let name = changes.name.as_deref().map(valid_name).transpose()?;
    let email = changes.email.as_deref().map(valid_email).transpose()?;
    let user = db::update_user(&state.db(), id, name, email)?.ok_or(ApiError::NotFound(id))?;
    Ok(Json(user))
}

/// Delete a user.
///
/// 204 when the user is gone, 404 if there was none.
#[responds(204, 404, 500)]
#[utoipa::path(delete, path = "/users/{id}", params(("id" = i64, Path, description = "The user's id")), tag = "users")]
pub async fn delete_user(state: Data<AppState>, id: Path<i64>) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    if db::delete_user(&state.db(), id)? {
        Ok(HttpResponse::build(status!(204).into()).finish())
    } else {
        Err(ApiError::NotFound(id).into())
    }
}

/// This service's OpenAPI document.
#[responds(200)]
#[utoipa::path(get, path = "/openapi.json", tag = "service")]
pub async fn openapi() -> HttpResponse {
    HttpResponse::build(status!(200).into()).json(crate::openapi::document())
}

/// Every handler's contract, for the OpenAPI document's check and for tests.
pub const CONTRACTS: &[Responses] = &[
    HEALTH_RESPONSES,
    LIST_USERS_RESPONSES,
    CREATE_USER_RESPONSES,
    GET_USER_RESPONSES,
    UPDATE_USER_RESPONSES,
    DELETE_USER_RESPONSES,
    OPENAPI_RESPONSES,
];

/// The service's routes, each handler under its own contract, and the body limit the axum
/// service has, which `web::Json` answers 413 past.
pub fn routes(config: &mut web::ServiceConfig) {
    register(config, |route, contract| route.wrap(contract.layer()));
}

/// The same routes with no contract on them: the baseline the load test measures the route
/// check against.
pub fn bare_routes(config: &mut web::ServiceConfig) {
    register(config, |route, _| route);
}

/// Registers every route, each method's through `on` with its handler's contract.
fn register(config: &mut web::ServiceConfig, on: fn(Route, &'static Responses) -> Route) {
    config
        .app_data(web::JsonConfig::default().limit(BODY_LIMIT))
        .service(web::resource("/health").route(on(web::get().to(health), &HEALTH_RESPONSES)))
        .service(
            web::resource("/users")
                .route(on(web::get().to(list_users), &LIST_USERS_RESPONSES))
                .route(on(web::post().to(create_user), &CREATE_USER_RESPONSES)),
        )
        .service(
            web::resource("/users/{id}")
                .route(on(web::get().to(get_user), &GET_USER_RESPONSES))
                .route(on(web::patch().to(update_user), &UPDATE_USER_RESPONSES))
                .route(on(web::delete().to(delete_user), &DELETE_USER_RESPONSES)),
        )
        .service(
            web::resource("/openapi.json").route(on(web::get().to(openapi), &OPENAPI_RESPONSES)),
        );
}

/// The route check the service runs with: the build's default mode. The service adds no
/// middleware of its own, so no status is declared for it.
pub fn contract_check() -> ContractCheckLayer {
    // Built, and checked against the contracts, before the first request rather than on it.
    crate::openapi::document();
    ContractCheckLayer::new()
}
