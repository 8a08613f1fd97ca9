//! What the body scan counts as an answer, and what it passes over.

use crate::test_support::*;
use quote::quote;

#[test]
fn the_scanner_sees_every_way_of_naming_a_status() {
    assert_eq!(
        scanned(quote! {
            let a = status!(404);
            let b = Status::CREATED;
            let c = StatusCode::CONFLICT;
            let d = http::StatusCode::PAYLOAD_TOO_LARGE;
            let e = ::http::StatusCode::from_u16(422).unwrap();
            let f = Status::from_code(503);
            let g = status!(NOT_FOUND);
            let h = status!("Gone");
            let i = status!(allow_nonstandard(499));
        }),
        [404, 201, 409, 413, 422, 503, 404, 410, 499]
    );
}

#[test]
fn the_scanner_looks_inside_closures_and_async_blocks() {
    assert_eq!(
        scanned(quote! {
            let on_error = |_| Status::BAD_REQUEST;
            let later = async move { status!(202) };
            let nested = || async { || StatusCode::IM_A_TEAPOT };
        }),
        [400, 202, 418]
    );
}

#[test]
fn the_scanner_skips_what_reads_a_status_rather_than_producing_it() {
    assert_eq!(
        scanned(quote! {
            match upstream {
                status!(404) | Status::GONE => {}
                _ => {}
            }
            if upstream == Status::SERVICE_UNAVAILABLE || upstream != status!(502) {}
            #[responds(500)]
            fn nested() -> Status { status!(500) }
            assert_eq!(upstream, Status::OK);
            let by_variable = StatusCode::from_u16(code);
            let not_a_status = Other::NOT_FOUND;
            let method = Status::from_code;
        }),
        Vec::<u16>::new()
    );
}
