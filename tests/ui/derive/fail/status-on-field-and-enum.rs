use status_core::ResponseStatus;

#[derive(ResponseStatus)]
#[status(500)]
enum ApiError {
    #[status(404)]
    Missing {
        #[status(410)]
        id: u64,
    },
}

fn main() {
    let _ = ApiError::Missing { id: 1 };
}
