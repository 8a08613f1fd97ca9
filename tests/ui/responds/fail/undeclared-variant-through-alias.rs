use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
pub enum Error {
    #[status(404)]
    NotFound,
    #[status(403)]
    Forbidden,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[responds(200, 404)]
fn show(id: u64, owner: bool) -> Result<String> {
    if !owner {
        return Err(Error::Forbidden);
    }
    if id == 0 {
        return Err(Error::NotFound);
    }
    Ok(id.to_string())
}

fn main() {
    let _ = show(1, true);
}
