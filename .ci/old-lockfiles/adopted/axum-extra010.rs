//! What adopting status-core's `axum-extra010` feature adds: the statuses axum-extra 0.10's
//! extractors reject with, for contracts to imply.
use status_core::{RejectionStatuses, StatusSet};

pub fn typed_header_rejects() -> StatusSet {
    <axum_extra::TypedHeader<axum_extra::headers::UserAgent> as RejectionStatuses>::STATUSES
}
