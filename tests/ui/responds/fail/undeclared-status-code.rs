use status_core::{responds, status_code};

#[responds(201, 409)]
fn create_user(taken: bool) -> (http::StatusCode, String) {
    if taken {
        return (status_code!(409), "taken".into());
    }
    (status_code!(200), "created".into())
}

fn main() {
    let _ = create_user(false);
}
