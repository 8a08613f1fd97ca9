use status_macros::status;

fn main() {
    let _ = status!(status_core::Status::OK);
}
