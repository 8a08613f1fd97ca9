use status_macros::status;

fn main() {
    let _ = status!(allow_deprecated(404));
}
