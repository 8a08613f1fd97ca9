//! axum-extra 0.12 (feature `axum-extra`) and 0.10 (feature `axum-extra010`):
//! `RejectionStatuses` for `TypedHeader`, from its row of `status_table::implied`, and for
//! `WithRejection<T, E>`, which answers a rejection of `T` with `E`: whatever `E`, deriving
//! `ResponseStatus`, can answer with.

use crate::__private::Derived;
use crate::rejection::table_extractor;
use crate::{RejectionStatuses, StatusSet};

macro_rules! axum_extra_extractors {
    ($axum_extra:ident, $feature:literal) => {
        table_extractor!($feature, true, "TypedHeader", [H] $axum_extra::TypedHeader<H>);

        /// `E`'s statuses, all of them: which ones a rejection of `T` converts into is up to
        /// `E`'s `From` impl, which the compiler cannot read.
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl<T, E: Derived> RejectionStatuses for $axum_extra::extract::WithRejection<T, E> {
            const STATUSES: StatusSet = StatusSet::answered_by(&E::RESPONSE_STATUSES);
        }
    };
}

#[cfg(feature = "axum-extra")]
axum_extra_extractors!(axum_extra, "axum-extra");

#[cfg(feature = "axum-extra010")]
axum_extra_extractors!(axum_extra010, "axum-extra010");
