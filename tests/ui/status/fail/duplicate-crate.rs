fn main() {
    let _ = status_core::status!(crate = my_core, 404, crate = other_core);
}
