use status_core::status;

fn main() {
    let _ = status!(status_core::Status::OK);
}
