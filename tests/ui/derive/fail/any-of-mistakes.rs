use axum::http::StatusCode;
use status_core::ResponseStatus;

#[derive(ResponseStatus)]
enum ApiError {
    #[status(any_of())]
    Nothing(StatusCode),
    #[status(any_of(400, 306, 400))]
    Refused(StatusCode),
    #[status(any_of(502, 503))]
    NoField,
    #[status(any_of(100, 500))]
    Informational(StatusCode),
}

fn main() {}
