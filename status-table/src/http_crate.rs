//! The associated constants the `http` crate (1.x) gives `http::StatusCode`, and the release
//! that added each: `status_code!` expands to them, so a constant made on an app's locked
//! `http` names only what that version has.
//!
//! The names are http's, which keep some older phrases (`PAYLOAD_TOO_LARGE` for 413,
//! `UNPROCESSABLE_ENTITY` for 422).

/// One associated constant of `http::StatusCode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpConstant {
    /// The constant's name (`"PAYLOAD_TOO_LARGE"`).
    pub name: &'static str,
    /// The minor version of http 1 that added it: 0 for the constants every 1.x has.
    pub since_minor: u8,
}

/// Writes the list twice over: as `HTTP_CONSTANTS`, for the macros to look a code up in, and as
/// the hidden `__for_each_http_1_0_constant!`, through which status-core names the constants
/// every http 1.x has (the later ones cannot be named by code that must build on http 1.0).
macro_rules! http_constants {
    ($d:tt
        since 1.0 { $($name:ident = $code:literal;)* }
        later { $($later_name:ident = $later_code:literal, since_minor $minor:literal;)* }
    ) => {
        /// Calls `$callback!` with `code => NAME,` for every `http::StatusCode` constant that
        /// http 1.0 already has. Not public API.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __for_each_http_1_0_constant {
            ($d callback:ident) => {
                $d callback! { $($code => $name,)* }
            };
        }

        /// Every `http::StatusCode` constant of http 1.x, by code.
        static HTTP_CONSTANTS: [(u16, HttpConstant); [$($code,)* $($later_code,)*].len()] = [
            $(($code, HttpConstant { name: stringify!($name), since_minor: 0 }),)*
            $(($later_code, HttpConstant { name: stringify!($later_name), since_minor: $minor }),)*
        ];
    };
}

http_constants! { $
    since 1.0 {
        CONTINUE = 100;
        SWITCHING_PROTOCOLS = 101;
        PROCESSING = 102;
        OK = 200;
        CREATED = 201;
        ACCEPTED = 202;
        NON_AUTHORITATIVE_INFORMATION = 203;
        NO_CONTENT = 204;
        RESET_CONTENT = 205;
        PARTIAL_CONTENT = 206;
        MULTI_STATUS = 207;
        ALREADY_REPORTED = 208;
        IM_USED = 226;
        MULTIPLE_CHOICES = 300;
        MOVED_PERMANENTLY = 301;
        FOUND = 302;
        SEE_OTHER = 303;
        NOT_MODIFIED = 304;
        USE_PROXY = 305;
        TEMPORARY_REDIRECT = 307;
        PERMANENT_REDIRECT = 308;
        BAD_REQUEST = 400;
        UNAUTHORIZED = 401;
        PAYMENT_REQUIRED = 402;
        FORBIDDEN = 403;
        NOT_FOUND = 404;
        METHOD_NOT_ALLOWED = 405;
        NOT_ACCEPTABLE = 406;
        PROXY_AUTHENTICATION_REQUIRED = 407;
        REQUEST_TIMEOUT = 408;
        CONFLICT = 409;
        GONE = 410;
        LENGTH_REQUIRED = 411;
        PRECONDITION_FAILED = 412;
        PAYLOAD_TOO_LARGE = 413;
        URI_TOO_LONG = 414;
        UNSUPPORTED_MEDIA_TYPE = 415;
        RANGE_NOT_SATISFIABLE = 416;
        EXPECTATION_FAILED = 417;
        IM_A_TEAPOT = 418;
        MISDIRECTED_REQUEST = 421;
        UNPROCESSABLE_ENTITY = 422;
        LOCKED = 423;
        FAILED_DEPENDENCY = 424;
        UPGRADE_REQUIRED = 426;
        PRECONDITION_REQUIRED = 428;
        TOO_MANY_REQUESTS = 429;
        REQUEST_HEADER_FIELDS_TOO_LARGE = 431;
        UNAVAILABLE_FOR_LEGAL_REASONS = 451;
        INTERNAL_SERVER_ERROR = 500;
        NOT_IMPLEMENTED = 501;
        BAD_GATEWAY = 502;
        SERVICE_UNAVAILABLE = 503;
        GATEWAY_TIMEOUT = 504;
        HTTP_VERSION_NOT_SUPPORTED = 505;
        VARIANT_ALSO_NEGOTIATES = 506;
        INSUFFICIENT_STORAGE = 507;
        LOOP_DETECTED = 508;
        NOT_EXTENDED = 510;
        NETWORK_AUTHENTICATION_REQUIRED = 511;
    }
    later {
        EARLY_HINTS = 103, since_minor 4;
        TOO_EARLY = 425, since_minor 2;
    }
}

/// The `http::StatusCode` constant for `code`, if http 1.x has one.
///
/// ```
/// let teapot = status_table::http_crate::constant(418).unwrap();
/// assert_eq!((teapot.name, teapot.since_minor), ("IM_A_TEAPOT", 0));
/// assert_eq!(status_table::http_crate::constant(103).unwrap().since_minor, 4);
/// assert!(status_table::http_crate::constant(104).is_none());
/// ```
pub const fn constant(code: u16) -> Option<HttpConstant> {
    let mut i = 0;
    while i < HTTP_CONSTANTS.len() {
        if HTTP_CONSTANTS[i].0 == code {
            return Some(HTTP_CONSTANTS[i].1);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::HTTP_CONSTANTS;

    #[test]
    fn every_constant_names_a_table_code_once() {
        for (i, (code, _)) in HTTP_CONSTANTS.iter().enumerate() {
            assert!(crate::lookup(*code).is_some(), "{code} has no table row");
            assert!(
                HTTP_CONSTANTS[..i].iter().all(|(other, _)| other != code),
                "{code} twice"
            );
        }
    }
}
