use status_core::Status;
use status_core::{responds, status};

#[responds(200, debug_check)]
fn show() -> Result<(Status, impl std::fmt::Debug), Status> {
    Ok((status!(200), "page"))
}

fn main() {
    let _ = show();
}
