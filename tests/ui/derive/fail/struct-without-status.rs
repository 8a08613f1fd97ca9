use status_core::ResponseStatus;

#[derive(ResponseStatus)]
struct BadInput {
    field: String,
}

fn main() {
    let _ = BadInput { field: String::new() }.field;
}
