use status_core::Status;
use status_core::{responds, status};

trait Handler {
    #[responds(200, debug_check)]
    fn show(&self) -> Status;
}

struct Page;

impl Handler for Page {
    fn show(&self) -> Status {
        status!(200)
    }
}

fn main() {
    let _ = Page.show();
}
