use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken,
    #[status(503)]
    Busy,
}

fn find(id: u64) -> Result<u64, ApiError> {
    match id {
        0 => Err(ApiError::Taken),
        1 => Err(ApiError::Busy),
        _ => Ok(id),
    }
}

// The helper can answer 409 and 503, which only all_errors sees, and it lists both at once.
#[responds(200, 404, all_errors)]
fn show(id: u64) -> Result<String, ApiError> {
    Ok(find(id)?.to_string())
}

fn main() {
    let _ = (show(1), ApiError::NotFound);
}
