use status_core::Status;
use status_core::responds;

#[derive(utoipa::IntoResponses)]
enum CreateUserResponses {
    /// User created
    #[response(status = 201)]
    Created,
    /// Name taken
    #[response(status = 409)]
    Conflict,
}

#[responds(201, 409)]
#[utoipa::path(post, path = "/users", responses(CreateUserResponses))]
async fn create_user() -> Status {
    Status::CREATED
}

fn main() {}
