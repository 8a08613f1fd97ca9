#![deny(warnings)]

use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum StoreError {
    #[status(503)]
    Busy,
}

#[derive(Debug, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken { name: String },
    #[status(transparent)]
    Store(StoreError),
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        ApiError::Store(error)
    }
}

fn load(id: u64) -> Result<u64, StoreError> {
    if id == 0 { Err(StoreError::Busy) } else { Ok(id) }
}

// strict: 200 comes from the String, 404 and 409 from the variants, 503 through Store.
#[responds(strict, 200, 404, 409, 503)]
fn show(id: u64, name: &str) -> Result<String, ApiError> {
    let found = load(id).map_err(ApiError::Store)?;
    if found > 10 {
        return Err(ApiError::NotFound);
    }
    if name == "taken" {
        return Err(ApiError::Taken { name: name.into() });
    }
    Ok(found.to_string())
}

// all_errors: every status ApiError has is declared.
#[responds(200, 404, 409, 503, all_errors)]
fn rename(id: u64) -> Result<String, ApiError> {
    Ok(load(id)?.to_string())
}

type ApiResult<T, E = ApiError> = std::result::Result<T, E>;

// Through an alias, with the error type's path written in full.
#[responds(strict, 200, 404)]
fn through_alias(id: u64) -> ApiResult<String> {
    if id == 0 {
        return Err(self::ApiError::NotFound);
    }
    Ok(id.to_string())
}

/// A type without the derive is left alone.
#[derive(Debug)]
enum PlainError {
    Anything,
}

#[responds(200)]
fn plain(id: u64) -> Result<String, PlainError> {
    if id == 0 {
        return Err(PlainError::Anything);
    }
    Ok(id.to_string())
}

fn main() {
    assert_eq!(show(1, "a").unwrap(), "1");
    assert!(matches!(show(0, "a"), Err(ApiError::Store(StoreError::Busy))));
    assert!(rename(0).is_err());
    assert!(through_alias(0).is_err());
    assert!(plain(0).is_err());
    assert_eq!(SHOW_RESPONSES.statuses().len(), 4);
    assert!(SHOW_RESPONSES.implied().is_empty());
}
