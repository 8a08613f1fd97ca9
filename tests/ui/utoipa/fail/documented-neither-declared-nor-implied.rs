// The handler takes parameters, so a documented status it does not declare might come from
// one of their types; none implies 401, and the compiler says so at the documented status.

use axum::extract::Path;
use status_core::{responds, Status};

#[responds(200, 404)]
#[utoipa::path(
    get,
    path = "/users/{id}",
    responses(
        (status = 200, description = "The user"),
        (status = 401, description = "No valid token"),
        (status = 404, description = "No such user"),
    )
)]
async fn show(Path(_id): Path<u64>) -> Status {
    Status::OK
}

fn main() {}
