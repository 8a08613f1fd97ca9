use status_macros::status;

fn main() {
    let _ = status!(404.0);
}
