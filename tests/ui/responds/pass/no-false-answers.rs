#![deny(warnings)]

use http::StatusCode;
use status_core::responds;

mod orders {
    #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
    pub enum Status {
        ACCEPTED,
    }
}

// Only 502 and 200 leave the function; every other status here is only read.
#[responds(200, 502)]
fn relay(got: StatusCode, log: &mut Vec<String>) -> StatusCode {
    if got.eq(&StatusCode::GONE) || got.ne(&StatusCode::GONE) && got < StatusCode::CONTINUE {
        return StatusCode::BAD_GATEWAY;
    }
    if [StatusCode::TOO_MANY_REQUESTS, StatusCode::SERVICE_UNAVAILABLE].contains(&got) {
        return StatusCode::BAD_GATEWAY;
    }
    log.push(StatusCode::GATEWAY_TIMEOUT.as_str().to_owned());
    log.push(StatusCode::NOT_FOUND.as_u16().to_string());
    log.push(StatusCode::IM_USED.canonical_reason().unwrap_or("").to_owned());
    assert!(matches!(got, StatusCode::OK | StatusCode::CREATED));
    let _order = orders::Status::ACCEPTED;
    StatusCode::OK
}

fn main() {
    let mut log = Vec::new();
    assert_eq!(relay(StatusCode::OK, &mut log), StatusCode::OK);
}
