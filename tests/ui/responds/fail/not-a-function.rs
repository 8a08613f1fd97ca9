use status_macros::responds;

#[responds(200)]
struct Health;

fn main() {
    let _ = Health;
}
