use status_core::status;

fn main() {
    let _ = status!(allow_unused(306));
}
