//! What the route check does with a response outside the contract.

/// What the route check does with a response outside the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Answer 500 instead, with a plain-text body that names the handler, the status it
    /// produced and the contract, and log the same at error level. The default in debug
    /// builds.
    Respond,
    /// As [`Mode::Respond`](super::Mode::Respond), and record the violation and every status each route answers, for
    /// [`ContractCheckLayer::assert_no_violations`](super::ContractCheckLayer::assert_no_violations) and [`ContractCheckLayer::coverage`](super::ContractCheckLayer::coverage). For test suites.
    Test,
    /// Let the response through unchanged and log a warning. The default in release builds.
    Warn,
    /// Check nothing.
    Off,
}

impl Mode {
    /// [`Mode::Respond`](super::Mode::Respond) in a debug build, [`Mode::Warn`](super::Mode::Warn) in a release build.
    pub const fn for_build() -> Mode {
        if cfg!(debug_assertions) {
            Mode::Respond
        } else {
            Mode::Warn
        }
    }
}

impl Default for Mode {
    fn default() -> Mode {
        Mode::for_build()
    }
}
