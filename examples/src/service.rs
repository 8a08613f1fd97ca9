//! The example user service: an axum router over a SQLite database, written the way axum
//! services usually are. Handlers take `State`, `Path`, `Query` and `Json` extractors and
//! return `Result<Json<T>, ApiError>` and its relatives; one error enum, [`ApiError`], says
//! once, with `#[derive(ResponseStatus)]`, which status each failure is answered with; database
//! errors reach it through `?`, a UNIQUE violation becoming 409 Conflict.
//!
//! Every handler declares its statuses with `#[responds]`, above `#[utoipa::path]`, so the
//! OpenAPI document says the same (see [`crate::openapi`]). The doc comment on each handler is
//! its description in that document; what the compiler checks per handler, and what it cannot
//! see, is in a plain comment below it. What it cannot see
//! is checked at run time: [`routes`] puts each handler's contract on its route, and the
//! [`contract_check`] layered last holds every response the client receives to it, the
//! statuses of the service's own layers ([`MIDDLEWARE_STATUSES`]) included.

use std::fmt;
use std::path::Path as FilePath;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::{Connection, ErrorCode};
use serde::{Deserialize, Serialize};
use status_core::route_check::ContractCheckLayer;
use status_core::{responds, ResponseStatus, Responses, Status};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use utoipa::{IntoParams, ToSchema};

use crate::db;
pub use crate::db::User;

/// The body of `POST /users`.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewUser {
    pub name: String,
    pub email: String,
}

/// The body of `PATCH /users/{id}`: the fields to change.
#[derive(Debug, Deserialize, ToSchema)]
pub struct UserChanges {
    pub name: Option<String>,
    pub email: Option<String>,
}

/// The query string of `GET /users`: `?limit=10&offset=20`, both optional.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Page {
    /// How many users to return, from 1 to 100; 20 if not given.
    pub limit: Option<u32>,
    /// How many users to skip, in id order; 0 if not given.
    pub offset: Option<u32>,
}

/// Users per page when the request does not say.
pub const DEFAULT_LIMIT: u32 = 20;
/// The most users one request may ask for.
pub const MAX_LIMIT: u32 = 100;

/// Why a request failed, and, through `#[status(...)]`, the status each failure is answered
/// with: written once here, read by `IntoResponse` below through `status()`, and read by
/// `#[responds]` at compile time wherever a handler names a variant.
#[derive(Debug, ResponseStatus)]
pub enum ApiError {
    /// No user has this id.
    #[status(404)]
    NotFound(i64),
    /// A UNIQUE column already holds the value: what is taken, for the client.
    #[status(409)]
    Conflict(&'static str),
    /// The request is well-formed but its values are not acceptable.
    #[status(422)]
    Invalid(String),
    /// Anything else the database reports; logged, not shown to the client.
    #[status(500)]
    Database(rusqlite::Error),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound(id) => write!(f, "no user has id {id}"),
            ApiError::Conflict(taken) => f.write_str(taken),
            ApiError::Invalid(reason) => f.write_str(reason),
            ApiError::Database(_) => f.write_str("the database failed; the server's log says why"),
        }
    }
}

/// The body every error is answered with: `{"error": "..."}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong, for a person to read.
    pub error: String,
}

impl ApiError {
    /// The JSON body the error is answered with.
    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: self.to_string(),
        }
    }
}

/// A constraint violation is the only database error a client can cause, by sending a name or
/// address that is taken; anything else is the server's fault.
impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> ApiError {
        if error.sqlite_error_code() != Some(ErrorCode::ConstraintViolation) {
            return ApiError::Database(error);
        }
        // SQLite names the column: "UNIQUE constraint failed: users.email".
        let message = match &error {
            rusqlite::Error::SqliteFailure(_, Some(message)) => message.as_str(),
            _ => "",
        };
        ApiError::Conflict(if message.ends_with("users.email") {
            "the e-mail address is taken"
        } else if message.ends_with("users.name") {
            "the name is taken"
        } else {
            "the change conflicts with a stored user"
        })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Database(error) = &self {
            tracing::error!(%error, "database error");
        }
        (self.status().to_http(), Json(self.body())).into_response()
    }
}

/// A name must have something in it besides spaces; it is stored trimmed.
pub fn valid_name(name: &str) -> Result<&str, ApiError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ApiError::Invalid("the name is empty".into()));
    }
    Ok(name)
}

/// An e-mail address needs an `@` with something before and after it.
pub fn valid_email(email: &str) -> Result<&str, ApiError> {
    let email = email.trim();
    match email.split_once('@') {
        Some((local, domain)) if !local.is_empty() && !domain.is_empty() => Ok(email),
        _ => Err(ApiError::Invalid(format!(
            "{email:?} is not an e-mail address"
        ))),
    }
}

