use status_macros::status;

fn main() {
    let _ = status!(allow_unused(allow_unused(418)));
}
