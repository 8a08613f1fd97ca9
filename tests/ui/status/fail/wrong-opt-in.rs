use status_macros::status;

fn main() {
    let _ = status!(allow_nonstandard(305));
}
