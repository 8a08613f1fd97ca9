#![deny(warnings)]

use status_core::{responds, status, Status};

// A handler that returns nothing is answered with 200 OK, which debug_check reads like any
// other status.
#[responds(200, debug_check)]
fn record(out: &mut Vec<Status>) {
    out.push(status!(200));
}

#[responds(200, debug_check)]
fn record_unless_full(out: &mut Vec<Status>) -> () {
    if out.len() > 3 {
        return;
    }
    out.push(status!(200));
}

#[responds(200, debug_check)]
async fn ping() {}

fn main() {
    let mut out = Vec::new();
    record(&mut out);
    record_unless_full(&mut out);
    assert_eq!(out, [Status::OK, Status::OK]);
    drop(ping());
}
