//! How an OpenAPI document describes the statuses of a contract: written once here, so the
//! responses `#[responds]` writes into `#[utoipa::path]`, the document check and the aide
//! helper all say the same thing.

use core::fmt;

use crate::{entries, Entry, Responses, Status};

/// Where a status of a contract comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Declared by the handler.
    Declared,
    /// Implied by the request: an extractor rejects with it before the handler runs.
    Implied,
    /// Both.
    DeclaredAndImplied,
}

impl Responses {
    /// Every status the route may answer with, declared or implied by the request, ascending
    /// and once each, with where it comes from: the responses its OpenAPI operation lists.
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
            match (find(self.statuses(), code), find(self.implied(), code)) {
                (Some(status), Some(_)) => Some((status, Origin::DeclaredAndImplied)),
                (Some(status), None) => Some((status, Origin::Declared)),
                (None, Some(status)) => Some((status, Origin::Implied)),
                (None, None) => None,
            }
        })
    }
}

/// The description of `status` in an OpenAPI response: its reason phrase and the first
/// sentence of the table's summary, followed, for a status the request implies, by a sentence saying it is answered
/// before the handler runs.
///
/// ```
/// use status_core::openapi::{description, Origin};
/// use status_core::Status;
///
/// assert_eq!(
///     description(Status::CREATED.entry(), Origin::Declared).to_string(),
///     "Created. The request made a new resource."
/// );
/// assert!(description(Status::UNSUPPORTED_MEDIA_TYPE.entry(), Origin::Implied)
///     .to_string()
///     .ends_with("Answered before the handler runs, when the request's path, query string or body is rejected by the extractor that reads it."));
/// ```
pub fn description(entry: &'static Entry, origin: Origin) -> Description {
    Description { entry, origin }
}

/// See [`description`].
#[derive(Debug, Clone, Copy)]
pub struct Description {
    entry: &'static Entry,
    origin: Origin,
}

/// When a status the request implies is answered.
const BEFORE_THE_HANDLER: &str = "before the handler runs, when the request's path, query \
                                  string or body is rejected by the extractor that reads it.";

impl fmt::Display for Description {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}. {}",
            self.entry.reason(),
            first_sentence(self.entry.summary_en())
        )?;
        match self.origin {
            Origin::Declared => Ok(()),
            Origin::Implied => write!(f, " Answered {BEFORE_THE_HANDLER}"),
            Origin::DeclaredAndImplied => write!(f, " Also answered {BEFORE_THE_HANDLER}"),
        }
    }
}

/// Up to the first full stop followed by a space; the table's summaries open with a sentence
/// that stands alone.
fn first_sentence(summary: &str) -> &str {
    match summary.find(". ") {
        Some(end) => &summary[..=end],
        None => summary,
    }
}

#[cfg(feature = "aide")]
pub mod aide;
#[cfg(feature = "utoipa")]
pub mod utoipa;
