//! How an OpenAPI document describes a status of a contract: written once here, so the
//! responses `#[responds]` writes into `#[utoipa::path]`, and status-core's document check and
//! aide helper, all say the same thing.

use core::fmt;

use crate::Entry;

/// Where a status of a contract comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Declared by the handler.
    Declared,
    /// Implied by the request: an extractor rejects with it before the handler runs.
    Implied,
    /// Both.
    DeclaredAndImplied,
    /// Added by a layer in front of the handler (authentication, a rate limit), as the
    /// handler's `#[responds(.., middleware(..))]` declares.
    Middleware,
}

/// The description of a status in an OpenAPI response: its reason phrase and the first
/// sentence of the table's summary, followed, for a status the request implies, by a sentence saying it is answered
/// before the handler runs.
///
/// ```
/// use status_table::lookup;
/// use status_table::openapi::{description, Origin};
///
/// assert_eq!(
///     description(lookup(201).unwrap(), Origin::Declared).to_string(),
///     "Created. The request made a new resource."
/// );
/// assert!(description(lookup(415).unwrap(), Origin::Implied)
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

/// Who answers a status that middleware adds.
const BY_A_LAYER: &str = "Answered by a layer in front of the handler, such as authentication, a rate limit or a timeout.";

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
            Origin::Middleware => write!(f, " {BY_A_LAYER}"),
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
