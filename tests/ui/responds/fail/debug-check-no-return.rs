use status_core::Status;
use status_macros::{responds, status};

#[responds(200, debug_check)]
fn show(out: &mut Vec<Status>) {
    out.push(status!(200));
}

fn main() {
    show(&mut Vec::new());
}
