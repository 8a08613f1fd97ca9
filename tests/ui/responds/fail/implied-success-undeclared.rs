use status_core::responds;

// A String is sent as 200 OK; the contract says 201.
#[responds(201)]
fn create_user(name: &str) -> String {
    format!("created {name}")
}

// A handler that returns nothing answers 200 too.
#[responds(204)]
fn forget(_id: u64) {}

fn main() {
    let _ = create_user("a");
    forget(1);
}
