use axum::extract::Path;
use axum::Json;
use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken,
}

// 404 is named by the variant and 400 implied by `Path`; nothing answers 410 or 503, and the
// one error lists both, at the lower.
#[responds(strict, 200, 400, 404, 410, 503)]
async fn show(Path(id): Path<u64>) -> Result<Json<u64>, ApiError> {
    if id == 0 {
        return Err(ApiError::NotFound);
    }
    Ok(Json(id))
}

fn main() {
    let _ = (show, ApiError::Taken);
}
