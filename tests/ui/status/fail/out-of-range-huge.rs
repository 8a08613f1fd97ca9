use status_core::status;

fn main() {
    let _ = status!(340282366920938463463374607431768211456);
}
