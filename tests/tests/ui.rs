//! The compile-fail and compile-pass suite. The `.stderr` files hold the exact compiler output,
//! which changes between compiler releases, so the suite runs only on the stable release the
//! files were written with and is ignored on any other.

#[rustversion::attr(
    not(stable(1.95)),
    ignore = "the .stderr files are written for stable 1.95"
)]
#[test]
fn status_macro() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/status/pass/*.rs");
    cases.compile_fail("ui/status/fail/*.rs");
}

#[rustversion::attr(
    not(stable(1.95)),
    ignore = "the .stderr files are written for stable 1.95"
)]
#[test]
fn responds_attribute() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/responds/pass/*.rs");
    cases.compile_fail("ui/responds/fail/*.rs");
}

#[rustversion::attr(
    not(stable(1.95)),
    ignore = "the .stderr files are written for stable 1.95"
)]
#[test]
fn derive_response_status() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/derive/pass/*.rs");
    cases.compile_fail("ui/derive/fail/*.rs");
}

#[rustversion::attr(
    not(stable(1.95)),
    ignore = "the .stderr files are written for stable 1.95"
)]
#[test]
fn responds_above_utoipa_path() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/utoipa/pass/*.rs");
    cases.compile_fail("ui/utoipa/fail/*.rs");
}
