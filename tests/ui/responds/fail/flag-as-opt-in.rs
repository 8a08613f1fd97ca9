use status_core::Status;
use status_core::{responds, status};

// `strict` is a flag of the whole list, not something wrapped around a code.
#[responds(strict(200))]
fn get() -> Status {
    status!(200)
}

fn main() {
    let _ = get();
}
