use status_core::status;

fn main() {
    let _ = status!(allow_unused(allow_unused(418)));
}
