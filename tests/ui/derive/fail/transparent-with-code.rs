use status_macros::ResponseStatus;

#[derive(ResponseStatus)]
enum ApiError {
    #[status(transparent, 500)]
    Store(String),
}

fn main() {
    let _ = ApiError::Store(String::new());
}
