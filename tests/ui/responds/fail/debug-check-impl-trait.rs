use status_core::Status;
use status_macros::{responds, status};

#[responds(200, debug_check)]
fn show() -> impl std::fmt::Debug {
    status!(200)
}

fn main() {
    let _ = show();
    let _: Status = status!(200);
}
