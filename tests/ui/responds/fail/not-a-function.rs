use status_core::responds;

#[responds(200)]
struct Health;

fn main() {
    let _ = Health;
}
