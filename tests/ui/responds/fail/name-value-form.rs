use status_core::Status;
use status_core::{responds, status};

// The list goes in parentheses: #[responds(200)].
#[responds = "200"]
fn get() -> Status {
    status!(200)
}

fn main() {
    let _ = get();
}
