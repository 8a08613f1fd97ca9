fn main() {
    let _ = status_macros::status!(crate = my_core, 404, crate = other_core);
}
