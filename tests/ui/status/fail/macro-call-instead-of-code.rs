use status_core::status;

fn main() {
    // The macro reads the tokens written, so a macro call is not expanded first.
    let _ = status!(concat!("40", "4"));
}
