use status_core::ResponseStatus;

#[derive(ResponseStatus)]
union Either {
    code: u16,
    other: u32,
}

fn main() {}
