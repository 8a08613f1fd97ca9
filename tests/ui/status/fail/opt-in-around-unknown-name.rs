use status_core::status;

fn main() {
    // One error, for the name; the opt-in is not blamed for it.
    let _ = status!(allow_unused(MISSPELT));
}
