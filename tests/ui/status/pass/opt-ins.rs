#![deny(warnings)]

use status_core::status;

fn main() {
    assert_eq!(status!(allow_nonstandard(444)).code(), 444);
    assert_eq!(status!(allow_nonstandard(520)).reason(), "Web Server Returned an Unknown Error");
    assert_eq!(status!(allow_unused(418)).code(), 418);
    assert_eq!(status!(allow_unused(IM_A_TEAPOT)).code(), 418);
    assert_eq!(status!(allow_deprecated(305)).reason(), "Use Proxy");
    assert_eq!(status!(allow_obsoleted(510)).reason(), "Not Extended");
    assert_eq!(status!(allow_nonstandard("Client Closed Request")).code(), 499);
}
