use status_core::Status;
use status_core::{responds, status};

#[responds(200)]
fn lookup(found: bool) -> Status {
    let answer = |found: bool| if found { status!(200) } else { status!(404) };
    answer(found)
}

fn main() {
    let _ = lookup(true);
}
