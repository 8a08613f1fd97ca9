use status_core::status;

fn main() {
    match status_core::Status::OK {
        status!(306) => {}
        _ => {}
    }
}
