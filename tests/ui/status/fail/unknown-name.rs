use status_core::status;

fn main() {
    let _ = status!(NOT_FOUN);
}
