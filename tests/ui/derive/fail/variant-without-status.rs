use status_core::ResponseStatus;

#[derive(ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    Conflict,
}

fn main() {
    let _ = (ApiError::NotFound, ApiError::Conflict);
}
