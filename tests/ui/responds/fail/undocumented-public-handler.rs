//! A crate that asks for documentation on everything it exports.

#![deny(missing_docs)]

use status_core::Status;
use status_core::{responds, status};

// Undocumented: the attribute must not add a "Responses" section that would count as docs.
#[responds(200, debug_check)]
pub fn undocumented() -> Status {
    status!(200)
}

/// Shows a page. The attribute adds its "Responses" section below this line.
#[responds(200)]
pub fn documented() -> Status {
    status!(200)
}

fn main() {
    let _ = (undocumented(), documented());
}
