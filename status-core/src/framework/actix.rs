//! actix-web 4 (feature `actix`): `RejectionStatuses` for its extractors, from the rows of
//! `status_table::implied::ACTIX_WEB_EXTRACTORS`, so `#[responds]` reads `web::Path<i64>` as
//! actix's (404 for a segment that does not fit) however it is imported; `ResponseStatus` for
//! the values actix handlers answer with, for `#[responds(.., debug_check)]`; and the request's
//! method and route as the route check records them.

use crate::rejection::table_extractor;
use crate::ResponseStatus;

table_extractor!(in ACTIX_WEB_EXTRACTORS, "actix", false, "Form", [T] actix_web::web::Form<T>);
table_extractor!(in ACTIX_WEB_EXTRACTORS, "actix", false, "Json", [T] actix_web::web::Json<T>);
table_extractor!(in ACTIX_WEB_EXTRACTORS, "actix", false, "Path", [T] actix_web::web::Path<T>);
table_extractor!(in ACTIX_WEB_EXTRACTORS, "actix", false, "Query", [T] actix_web::web::Query<T>);

/// The status the response was built with.
#[cfg_attr(docsrs, doc(cfg(feature = "actix")))]
impl<B> ResponseStatus for actix_web::HttpResponse<B> {
    fn response_status(&self) -> u16 {
        self.status().as_u16()
    }
}

/// The status actix answers the error with (`ResponseError::status_code`).
#[cfg_attr(docsrs, doc(cfg(feature = "actix")))]
impl ResponseStatus for actix_web::Error {
    fn response_status(&self) -> u16 {
        self.as_response_error().status_code().as_u16()
    }
}

/// A `web::Json<T>` answer is sent with 200 OK.
#[cfg_attr(docsrs, doc(cfg(feature = "actix")))]
impl<T> ResponseStatus for actix_web::web::Json<T> {
    fn response_status(&self) -> u16 {
        200
    }
}

/// actix-web's method (http 0.2) as the route check records it (http 1): the standard methods
/// without an allocation.
pub(crate) fn method(method: &actix_web::http::Method) -> http::Method {
    use actix_web::http::Method as Actix;
    match *method {
        Actix::GET => http::Method::GET,
        Actix::POST => http::Method::POST,
        Actix::PUT => http::Method::PUT,
        Actix::DELETE => http::Method::DELETE,
        Actix::PATCH => http::Method::PATCH,
        Actix::HEAD => http::Method::HEAD,
        Actix::OPTIONS => http::Method::OPTIONS,
        Actix::CONNECT => http::Method::CONNECT,
        Actix::TRACE => http::Method::TRACE,
        // A method actix parsed is a token of the grammar http 1 reads too, so this never
        // falls back; the fallback only keeps a request from being refused over a log field.
        ref other => {
            http::Method::from_bytes(other.as_str().as_bytes()).unwrap_or(http::Method::GET)
        }
    }
}
