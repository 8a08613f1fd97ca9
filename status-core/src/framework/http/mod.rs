//! Conversions to and from the `http` crate's types, for http 1.x (feature `http`) and http 0.2
//! (feature `http02`, for actix-web 4). Both versions have the same shape, so one macro writes
//! both sets of impls.

#[cfg(feature = "http")]
pub(crate) mod responses;

use crate::{RawStatus, ResponseStatus, Status, StatusError};

macro_rules! http_interop {
    ($http:ident, $feature:literal) => {
        /// Every `Status` is in `100..=599`, which `http` accepts.
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl From<Status> for $http::StatusCode {
            #[inline]
            fn from(status: Status) -> $http::StatusCode {
                match $http::StatusCode::from_u16(status.code()) {
                    Ok(code) => code,
                    Err(_) => unreachable!("every table code is in 100..=599"),
                }
            }
        }

        /// Accepts the codes `Status::from_code` accepts: the ones that may be sent without an
        /// opt-in. A status made with one (`status!(allow_nonstandard(499))`) converts to
        /// `StatusCode` but not back, since the number carries no opt-in; `RawStatus` takes
        /// any `StatusCode`.
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl TryFrom<$http::StatusCode> for Status {
            type Error = StatusError;

            #[inline]
            fn try_from(code: $http::StatusCode) -> Result<Status, StatusError> {
                Status::from_code(code.as_u16())
            }
        }

        /// `http` holds any code from 100 to 999, exactly `RawStatus`'s range.
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl From<$http::StatusCode> for RawStatus {
            fn from(code: $http::StatusCode) -> RawStatus {
                match RawStatus::new(code.as_u16()) {
                    Ok(raw) => raw,
                    Err(_) => unreachable!("http::StatusCode is always in 100..=999"),
                }
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl PartialEq<$http::StatusCode> for Status {
            fn eq(&self, other: &$http::StatusCode) -> bool {
                self.code() == other.as_u16()
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl PartialEq<Status> for $http::StatusCode {
            fn eq(&self, other: &Status) -> bool {
                self.as_u16() == other.code()
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl ResponseStatus for $http::StatusCode {
            fn response_status(&self) -> u16 {
                self.as_u16()
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl<B> ResponseStatus for $http::Response<B> {
            fn response_status(&self) -> u16 {
                self.status().as_u16()
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl<T> ResponseStatus for ($http::StatusCode, T) {
            fn response_status(&self) -> u16 {
                self.0.as_u16()
            }
        }
    };
}

#[cfg(feature = "http")]
http_interop!(http, "http");

#[cfg(feature = "http02")]
http_interop!(http02, "http02");

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl Status {
    /// The `http` 1.x status code.
    ///
    /// Not a `const fn`: `http::StatusCode::from_u16` is one only from http 1.4, and this
    /// feature builds on every http 1.x. For a constant, write `status_code!`, which expands to
    /// http's own constant for the code.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::CREATED.to_http(), http::StatusCode::CREATED);
    /// ```
    #[inline]
    pub fn to_http(self) -> http::StatusCode {
        self.into()
    }
}

/// Makes `http_1_0_constant` from the list status-table hands over.
#[cfg(feature = "http")]
macro_rules! http_1_0_constants {
    ($($code:literal => $name:ident,)*) => {
        /// The `http::StatusCode` constant for `code` that every http 1.x has, in `const`
        /// context; `None` for the codes http names later (103, 425) or never.
        pub(crate) const fn http_1_0_constant(code: u16) -> Option<http::StatusCode> {
            match code {
                $($code => Some(http::StatusCode::$name),)*
                _ => None,
            }
        }
    };
}

#[cfg(feature = "http")]
status_table::__for_each_http_1_0_constant!(http_1_0_constants);

#[cfg(all(test, feature = "http"))]
mod tests {
    use super::http_1_0_constant;

    /// The list's names are http's: each constant holds its own code, and a code is named
    /// exactly when the list says http 1.0 has it.
    #[test]
    fn http_constants_hold_their_codes() {
        for code in status_table::CODE_RANGE {
            let listed = status_table::http_crate::constant(code).filter(|c| c.since_minor == 0);
            let made = http_1_0_constant(code).map(|constant| constant.as_u16());
            assert_eq!(made, listed.map(|_| code), "{code}");
        }
    }
}
