use status_core::Status;
use status_core::responds;

#[responds(201, 404, 409)]
#[utoipa::path(
    post,
    path = "/users",
    responses(
        (status = 201, description = "User created"),
        (status = "4XX", description = "The request was refused"),
    )
)]
async fn create_user() -> Status {
    Status::CREATED
}

fn main() {}
