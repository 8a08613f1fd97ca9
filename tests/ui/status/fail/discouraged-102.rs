#![deny(deprecated)]

use status_macros::status;

fn main() {
    let _ = status!(102);
}
