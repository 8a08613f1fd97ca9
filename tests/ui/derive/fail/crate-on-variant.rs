use status_core::ResponseStatus;

#[derive(ResponseStatus)]
enum ApiError {
    #[status(crate = status_core)]
    NotFound,
}

fn main() {}
