use axum::http::StatusCode;
use axum::response::IntoResponse;
use status_core::responds;

#[responds(201, 409, debug_check)]
async fn create_user(taken: bool) -> impl IntoResponse {
    if taken {
        return StatusCode::CONFLICT;
    }
    StatusCode::CREATED
}

fn main() {
    drop(create_user(false));
}
