//! `Status`: a code the table knows, the type users carry.

use core::fmt;

use crate::words::{self, Lang};
use crate::{lookup, Class, Entry, State, CODE_RANGE};

/// An HTTP status code that the table knows, carried as its number.
///
/// Make one with [`status!`](https://docs.rs/status-macros) (checked at compile time), an
/// associated constant such as [`Status::NOT_FOUND`], or [`Status::from_code`] at run time.
/// Every `Status` has an [`Entry`], so its reason phrase and reference are always at hand.
///
/// For a code received from a peer that the table may not know (a proxy that must pass on a
/// 599), use [`RawStatus`](crate::RawStatus) instead.
///
/// ```
/// use status_core::Status;
///
/// let status = Status::NOT_FOUND;
/// assert_eq!(status.code(), 404);
/// assert_eq!(status.to_string(), "404 Not Found");
/// match status {
///     Status::OK | Status::CREATED => unreachable!(),
///     Status::NOT_FOUND => {}
///     _ => unreachable!(),
/// }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Status(u16);

/// Makes the `Status` constants from the list status-table hands over, one per code that may
/// be sent without an opt-in, each documented with its row's summary.
macro_rules! status_constants {
    ($($constant:ident = $code:literal, $reason:literal, $summary:literal;)*) => {
        /// Constants for every code that may be sent without an opt-in, in code order.
        impl Status {
            $(
                #[doc = concat!("`", stringify!($code), " ", $reason, "`: ", $summary)]
                pub const $constant: Status = Status::from_table_unchecked($code);
            )*
        }
    };
}

status_table::__for_each_constant!(status_constants);

impl Status {
    /// Only for codes that have a table row; the table macro and `__private::Code` check this
    /// at compile time.
    pub(crate) const fn from_table_unchecked(code: u16) -> Status {
        Status(code)
    }

    /// The status for `code` if it may be sent without an opt-in (assigned, discouraged or
    /// temporary); otherwise an error that says why not.
    ///
    /// A code that needs an opt-in is refused here even though `status!` can make it: the
    /// opt-in is a decision written in source, where a reviewer can find it with
    /// `grep allow_`, and a number read at run time (from a peer, a file or serialized data)
    /// carries no such decision. Every other conversion from a number (`TryFrom<u16>`,
    /// `TryFrom<http::StatusCode>`, `Deserialize`) follows this one. To hold any code, use
    /// [`RawStatus`](crate::RawStatus), and turn it into a `Status` where the source opts in.
    ///
    /// ```
    /// use status_core::{Status, StatusError};
    ///
    /// assert_eq!(Status::from_code(201), Ok(Status::CREATED));
    /// assert!(matches!(Status::from_code(306), Err(StatusError::NotSendable { .. })));
    /// assert!(matches!(Status::from_code(299), Err(StatusError::Unassigned { .. })));
    /// assert!(matches!(Status::from_code(1000), Err(StatusError::OutOfRange { .. })));
    /// ```
    #[inline]
    pub const fn from_code(code: u16) -> Result<Status, StatusError> {
        match lookup(code) {
            Some(entry) if entry.state().is_sendable() => Ok(Status(code)),
            Some(entry) => Err(StatusError::NotSendable {
                code,
                state: entry.state(),
            }),
            None if code >= *CODE_RANGE.start() && code <= *CODE_RANGE.end() => {
                Err(StatusError::Unassigned { code })
            }
            None => Err(StatusError::OutOfRange { code }),
        }
    }

    /// The three-digit code.
    pub const fn code(self) -> u16 {
        self.0
    }

    /// The reason phrase as the registry spells it.
    #[inline]
    pub const fn reason(self) -> &'static str {
        self.entry().reason()
    }

    /// Everything the table knows about this code.
    #[inline]
    pub const fn entry(self) -> &'static Entry {
        match lookup(self.0) {
            Some(entry) => entry,
            // Unreachable: every constructor checks the code against the table.
            None => panic!("a Status was built for a code with no table entry"),
        }
    }

    /// The class given by the first digit.
    pub const fn class(self) -> Class {
        Class::of(self.0)
    }

    /// True for 1xx.
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), Class::Informational)
    }

    /// True for 2xx.
    pub const fn is_success(self) -> bool {
        matches!(self.class(), Class::Successful)
    }

    /// True for 3xx.
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), Class::Redirection)
    }

    /// True for 4xx.
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), Class::ClientError)
    }

    /// True for 5xx.
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), Class::ServerError)
    }
}

/// `404 Not Found`.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, self.reason())
    }
}

/// `Status(404 Not Found)`.
impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Status({self})")
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.0
    }
}

impl TryFrom<u16> for Status {
    type Error = StatusError;

    #[inline]
    fn try_from(code: u16) -> Result<Status, StatusError> {
        Status::from_code(code)
    }
}

impl PartialEq<u16> for Status {
    fn eq(&self, code: &u16) -> bool {
        self.0 == *code
    }
}

/// Why a number is not a [`Status`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatusError {
    /// Not in `100..=599`.
    OutOfRange {
        /// The number given.
        code: u16,
    },
    /// In range, but the registry assigns no meaning to it and no well-known server uses it.
    Unassigned {
        /// The number given.
        code: u16,
    },
    /// Listed, but deprecated, unused, obsoleted or non-standard: `status!` makes it only
    /// inside an opt-in written in source ([`Entry::opt_in`] names it), and 306 not at all.
    NotSendable {
        /// The number given.
        code: u16,
        /// Its state.
        state: State,
    },
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            StatusError::OutOfRange { code } => {
                words::out_of_range_number(u32::from(code), Lang::English).fmt(f)
            }
            StatusError::Unassigned { code } => words::unassigned(code, Lang::English).fmt(f),
            StatusError::NotSendable { code, state } => {
                let state = state.label();
                match lookup(code).and_then(|entry| entry.opt_in()) {
                    Some(opt_in) => write!(
                        f,
                        "{code} is {state}, so a Status for it is made only where the source says so, with status!({opt_in}({code})); RawStatus holds any code"
                    ),
                    None => write!(
                        f,
                        "{code} is {state} and has no meaning to send, so no Status is made for it, not even with an opt-in; RawStatus holds any code"
                    ),
                }
            }
        }
    }
}

impl core::error::Error for StatusError {}

/// True if one of `statuses` is `code`.
pub(crate) const fn any_has_code(statuses: &[Status], code: u16) -> bool {
    let mut index = 0;
    while index < statuses.len() {
        if statuses[index].code() == code {
            return true;
        }
        index += 1;
    }
    false
}

/// `201 Created, 409 Conflict`: also how the route check and the document check list statuses.
pub(crate) fn write_list(f: &mut fmt::Formatter<'_>, statuses: &[Status]) -> fmt::Result {
    for (position, status) in statuses.iter().enumerate() {
        if position > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{status}")?;
    }
    Ok(())
}

/// A code with its reason phrase where the table has one (`409 Conflict`), the code alone
/// otherwise: for codes received or documented, which may be outside the table.
pub(crate) struct CodeWithReason(pub(crate) u16);

impl fmt::Display for CodeWithReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match lookup(self.0) {
            Some(entry) => write!(f, "{} {}", self.0, entry.reason()),
            None => write!(f, "{}", self.0),
        }
    }
}
