use status_core::{responds, ResponseStatus};

#[derive(Debug, ResponseStatus)]
enum E {
    #[status(404)]
    Missing,
    #[status(409)]
    Taken,
}

// An error type named with one letter is checked like any other.
#[responds(200, 404)]
fn show(id: u64) -> Result<String, E> {
    if id == 0 {
        return Err(E::Taken);
    }
    Err(E::Missing)
}

fn main() {
    let _ = show(1);
}
