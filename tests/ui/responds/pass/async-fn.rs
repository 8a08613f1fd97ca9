use status_core::{responds, status, Status};

#[responds(200, 404)]
async fn fetch_user(id: u32) -> Status {
    let found = async move { id != 0 }.await;
    if found {
        status!(200)
    } else {
        status!(404)
    }
}

fn main() {
    // Building the future type-checks the call; running it would need an executor.
    drop(fetch_user(7));
    assert_eq!(FETCH_USER_RESPONSES.handler(), "fetch_user");
    assert_eq!(
        FETCH_USER_RESPONSES.statuses(),
        [Status::OK, Status::NOT_FOUND]
    );
}
