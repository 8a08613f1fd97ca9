use status_core::ResponseStatus;

// Each code is checked as status! checks it, and every mistake is reported.
#[derive(ResponseStatus)]
enum ApiError {
    #[status(306)]
    Moved,
    #[status(418)]
    Teapot,
    #[status(NOT_FOUN)]
    Missing,
    #[status(299)]
    Odd,
    #[status(103)]
    Hint,
}

fn main() {
    let _ = (ApiError::Moved, ApiError::Teapot, ApiError::Missing, ApiError::Odd, ApiError::Hint);
}
