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

/// The users, by id, and the next id to hand out: the service's rules, which the axum handlers
/// here and the actix-web example both call.
#[derive(Default)]
pub struct Users {
    by_id: BTreeMap<u64, User>,
    next_id: u64,
}

impl Users {
    /// Stores a new user: an empty name or an address without `@` is invalid, and names are
    /// unique.
    pub fn create(&mut self, new: NewUser) -> Result<User, ApiError> {
        if new.name.trim().is_empty() {
            return Err(ApiError::Invalid("the name is empty".into()));
        }
        if !new.email.contains('@') {
            return Err(ApiError::Invalid(format!(
                "{:?} is not an e-mail address",
                new.email
            )));
        }
        if self.by_id.values().any(|user| user.name == new.name) {
            return Err(ApiError::NameTaken(new.name));
        }
        self.next_id += 1;
        let user = User {
            id: self.next_id,
            name: new.name,
            email: new.email,
        };
        self.by_id.insert(user.id, user.clone());
        Ok(user)
    }

    /// Every user, by id.
    pub fn list(&self) -> Vec<User> {
        self.by_id.values().cloned().collect()
    }

    /// The user with this id. An id that is not a number names no user, so it is missing like
    /// any unknown id.
    pub fn get(&self, id: &str) -> Result<&User, ApiError> {
        id.parse()
            .ok()
            .and_then(|id| self.by_id.get(&id))
            .ok_or_else(|| ApiError::NoSuchUser(id.to_owned()))
    }

    /// Removes the user with this id.
    pub fn remove(&mut self, id: &str) -> Result<User, ApiError> {
        let found = self.get(id)?.id;
        self.by_id
            .remove(&found)
            .ok_or_else(|| ApiError::NoSuchUser(id.to_owned()))
    }
}

/// The users shared by every request.
#[derive(Clone, Default)]
pub struct AppState {
    users: Arc<Mutex<Users>>,
}

impl AppState {
    fn with_users<T>(&self, work: impl FnOnce(&mut Users) -> T) -> T {
        with_users(&self.users, work)
    }
}

/// Runs `work` on the locked users. A panic while holding the lock leaves no half-written user
/// behind (every change is one insert or remove), so a poisoned lock's data is still usable.
pub fn with_users<T>(users: &Mutex<Users>, work: impl FnOnce(&mut Users) -> T) -> T {
    let mut users = users.lock().unwrap_or_else(PoisonError::into_inner);
    work(&mut users)
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
    /// The status the error is answered with.
    pub fn status(&self) -> Status {
        match self {
            ApiError::NameTaken(_) => status!(409),
            ApiError::Invalid(_) => status!(422),
            ApiError::NoSuchUser(_) => status!(404),
        }
    }

    /// The JSON body the error is answered with: `{"error": "..."}`.
    pub fn body(&self) -> serde_json::Value {
        let message = match self {
            ApiError::NameTaken(name) => format!("the name {name:?} is taken"),
            ApiError::Invalid(reason) => reason.clone(),
            ApiError::NoSuchUser(id) => format!("no user with id {id}"),
        };
        serde_json::json!({ "error": message })
    }
}

impl ResponseStatus for ApiError {
    fn response_status(&self) -> u16 {
        self.status().code()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status().to_http(), Json(self.body())).into_response()
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
    let user = state.with_users(|users| users.create(new))?;
    Ok((status!(201).to_http(), Json(user)))
}

/// `GET /users`: 200 with every user.
#[responds(200, debug_check)]
pub async fn list_users(State(state): State<AppState>) -> (StatusCode, Json<Vec<User>>) {
    let users = state.with_users(|users| users.list());
    (status!(200).to_http(), Json(users))
}

/// `GET /users/{id}`: 200 with the user, or 404.
#[responds(200, 404, debug_check)]
pub async fn get_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    let user = state.with_users(|users| users.get(&id).cloned())?;
    Ok((status!(OK).to_http(), Json(user)))
}

/// `DELETE /users/{id}`: 204, or 404.
#[responds(204, 404, debug_check)]
pub async fn delete_user(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Status, ApiError> {
    state.with_users(|users| users.remove(&id))?;
    Ok(status!("No Content"))
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
