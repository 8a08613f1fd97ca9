use status_core::Status;
use status_core::{responds, status};

#[responds(200)]
async fn fetch(found: bool) -> Status {
    let answer = async move {
        if found {
            status!(200)
        } else {
            status!(404)
        }
    };
    answer.await
}

fn main() {
    let _ = fetch(true);
}
