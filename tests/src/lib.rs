//! Checks for the `status` workspace that need more than `no_std`: the comparison of the
//! status table with the IANA "HTTP Status Code Registry" CSV ([`registry`]), used by the
//! `check-registry` command and by this package's integration tests.

pub mod registry;
