use axum::http::StatusCode;
use status_core::ResponseStatus;

// A status chosen at run time is not another error type to take the status of.
#[derive(ResponseStatus)]
enum ApiError {
    #[status(transparent)]
    Rejected((StatusCode, String)),
}

fn main() {}