/// What every request shares: the one connection, behind a lock. SQLite serializes writes
/// anyway, and each query here is short, so one connection serves a small service well.
#[derive(Clone)]
pub struct AppState {
    db: Arc<Mutex<Connection>>,
}

impl AppState {
    /// The state over an open connection whose table exists (see [`db::open`]).
    pub fn new(connection: Connection) -> AppState {
        AppState {
            db: Arc::new(Mutex::new(connection)),
        }
    }

    /// A fresh database in memory, gone when the state is dropped.
    pub fn in_memory() -> rusqlite::Result<AppState> {
        db::open(None).map(AppState::new)
    }

    /// The database in the file at `path`, created on first use.
    pub fn open(path: &FilePath) -> rusqlite::Result<AppState> {
        db::open(Some(path)).map(AppState::new)
    }

    /// The connection, locked. Handlers hold it for one statement and never across an
    /// `.await`.
    pub fn db(&self) -> MutexGuard<'_, Connection> {
        db::lock(&self.db)
    }
}

/// Tell whether the service and its database answer.
///
/// 200 when the database answers, 503 when it does not.
//
// Both statuses are named in the body, so `strict` holds; the return type is a concrete
// `StatusCode`, so `debug_check` can read it too.
#[responds(strict, 200, 503, debug_check)]
#[utoipa::path(get, path = "/health", tag = "service")]
pub async fn health(State(state): State<AppState>) -> StatusCode {
    match db::ping(&state.db()) {
        Ok(()) => StatusCode::OK,
        Err(error) => {
            tracing::warn!(%error, "health check failed");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

/// List users, a page at a time.
///
/// Users come in id order. A limit outside 1 to 100 is refused with 422; a limit or offset
/// that is not a number, with 400.
//
// `strict` holds: 200 is what `Json<Vec<User>>` is sent with, `ApiError::Invalid`, named
// here, answers 422, and the `?` on a database error can answer any status of `ApiError`
// through `From<rusqlite::Error>`, 500 among them. The 400 is axum's `Query` rejection,
// implied by the request.
#[responds(strict, 200, 422, 500)]
#[utoipa::path(get, path = "/users", params(Page), tag = "users")]
#[tracing::instrument(skip(state))]
pub async fn list_users(
    State(state): State<AppState>,
    Query(page): Query<Page>,
) -> Result<Json<Vec<User>>, ApiError> {
    let limit = page.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::Invalid(format!(
            "the limit must be from 1 to {MAX_LIMIT}, not {limit}"
        )));
    }
    let users = db::list_users(&state.db(), limit, page.offset.unwrap_or(0))?;
    Ok(Json(users))
}

/// Fetch a user.
///
/// 404 if no user has the id; 400 if the id is not a number.
//
// `strict` holds: 200 is what `Json<User>` is sent with, `ApiError::NotFound` answers 404, and
// 500 comes from the `?` on a database error (it is also among the statuses `Path` rejects
// with, for a route whose parameters do not fit the type).
#[responds(strict, 200, 404, 500)]
#[utoipa::path(get, path = "/users/{id}", params(("id" = i64, Path, description = "The user's id")), tag = "users")]
#[axum::debug_handler]
pub async fn get_user(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<User>, ApiError> {
    let user = db::find_user(&state.db(), id)?.ok_or(ApiError::NotFound(id))?;
    Ok(Json(user))
}

/// Create a user.
///
/// Names and e-mail addresses are unique. A body that is not JSON, or not a new user, is
/// refused before anything is stored.
//
// 409 is SQLite's UNIQUE constraint, through `?` and `From<rusqlite::Error>`; 422 an empty
// name or an address without `@`; axum's `Json` rejection adds 400, 413, 415 and 422, implied
// by the request. `strict` holds: 201 is named, 422 by `ApiError::Invalid` in the validation
// helpers' `?`, and 409 and 500 come out of `?`. `debug_check` checks, in a debug build, that
// the status really sent is one of these, from `?` or not. The responses are written out here
// to give their bodies; `#[responds]` checks them against its list and adds the implied ones.
#[responds(strict, 201, 409, 422, 500, debug_check)]
#[utoipa::path(
    post,
    path = "/users",
    tag = "users",
    responses(
        (status = 201, description = "The user, with the id it was given", body = User),
        (status = 409, description = "The name or the e-mail address is taken", body = ErrorBody),
        (status = 422, description = "The name is empty, or the address has no `@`", body = ErrorBody),
        (status = 500, description = "The database failed", body = ErrorBody),
    )
)]
#[tracing::instrument(skip(state))]
#[axum::debug_handler]
pub async fn create_user(
    State(state): State<AppState>,
    Json(new): Json<NewUser>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    let name = valid_name(&new.name)?;
    let email = valid_email(&new.email)?;
    let user = db::insert_user(&state.db(), name, email)?;
    tracing::info!(id = user.id, "created");
    Ok((StatusCode::CREATED, Json(user)))
}

