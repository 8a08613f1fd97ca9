use status_core::ResponseStatus;

#[derive(ResponseStatus)]
enum StoreError {
    #[status(503)]
    Busy,
}

#[derive(ResponseStatus)]
enum ApiError {
    #[status(transparent)]
    Store(StoreError, String),
}

fn main() {
    let _ = ApiError::Store(StoreError::Busy, String::new());
}
