use status_core::Status;
use status_core::responds;

#[responds(201)]
#[utoipa::path(
    post,
    path = "/users",
    responses(
        (status = 201, description = "User created"),
        (status = 12345, description = "Something odd"),
    )
)]
async fn create_user() -> Status {
    Status::CREATED
}

fn main() {}
