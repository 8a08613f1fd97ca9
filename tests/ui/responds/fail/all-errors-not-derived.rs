use status_core::responds;

#[derive(Debug)]
enum ApiError {
    NotFound,
}

#[responds(200, 404, all_errors)]
fn show(id: u64) -> Result<String, ApiError> {
    if id == 0 {
        return Err(ApiError::NotFound);
    }
    Ok(id.to_string())
}

fn main() {
    let _ = show(1);
}
