use status_core::ResponseStatus;

#[derive(ResponseStatus)]
enum ApiError {
    #[status(404, 410)]
    Missing,
}

fn main() {
    let _ = ApiError::Missing;
}
