//! The example user service: an axum router over an in-memory store. Every handler declares its
//! statuses with `#[responds]` and runs the debug-build check, and [`ROUTES`] pairs each route
//! with that declaration so the OpenAPI document is built from the same source.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use status_core::{ResponseStatus, Responses, Status};
use status_macros::{responds, status};

/// A stored user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub email: String,
}

/// The body of `POST /users`.
#[derive(Debug, Deserialize)]
pub struct NewUser {
    pub name: String,
    pub email: String,
}

/// Users by id, and the next id to hand out.
#[derive(Default)]
struct Store {
    users: BTreeMap<u64, User>,
    next_id: u64,
}

/// The store shared by every request.
#[derive(Clone, Default)]
pub struct AppState {
    store: Arc<Mutex<Store>>,
}

impl AppState {
    fn with_store<T>(&self, work: impl FnOnce(&mut Store) -> T) -> T {
        // A panic while holding the lock leaves no half-written user behind, so the data is
        // still usable.
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        work(&mut store)
    }
}

/// Why a request failed. Its status is read by the debug-build check through
/// [`ResponseStatus`] and sent by [`IntoResponse`], so both always agree.
#[derive(Debug)]
pub enum ApiError {
    NameTaken(String),
    Invalid(String),
    NoSuchUser(String),
}

impl ApiError {
    fn status(&self) -> Status {
        match self {
            ApiError::NameTaken(_) => status!(409),
            ApiError::Invalid(_) => status!(422),
            ApiError::NoSuchUser(_) => status!(404),
        }
    }
}

impl ResponseStatus for ApiError {
    fn response_status(&self) -> u16 {
        self.status().code()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let message = match &self {
            ApiError::NameTaken(name) => format!("the name {name:?} is taken"),
            ApiError::Invalid(reason) => reason.clone(),
            ApiError::NoSuchUser(id) => format!("no user with id {id}"),
        };
        let status = self.status().to_http();
        (status, Json(serde_json::json!({ "error": message }))).into_response()
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        ApiError::Invalid(rejection.body_text())
    }
}

/// `POST /users`: 201 with the new user, 409 if the name is taken, 422 if the body is not a
/// valid new user.
#[responds(201, 409, 422, debug_check)]
pub async fn create_user(
    State(state): State<AppState>,
    body: Result<Json<NewUser>, JsonRejection>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    let Json(new) = body?;
    if new.name.trim().is_empty() {
        return Err(ApiError::Invalid("the name is empty".into()));
    }
    if !new.email.contains('@') {
        return Err(ApiError::Invalid(format!(
            "{:?} is not an e-mail address",
            new.email
        )));
    }
    let user = state.with_store(|store| {
        if store.users.values().any(|user| user.name == new.name) {
            return Err(ApiError::NameTaken(new.name));
        }
        store.next_id += 1;
        let user = User {
            id: store.next_id,
            name: new.name,
            email: new.email,
        };
        store.users.insert(user.id, user.clone());
        Ok(user)
    })?;
    Ok((status!(201).to_http(), Json(user)))
}

/// `GET /users`: 200 with every user.
#[responds(200, debug_check)]
pub async fn list_users(State(state): State<AppState>) -> (StatusCode, Json<Vec<User>>) {
    let users = state.with_store(|store| store.users.values().cloned().collect());
    (status!(200).to_http(), Json(users))
}

/// `GET /users/{id}`: 200 with the user, or 404.
#[responds(200, 404, debug_check)]
pub async fn get_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    let user = state.with_store(|store| find(store, &id).cloned())?;
    Ok((status!(OK).to_http(), Json(user)))
}

/// `DELETE /users/{id}`: 204, or 404.
#[responds(204, 404, debug_check)]
pub async fn delete_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Status, ApiError> {
    state.with_store(|store| {
        let id = find(store, &id)?.id;
        store.users.remove(&id);
        Ok(status!("No Content"))
    })
}

/// An id that is not a number names no user, so it is a 404 like any unknown id.
fn find<'store>(store: &'store Store, id: &str) -> Result<&'store User, ApiError> {
    id.parse()
        .ok()
        .and_then(|id| store.users.get(&id))
        .ok_or_else(|| ApiError::NoSuchUser(id.to_owned()))
}

/// `GET /openapi.json`: the OpenAPI document built from [`ROUTES`].
#[responds(200, debug_check)]
pub async fn openapi() -> (StatusCode, Json<serde_json::Value>) {
    (
        status!(200).to_http(),
        Json(crate::openapi::document(ROUTES)),
    )
}

/// One route: its method, path, what it does, and the statuses its handler declares.
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    pub responses: Responses,
}

/// Every route the service answers, with the declarations `#[responds]` made.
pub const ROUTES: &[Route] = &[
    Route {
        method: "post",
        path: "/users",
        summary: "Create a user",
        responses: CREATE_USER_RESPONSES,
    },
    Route {
        method: "get",
        path: "/users",
        summary: "List users",
        responses: LIST_USERS_RESPONSES,
    },
    Route {
        method: "get",
        path: "/users/{id}",
        summary: "Fetch a user",
        responses: GET_USER_RESPONSES,
    },
    Route {
        method: "delete",
        path: "/users/{id}",
        summary: "Delete a user",
        responses: DELETE_USER_RESPONSES,
    },
    Route {
        method: "get",
        path: "/openapi.json",
        summary: "This service's OpenAPI document",
        responses: OPENAPI_RESPONSES,
    },
];

/// The service's router, with an empty store.
pub fn router() -> Router {
    Router::new()
        .route("/users", get(list_users).post(create_user))
        .route("/users/{id}", get(get_user).delete(delete_user))
        .route("/openapi.json", get(openapi))
        .with_state(AppState::default())
}