/// Change a user's name or e-mail address.
///
/// Fields left out are kept. The same rules as for a new user apply to the ones given.
//
// It can fail in every way `ApiError` has, and says so with `all_errors`, which the compiler
// holds against the enum: a new variant must be declared here too. `impl IntoResponse` hides
// the success status from the compiler, so `strict` cannot hold and `debug_check` would be
// refused; the errors are still checked, and the route check sees the 200 at run time.
#[responds(200, 404, 409, 422, 500, all_errors)]
#[utoipa::path(patch, path = "/users/{id}", params(("id" = i64, Path, description = "The user's id")), tag = "users")]
pub async fn update_user(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Json(changes): Json<UserChanges>,
) -> Result<impl IntoResponse, ApiError> {
    let name = changes.name.as_deref().map(valid_name).transpose()?;
    let email = changes.email.as_deref().map(valid_email).transpose()?;
    let user = db::update_user(&state.db(), id, name, email)?.ok_or(ApiError::NotFound(id))?;
    Ok(Json(user))
}

/// Delete a user.
///
/// 204 when the user is gone, 404 if there was none.
//
// `strict` holds as for `get_user`; `debug_check` reads the `StatusCode` or the error.
#[responds(strict, 204, 404, 500, debug_check)]
#[utoipa::path(delete, path = "/users/{id}", params(("id" = i64, Path, description = "The user's id")), tag = "users")]
#[axum::debug_handler]
pub async fn delete_user(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    if db::delete_user(&state.db(), id)? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound(id))
    }
}

/// This service's OpenAPI document.
//
// See `crate::openapi`. Returned as `impl IntoResponse`, so the declared 200 is the route
// check's to hold it to, at run time.
#[responds(200)]
#[utoipa::path(get, path = "/openapi.json", tag = "service")]
pub async fn openapi() -> impl IntoResponse {
    Json(crate::openapi::document())
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

/// How long a request may take before the service answers 408 Request Timeout.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest request body the service reads; a longer one is answered 413 Content Too Large.
pub const BODY_LIMIT: usize = 64 * 1024;

/// What the service's own layers may answer any route with, before or instead of its handler:
/// 408 from the timeout, 413 from the body limit, 500 from the panic catcher.
pub const MIDDLEWARE_STATUSES: [Status; 3] = [
    Status::REQUEST_TIMEOUT,
    Status::CONTENT_TOO_LARGE,
    Status::INTERNAL_SERVER_ERROR,
];

/// The service's routes, each handler under its own contract (`NAME_RESPONSES.on(handler)`), with
/// no middleware yet: [`router_with`] adds it.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/health", get(HEALTH_RESPONSES.on(health)))
        .route(
            "/users",
            get(LIST_USERS_RESPONSES.on(list_users)).post(CREATE_USER_RESPONSES.on(create_user)),
        )
        .route(
            "/users/{id}",
            get(GET_USER_RESPONSES.on(get_user))
                .patch(UPDATE_USER_RESPONSES.on(update_user))
                .delete(DELETE_USER_RESPONSES.on(delete_user)),
        )
        .route("/openapi.json", get(OPENAPI_RESPONSES.on(openapi)))
}

/// The route check the service runs with: the build's default mode (a debug build answers a
/// response outside its contract with a 500 that says why; a release build logs a warning and
/// lets it through), and the statuses the service's layers add.
pub fn contract_check() -> ContractCheckLayer {
    ContractCheckLayer::new().middleware(MIDDLEWARE_STATUSES)
}

/// The service's router over `state`, checked by [`contract_check`].
pub fn router(state: AppState) -> Router {
    router_with(routes(), state, contract_check())
}

/// `routes` behind the service's middleware and `check`, over `state`. The check is the last
/// layer, so it sees the response the client receives, whichever layer made it.
pub fn router_with(routes: Router<AppState>, state: AppState, check: ContractCheckLayer) -> Router {
    // Built, and checked against the contracts, before the first request rather than on it.
    crate::openapi::document();
    with_middleware(routes).layer(check).with_state(state)
}

/// `routes` behind the service's own layers (the panic catcher, the timeout and the body limit,
/// which answer with [`MIDDLEWARE_STATUSES`]) and no route check: what [`router_with`] puts the
/// check around, and the baseline the load test compares the checked router with.
pub fn with_middleware(routes: Router<AppState>) -> Router<AppState> {
    routes
        .layer(CatchPanicLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
}
