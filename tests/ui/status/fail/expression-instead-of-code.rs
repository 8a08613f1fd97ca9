use status_core::status;

fn main() {
    let _ = status!(400 + 4);
}
