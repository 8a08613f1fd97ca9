use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken,
}

// 200 is named by the String, 404 by the variant; nothing answers 410.
#[responds(strict, 200, 404, 410)]
fn show(id: u64) -> Result<String, ApiError> {
    if id == 0 {
        return Err(ApiError::NotFound);
    }
    Ok(id.to_string())
}

fn main() {
    let _ = (show(1), ApiError::Taken);
}
