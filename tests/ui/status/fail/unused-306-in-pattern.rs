use status_macros::status;

fn main() {
    match status_core::Status::OK {
        status!(306) => {}
        _ => {}
    }
}
