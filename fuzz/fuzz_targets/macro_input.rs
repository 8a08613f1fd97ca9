//! Any text that lexes as Rust tokens, given to `status!`, to a `#[responds]` list and to the
//! item under `#[responds]`. A panic anywhere is a bug.

#![no_main]

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;
use status_macros_impl::{expand_responds, expand_status, Lang};

const HANDLER: &str = "async fn handler(id: u32) -> Result<Status, Error> { \
    if id == 0 { return Ok(status!(404)); } Ok(Status::CREATED) }";
const LIST: &str = "201, 404, strict, debug_check";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return;
    };
    let handler: TokenStream = HANDLER.parse().expect("the handler lexes");
    let list: TokenStream = LIST.parse().expect("the list lexes");
    for lang in [Lang::English, Lang::Korean] {
        let _ = expand_status(tokens.clone(), lang);
        let _ = expand_responds(tokens.clone(), handler.clone(), lang);
        let _ = expand_responds(list.clone(), tokens.clone(), lang);
    }
});
