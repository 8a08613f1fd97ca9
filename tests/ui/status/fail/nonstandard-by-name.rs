use status_core::status;

fn main() {
    let _ = status!(CLIENT_CLOSED_REQUEST);
}
