#![deny(deprecated)]

use status_core::Status;
use status_core::responds;

#[utoipa::path(
    post,
    path = "/users",
    responses((status = 201, description = "User created")),
)]
#[responds(201, 409)]
async fn create_user() -> Status {
    Status::CREATED
}

fn main() {}
