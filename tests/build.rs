//! Writes `roundtrip.rs` into OUT_DIR: one assertion block per code that may be sent, built
//! from the table itself, so `tests/roundtrip.rs` checks every code through `status!` (as a
//! number, a constant name and a reason phrase), `lookup` and the constants.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let mut generated = String::from("[\n");
    for entry in status_core::entries() {
        let Some(constant) = entry.constant() else {
            continue;
        };
        let code = entry.code();
        let reason = entry.reason();
        writeln!(
            generated,
            "    (Status::{constant}, status!({code}), status!({constant}), status!({reason:?}), {code}u16, {reason:?}, {constant:?}),"
        )
        .unwrap();
    }
    generated.push(']');
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("roundtrip.rs");
    std::fs::write(out, generated).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}
