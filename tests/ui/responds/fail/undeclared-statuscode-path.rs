use status_core::responds;

mod http {
    pub struct StatusCode(pub u16);

    impl StatusCode {
        pub const OK: StatusCode = StatusCode(200);
        pub const NOT_FOUND: StatusCode = StatusCode(404);

        pub fn from_u16(code: u16) -> StatusCode {
            StatusCode(code)
        }
    }
}

#[responds(200)]
fn show(found: bool) -> http::StatusCode {
    if found {
        http::StatusCode::OK
    } else {
        http::StatusCode::NOT_FOUND
    }
}

fn main() {
    let _ = show(true).0;
    let _ = http::StatusCode::from_u16(200).0;
}
