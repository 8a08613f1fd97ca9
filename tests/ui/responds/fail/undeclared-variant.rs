use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken { name: String },
    #[status(422)]
    Invalid(String),
}

// Every way a handler names a variant: returned, passed to ok_or, converted, built in a closure.
#[responds(201, 404)]
fn create_user(name: &str, existing: Option<u64>) -> Result<u64, ApiError> {
    if name.is_empty() {
        return Err(ApiError::Invalid("empty name".into()));
    }
    let id = existing.ok_or(ApiError::NotFound)?;
    if id == 0 {
        return Err(ApiError::Taken { name: name.into() }.into());
    }
    Some(id).ok_or_else(|| ApiError::Invalid(name.into()))
}

fn main() {
    let _ = create_user("a", None);
}
