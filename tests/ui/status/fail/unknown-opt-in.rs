use status_core::status;

fn main() {
    let _ = status!(allow_nonstd(444));
}
