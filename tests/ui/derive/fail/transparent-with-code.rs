use status_core::ResponseStatus;

#[derive(ResponseStatus)]
enum ApiError {
    #[status(transparent, 500)]
    Store(String),
}

fn main() {
    let _ = ApiError::Store(String::new());
}
