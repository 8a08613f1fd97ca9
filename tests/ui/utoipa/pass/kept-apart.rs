#![deny(warnings)]

// #[responds] below #[utoipa::path] keeps the two apart, as for a type implementing
// `IntoResponses`: nothing is compared, and the warning about the order is allowed.

use status_core::{responds, Status};

#[derive(utoipa::IntoResponses)]
pub enum CreateUserResponses {
    /// User created
    #[response(status = 201)]
    Created,
    /// The name is taken
    #[response(status = 409)]
    Conflict,
}

/// Creates a user.
#[utoipa::path(post, path = "/users", responses(CreateUserResponses))]
#[allow(deprecated)]
#[responds(201, 409)]
pub async fn create_user() -> Status {
    Status::CREATED
}

// A handler without #[utoipa::path] gets no warning.
/// Shows a user.
#[responds(200, 404)]
pub async fn show_user() -> Status {
    Status::OK
}

fn main() {}
