//! How an OpenAPI document describes the statuses of a contract. One status is described by
//! [`description`], the function `#[responds]` also uses for the responses it writes into
//! `#[utoipa::path]`, so the macro, the document check and the aide helper all say the same
//! thing.

pub use status_table::openapi::{description, Description, Origin};

pub(crate) mod utoipa_order;

use crate::{entries, Responses, Status};

impl Responses {
    /// Every status the route may answer with, declared, implied by the request or added by its
    /// declared middleware, ascending and once each, with where it comes from: the responses its
    /// OpenAPI operation lists.
    ///
    /// ```
    /// use status_core::openapi::Origin;
    /// use status_core::{Responses, Status};
    ///
    /// const CREATE: Responses = Responses::new(
    ///     "create",
    ///     &[Status::UNPROCESSABLE_CONTENT, Status::CREATED],
    ///     &[Status::BAD_REQUEST, Status::UNPROCESSABLE_CONTENT],
    /// );
    /// let listed: Vec<(u16, Origin)> = CREATE.documented().map(|(s, o)| (s.code(), o)).collect();
    /// assert_eq!(
    ///     listed,
    ///     [(201, Origin::Declared), (400, Origin::Implied), (422, Origin::DeclaredAndImplied)]
    /// );
    /// ```
    pub fn documented(&self) -> impl Iterator<Item = (Status, Origin)> + '_ {
        let find = |list: &[Status], code: u16| list.iter().copied().find(|s| s.code() == code);
        entries().iter().filter_map(move |entry| {
            let code = entry.code();
            let listed = Status::from_table_unchecked(code);
            match (find(self.statuses(), code), self.implied().contains(code)) {
                (Some(status), true) => Some((status, Origin::DeclaredAndImplied)),
                (Some(status), false) => Some((status, Origin::Declared)),
                (None, true) => Some((listed, Origin::Implied)),
                (None, false) if self.middleware().contains(code) => {
                    Some((listed, Origin::Middleware))
                }
                (None, false) => None,
            }
        })
    }
}

#[cfg(feature = "aide")]
pub mod aide;
#[cfg(any(feature = "utoipa", feature = "utoipa5"))]
pub mod utoipa;
