//! What adopting status-core adds to an axum app: the derive on its error type, a contract on a
//! handler in the usual shape, the route check on its route, a constant `http::StatusCode`.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use status_core::route_check::ContractCheckLayer;
use status_core::{responds, status_code, ResponseStatus};

#[derive(Debug, ResponseStatus)]
pub enum ApiError {
    #[status(404)]
    NotFound,
    #[status(500)]
    Internal,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status().to_http(), format!("{self:?}")).into_response()
    }
}

pub const GONE: StatusCode = status_code!(410);

#[responds(strict, 200, 404, 500)]
pub async fn name(State(names): State<Vec<String>>, Path(id): Path<usize>) -> Result<Json<String>, ApiError> {
    let name = names.get(id).ok_or(ApiError::NotFound)?;
    Ok(Json(name.clone()))
}

pub fn routes() -> Router {
    Router::new()
        .route(ROUTE, get(NAME_RESPONSES.on(name)))
        .with_state(Vec::new())
        .layer(ContractCheckLayer::new())
}
