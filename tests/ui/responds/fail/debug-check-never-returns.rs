use status_core::Status;
use status_core::responds;

// A function that returns `!` never answers, so there is nothing for debug_check to check.
#[responds(500, debug_check)]
fn crash() -> ! {
    panic!("down")
}

fn main() {
    let _: fn() -> Status = || crash();
}
