use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use std::sync::Arc;
use tower_http::trace::TraceLayer;

#[derive(Clone, Default)]
struct AppState {
    names: Arc<Vec<String>>,
}

#[derive(Serialize)]
struct Item {
    id: usize,
    name: String,
}

async fn item(State(state): State<AppState>, Path(id): Path<usize>) -> Result<Json<Item>, StatusCode> {
    let name = state.names.get(id).ok_or(StatusCode::NOT_FOUND)?;
    Ok(Json(Item { id, name: name.clone() }))
}

fn app() -> Router {
    Router::new()
        .route("/items/{id}", get(item))
        .layer(TraceLayer::new_for_http())
        .with_state(AppState::default())
}

#[tokio::main]
async fn main() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    axum::serve(listener, app()).await.unwrap();
}
