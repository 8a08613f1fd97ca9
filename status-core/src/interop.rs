//! Conversions to and from the `http` crate's types, for http 1.x (feature `http`) and http 0.2
//! (feature `http02`, for actix-web 4). Both versions have the same shape, so one macro writes
//! both sets of impls.

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
    /// The `http` 1.x status code, in `const` context too.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// const CREATED: http::StatusCode = Status::CREATED.to_http();
    /// assert_eq!(CREATED, http::StatusCode::CREATED);
    /// ```
    #[inline]
    pub const fn to_http(self) -> http::StatusCode {
        match http::StatusCode::from_u16(self.code()) {
            Ok(code) => code,
            Err(_) => panic!("every table code is in 100..=599"),
        }
    }
}
