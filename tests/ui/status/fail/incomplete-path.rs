use status_macros::status;

fn main() {
    let _ = status!(Status::);
}
