//! Checks for the `status` workspace that need more than `no_std`: the comparison of the
//! status table with the IANA "HTTP Status Code Registry" CSV ([`registry`]), used by the
//! `check-registry` command and by this package's integration tests.

pub mod registry;

use status_core::{entries, status, Status};

/// Every status a user can make: the codes `Status::from_code` accepts, and each code an
/// opt-in lets `status!` make, written here the way a user writes it. The `constructible`
/// test checks the opt-in list against the table, so a new row cannot be missed.
pub fn constructible() -> Vec<Status> {
    #[allow(deprecated)]
    let opted_in = [
        status!(allow_deprecated(305)),
        status!(allow_unused(418)),
        status!(allow_nonstandard(419)),
        status!(allow_nonstandard(444)),
        status!(allow_nonstandard(449)),
        status!(allow_nonstandard(494)),
        status!(allow_nonstandard(495)),
        status!(allow_nonstandard(496)),
        status!(allow_nonstandard(497)),
        status!(allow_nonstandard(499)),
        status!(allow_nonstandard(509)),
        status!(allow_obsoleted(510)),
        status!(allow_nonstandard(520)),
        status!(allow_nonstandard(521)),
        status!(allow_nonstandard(522)),
        status!(allow_nonstandard(523)),
        status!(allow_nonstandard(524)),
        status!(allow_nonstandard(525)),
        status!(allow_nonstandard(526)),
    ];
    let mut all: Vec<Status> = entries()
        .iter()
        .filter_map(|entry| Status::from_code(entry.code()).ok())
        .collect();
    all.extend(opted_in);
    all.sort();
    all
}

/// A handler as a running program compiles it, without `cfg(test)`: `#[responds(..,
/// debug_check)]` there reports a status outside the contract instead of panicking, for
/// `tests/debug_check_served.rs`.
pub mod served {
    use status_core::{responds, ResponseStatus, Status};

    /// Nothing has that id.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Missing;

    impl ResponseStatus for Missing {
        fn response_status(&self) -> u16 {
            Status::NOT_FOUND.code()
        }
    }

    fn load(id: u32) -> Result<u32, Missing> {
        if id == 1 {
            Ok(id)
        } else {
            Err(Missing)
        }
    }

    /// Declares 200 only, but `load`'s `Missing` leaves through `?` as a 404.
    #[responds(200, debug_check)]
    pub fn drifted(id: u32) -> Result<Status, Missing> {
        load(id)?;
        Ok(Status::OK)
    }
}
