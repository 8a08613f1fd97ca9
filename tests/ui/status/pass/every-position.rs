use status_core::{status, Status};

const CREATED: Status = status!(201);
static GONE: Status = status!("Gone");

fn describe(status: Status) -> &'static str {
    match status {
        status!(200) | status!(CREATED) => "done",
        status!(404) | status!("Gone") => "missing",
        status!(allow_nonstandard(499)) => "client left",
        _ => "other",
    }
}

fn main() {
    const ALSO_CREATED: Status = status!(CREATED);
    assert_eq!(CREATED, ALSO_CREATED);
    assert_eq!(GONE.code(), 410);
    assert_eq!(describe(status!(201)), "done");
    assert_eq!(describe(GONE), "missing");
    assert_eq!(describe(status!(allow_nonstandard(499))), "client left");
    assert_eq!(describe(status!(500)), "other");
}
