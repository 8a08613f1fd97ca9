use status_core::Status;
use status_core::responds;

#[responds(201, 409)]
#[utoipa::path(
    post,
    path = "/users",
    responses(
        (status = "Created", description = "User created"),
        (status = 409, description = "Name taken"),
    )
)]
async fn create_user() -> Status {
    Status::CREATED
}

fn main() {}
