use status_core::ResponseStatus;

#[derive(Debug)]
struct IoFailure;

#[derive(ResponseStatus)]
enum ApiError {
    #[status(transparent)]
    Io(IoFailure),
}

fn main() {
    let _ = ApiError::Io(IoFailure);
}
