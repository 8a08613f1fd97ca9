fn main() {
    let _ = status_core::status_code!(crate = "my_core", 201);
}
