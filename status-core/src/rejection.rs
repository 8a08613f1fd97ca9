//! What a request extractor answers with when it rejects a request, known by its type.
//!
//! `#[responds]` asks the compiler, not the written name, which statuses a handler's
//! parameters imply: for each parameter type `T` it names `Implied<T>::STATUSES`. An inherent
//! constant that exists only when `T: RejectionStatuses` shadows the constant of a trait that
//! every `Implied<T>` has, so a type that declares nothing (a `bool`, `State<S>`, a generic
//! parameter) implies nothing, at no cost and with no error. A renamed import, an alias or a
//! re-export is the same type, and a user type that happens to be called `Json` is not axum's.

use core::marker::PhantomData;

use crate::StatusSet;

/// The statuses a request extractor answers with when it rejects a request, before the handler
/// runs. `#[responds]` adds them to the contract of every handler that takes the extractor
/// ([`Responses::implied`](crate::Responses::implied)), so the route check lets them through
/// and the OpenAPI integrations document them.
///
/// status-core implements it for axum's extractors (features `axum`, `axum07`) and axum-extra's
/// `TypedHeader` and `WithRejection` (features `axum-extra`, `axum-extra010`). Implement it
/// once for an extractor of your own:
///
/// ```
/// use status_core::{RejectionStatuses, Status, StatusSet};
///
/// /// The caller, from a verified `Authorization: Bearer` token.
/// struct Claims {
///     subject: String,
/// }
///
/// // `impl FromRequestParts<S> for Claims` rejects with 401 or 400.
/// impl RejectionStatuses for Claims {
///     const STATUSES: StatusSet = StatusSet::of(&[Status::BAD_REQUEST, Status::UNAUTHORIZED]);
/// }
/// ```
///
/// For one whose rejection type derives `ResponseStatus`, take that type's statuses:
/// `const STATUSES: StatusSet = StatusSet::answered_by(&AuthError::RESPONSE_STATUSES);`.
/// `Option<T>` implies `T`'s [`STATUSES_AS_OPTION`](Self::STATUSES_AS_OPTION), and
/// `Result<T, T::Rejection>` implies nothing, since the handler gets the rejection.
pub trait RejectionStatuses {
    /// The statuses a rejection answers with.
    const STATUSES: StatusSet;
    /// What `Option<Self>` still rejects with: by default the same. Set it to
    /// [`StatusSet::EMPTY`] where the optional form turns every rejection into `None`.
    const STATUSES_AS_OPTION: StatusSet = Self::STATUSES;
}

impl<T: RejectionStatuses> RejectionStatuses for Option<T> {
    const STATUSES: StatusSet = T::STATUSES_AS_OPTION;
    const STATUSES_AS_OPTION: StatusSet = T::STATUSES_AS_OPTION;
}

/// Support for the code `#[responds]` generates. Not public API.
pub(crate) mod support {
    use super::{PhantomData, RejectionStatuses, StatusSet};

    /// `Implied::<T>::STATUSES`: what `T` declares, or nothing (see the module's docs).
    pub struct Implied<T: ?Sized>(PhantomData<T>);

    impl<T: ?Sized + RejectionStatuses> Implied<T> {
        /// The statuses `T` declares.
        pub const STATUSES: StatusSet = T::STATUSES;
    }

    /// The constant `Implied<T>` has for a type that declares nothing.
    pub trait ImpliesNothing {
        /// No status.
        const STATUSES: StatusSet = StatusSet::EMPTY;
    }

    impl<T: ?Sized> ImpliesNothing for Implied<T> {}
}

/// The statuses of the row named `name` in one of the built-in extractor tables
/// (`status_table::implied`), for the impls of a framework's extractors: `as_option` picks what
/// `Option<_>` of it rejects with.
#[cfg(any(
    feature = "axum",
    feature = "axum07",
    feature = "axum-extra",
    feature = "axum-extra010",
    feature = "actix"
))]
pub(crate) const fn table_row(
    table: &'static [status_table::implied::Extractor],
    name: &str,
    as_option: bool,
) -> StatusSet {
    let Some(extractor) = status_table::implied::extractor_in(table, name) else {
        panic!("no row in the extractor table for this name");
    };
    if as_option && !extractor.rejects_as_option {
        return StatusSet::EMPTY;
    }
    let mut set = StatusSet::EMPTY;
    let mut index = 0;
    while index < extractor.statuses.len() {
        set = set.with(crate::Status::from_table_unchecked(
            extractor.statuses[index].code(),
        ));
        index += 1;
    }
    set
}

/// `RejectionStatuses` for an extractor of the built-in table, from the row named `$row`. The
/// row is read in a constant of its own, which does not depend on the extractor's type
/// parameter, so the compiler evaluates it once, not once for every `Json<T>` of the program.
#[cfg(any(
    feature = "axum",
    feature = "axum07",
    feature = "axum-extra",
    feature = "axum-extra010",
    feature = "actix"
))]
macro_rules! table_extractor {
    // axum's and axum-extra's table, `EXTRACTORS`.
    ($feature:literal, $as_option:literal, $row:literal, [$($generic:ident)?] $ty:ty) => {
        $crate::rejection::table_extractor!(
            in EXTRACTORS, $feature, $as_option, $row, [$($generic)?] $ty
        );
    };
    (in $table:ident, $feature:literal, $as_option:literal, $row:literal, [$($generic:ident)?] $ty:ty) => {
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl$(<$generic>)? $crate::RejectionStatuses for $ty {
            const STATUSES: $crate::StatusSet = {
                const ROW: $crate::StatusSet = $crate::rejection::table_row($crate::implied::$table, $row, false);
                ROW
            };
            const STATUSES_AS_OPTION: $crate::StatusSet = {
                const ROW: $crate::StatusSet = if $as_option {
                    $crate::rejection::table_row($crate::implied::$table, $row, true)
                } else {
                    $crate::StatusSet::EMPTY
                };
                ROW
            };
        }
    };
}

#[cfg(any(
    feature = "axum",
    feature = "axum07",
    feature = "axum-extra",
    feature = "axum-extra010",
    feature = "actix"
))]
pub(crate) use table_extractor;

#[cfg(test)]
mod tests {
    use super::support::{Implied, ImpliesNothing};
    use super::RejectionStatuses;
    use crate::{Status, StatusSet};

    struct Claims;
    impl RejectionStatuses for Claims {
        const STATUSES: StatusSet = StatusSet::of(&[Status::UNAUTHORIZED]);
    }

    struct Session;
    impl RejectionStatuses for Session {
        const STATUSES: StatusSet = StatusSet::of(&[Status::UNAUTHORIZED]);
        const STATUSES_AS_OPTION: StatusSet = StatusSet::EMPTY;
    }

    #[allow(dead_code)]
    type Renamed = Claims;

    #[test]
    fn a_type_implies_what_it_declares_and_others_nothing() {
        #[allow(unused_imports)]
        use ImpliesNothing as _;
        assert!(<Implied<Claims>>::STATUSES.contains(401));
        assert!(<Implied<Renamed>>::STATUSES.contains(401));
        assert!(<Implied<Option<Claims>>>::STATUSES.contains(401));
        assert!(<Implied<Option<Session>>>::STATUSES.is_empty());
        assert!(<Implied<Result<Claims, ()>>>::STATUSES.is_empty());
        assert!(<Implied<bool>>::STATUSES.is_empty());
        assert!(<Implied<str>>::STATUSES.is_empty());
    }
}
