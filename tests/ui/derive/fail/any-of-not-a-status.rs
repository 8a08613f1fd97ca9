use status_core::ResponseStatus;

// The field carries no status that can be read.
#[derive(ResponseStatus)]
enum ApiError {
    #[status(any_of(400, 422))]
    Io(std::io::Error),
}

fn main() {}
