fn main() {
    let _ = status_macros::status_code!(crate = "my_core", 201);
}
