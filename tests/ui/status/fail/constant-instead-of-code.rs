use status_core::status;

const MY_CONST: u16 = 404;

fn main() {
    // The macro reads the tokens written, so a constant is not evaluated.
    let _ = status!(MY_CONST);
    let _ = MY_CONST;
}
