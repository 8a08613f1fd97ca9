use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum StoreError {
    #[status(503)]
    Busy,
    #[status(500)]
    Corrupt,
}

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(transparent)]
    Store(StoreError),
}

fn load(id: u64) -> Result<u64, StoreError> {
    if id == 0 { Err(StoreError::Busy) } else { Ok(id) }
}

#[responds(200, 404, 500)]
fn show(id: u64) -> Result<String, ApiError> {
    let found = load(id).map_err(ApiError::Store)?;
    if found > 10 {
        return Err(ApiError::NotFound);
    }
    Ok(found.to_string())
}

fn main() {
    let _ = show(1);
}
