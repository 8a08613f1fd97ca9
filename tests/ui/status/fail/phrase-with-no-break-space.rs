use status_core::status;

fn main() {
    // A no-break space (U+00A0) between the words, which looks like a plain space.
    let _ = status!("Not Found");
}
