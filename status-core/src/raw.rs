//! `RawStatus`: any three-digit code a peer sent, whether or not the table knows it.

use core::fmt;
use core::str::FromStr;

use crate::{lookup, Class, Entry, Status, CODE_RANGE};

/// A three-digit status code as received from a peer, known to the table or not.
///
/// HTTP lets a recipient meet codes it does not know (RFC 9110 section 15): a client or proxy
/// must be able to hold, log and pass on a 599. `RawStatus` is that runtime path; it is never
/// produced by `status!`, and turns into a checked [`Status`] only through
/// [`RawStatus::status`].
///
/// ```
/// use status_core::{RawStatus, Status};
///
/// let received = RawStatus::new(599).unwrap();
/// assert_eq!(received.entry(), None);
/// assert_eq!(received.status(), None);
/// assert_eq!(received.to_string(), "599");
///
/// let known: RawStatus = "404".parse().unwrap();
/// assert_eq!(known.status(), Some(Status::NOT_FOUND));
/// assert!(RawStatus::new(1000).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RawStatus(u16);

impl RawStatus {
    /// Accepts any code from 100 to 999, the three-digit range HTTP messages can carry.
    pub const fn new(code: u16) -> Result<RawStatus, InvalidRawStatus> {
        if code >= 100 && code <= 999 {
            Ok(RawStatus(code))
        } else {
            Err(InvalidRawStatus(()))
        }
    }

    /// The code.
    pub const fn code(self) -> u16 {
        self.0
    }

    /// The table's entry, if it has one (registered in any state, or documented non-standard).
    pub const fn entry(self) -> Option<&'static Entry> {
        lookup(self.0)
    }

    /// The checked status, if the code may be sent without an opt-in.
    pub const fn status(self) -> Option<Status> {
        match Status::from_code(self.0) {
            Ok(status) => Some(status),
            Err(_) => None,
        }
    }

    /// The class, for codes in `100..=599`; `None` for 6xx to 9xx, which have no class.
    pub const fn class(self) -> Option<Class> {
        if self.0 <= *CODE_RANGE.end() {
            Some(Class::of(self.0))
        } else {
            None
        }
    }
}

impl From<Status> for RawStatus {
    fn from(status: Status) -> RawStatus {
        RawStatus(status.code())
    }
}

/// The code, followed by its reason phrase when the table knows it: `404 Not Found`, `599`.
impl fmt::Display for RawStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.entry() {
            Some(entry) => write!(f, "{} {}", self.0, entry.reason()),
            None => write!(f, "{}", self.0),
        }
    }
}

/// Parses exactly three ASCII digits, as the status line carries them.
impl FromStr for RawStatus {
    type Err = InvalidRawStatus;

    fn from_str(text: &str) -> Result<RawStatus, InvalidRawStatus> {
        match text.as_bytes() {
            [a @ b'1'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => Ok(RawStatus(
                u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'),
            )),
            _ => Err(InvalidRawStatus(())),
        }
    }
}

/// The value was not a three-digit code from 100 to 999.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidRawStatus(());

impl fmt::Display for InvalidRawStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a status code must be three digits, from 100 to 999")
    }
}

impl core::error::Error for InvalidRawStatus {}
