use status_core::Status;
use status_core::responds;

#[responds(201, 409)]
#[utoipa::path(
    post,
    path = "/users",
    responses(
        (status = 201, description = "User created"),
        (status = 404, description = "Team not found"),
        (status = 409, description = "Name taken"),
    )
)]
async fn create_user() -> Status {
    Status::CREATED
}

fn main() {}
