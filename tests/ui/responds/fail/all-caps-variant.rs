use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(503)]
    DB,
}

// A variant written in capitals is a variant all the same.
#[responds(200, 404)]
fn show(id: u64) -> Result<String, ApiError> {
    if id == 0 {
        return Err(ApiError::DB);
    }
    Err(ApiError::NotFound)
}

fn main() {
    let _ = show(1);
}
