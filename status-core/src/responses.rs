//! What `#[responds(...)]` leaves behind: the declared statuses as `const` data, and the trait
//! its debug-build check uses to read the status out of a handler's return value.

use core::fmt;

use crate::status::{any_has_code, write_list};
use crate::{RawStatus, Status, StatusSet};

/// The statuses a handler is declared to answer with, and those its request extractors answer
/// with before it runs.
///
/// `#[responds(201, 409)]` on `async fn create_user(Json(new): Json<NewUser>)` defines
/// `CREATE_USER_RESPONSES: Responses` beside it (an associated constant for a method), so tests
/// and OpenAPI generators can read the contract without calling the handler: its
/// [`statuses`](Responses::statuses) are 201 and 409, and its
/// [`implied`](Responses::implied) ones are those axum's `Json` rejects a request with
/// (400, 413, 415, 422).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Responses {
    pub(crate) handler: &'static str,
    pub(crate) module: &'static str,
    pub(crate) statuses: &'static [Status],
    pub(crate) implied: StatusSet,
    pub(crate) middleware: StatusSet,
}

impl Responses {
    /// A contract written by hand, for a handler that cannot carry `#[responds]` (a closure,
    /// say): the handler's name, its declared statuses, and those its extractors imply.
    ///
    /// ```
    /// use status_core::{Responses, Status};
    ///
    /// const HEALTH: Responses = Responses::new("health", &[Status::OK, Status::SERVICE_UNAVAILABLE], &[]);
    /// assert!(HEALTH.declares(503));
    /// ```
    pub const fn new(
        handler: &'static str,
        statuses: &'static [Status],
        implied: &'static [Status],
    ) -> Responses {
        Responses {
            handler,
            module: "",
            statuses,
            implied: StatusSet::of(implied),
            middleware: StatusSet::EMPTY,
        }
    }

    /// This contract with `middleware` added: what `#[responds(.., middleware(AUTH))]` writes,
    /// for a contract made with [`Responses::new`].
    #[must_use]
    pub const fn with_middleware(self, middleware: StatusSet) -> Responses {
        Responses {
            middleware: self.middleware.union(middleware),
            ..self
        }
    }

    /// The path of the module the handler is in, as `module_path!()` writes it
    /// (`my_app::routes::users`); empty for a contract made with [`Responses::new`]. It tells
    /// apart two handlers of the same name.
    pub const fn module_path(&self) -> &'static str {
        self.module
    }

    /// The handler's name as written.
    pub const fn handler(&self) -> &'static str {
        self.handler
    }

    /// The declared statuses, in the order written.
    pub const fn statuses(&self) -> &'static [Status] {
        self.statuses
    }

    /// The statuses implied by the request: those the handler's extractors (axum's `Json`,
    /// `Path`, `Query`..., and any type that implements
    /// [`RejectionStatuses`](crate::RejectionStatuses)) reject a request with before the
    /// handler runs. They are part of what the route answers, but not of the declared list.
    pub const fn implied(&self) -> StatusSet {
        self.implied
    }

    /// The statuses the layers in front of the handler add, as its
    /// `#[responds(.., middleware(AUTH, RATE_LIMIT))]` declares: constants of type
    /// [`StatusSet`], shared by every handler behind the same layers, and by the route check's
    /// [`MiddlewareStatusesLayer`](crate::route_check::MiddlewareStatusesLayer) layer, so the two cannot
    /// disagree.
    pub const fn middleware(&self) -> StatusSet {
        self.middleware
    }

    /// True if `code` is one of the declared statuses.
    pub const fn declares(&self, code: u16) -> bool {
        any_has_code(self.statuses, code)
    }

    /// True if the route may answer with `code`: declared, implied by the request, or added by
    /// the middleware it declares.
    pub const fn contains(&self, code: u16) -> bool {
        any_has_code(self.statuses, code)
            || self.implied.contains(code)
            || self.middleware.contains(code)
    }
}

/// `201 Created, 409 Conflict`, followed by `(implied by the request: 400 Bad Request, ...)`
/// when the handler's extractors imply any.
impl fmt::Display for Responses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_list(f, self.statuses)?;
        if !self.implied.is_empty() {
            write!(f, " (implied by the request: {})", self.implied)?;
        }
        if !self.middleware.is_empty() {
            write!(f, " (added by middleware: {})", self.middleware)?;
        }
        Ok(())
    }
}

/// A value a handler returns that carries an HTTP status, read by the debug-build check of
/// `#[responds(..., debug_check)]`.
///
/// Implemented for [`Status`], [`RawStatus`], `(Status, T)` and `Result<T, E>` where both sides
/// carry a status. Implement it for your error type so that statuses produced by `?` and error
/// conversions are checked too:
///
/// ```
/// use status_core::{ResponseStatus, Status};
///
/// enum ApiError { Missing, Busy }
///
/// impl ResponseStatus for ApiError {
///     fn response_status(&self) -> u16 {
///         match self {
///             ApiError::Missing => Status::NOT_FOUND.code(),
///             ApiError::Busy => Status::SERVICE_UNAVAILABLE.code(),
///         }
///     }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not say which status it is sent with",
    label = "no status can be read from this type",
    note = "status-core reads it from a StatusCode, a (StatusCode, T), an http::Response, axum's response and rejection types, and every type that derives ResponseStatus",
    note = "for a type of yours, derive ResponseStatus or implement status_core::ResponseStatus for it"
)]
pub trait ResponseStatus {
    /// The status code the value will be sent with.
    fn response_status(&self) -> u16;
}

impl ResponseStatus for Status {
    fn response_status(&self) -> u16 {
        self.code()
    }
}

impl ResponseStatus for RawStatus {
    fn response_status(&self) -> u16 {
        self.code()
    }
}

impl<T> ResponseStatus for (Status, T) {
    fn response_status(&self) -> u16 {
        self.0.code()
    }
}

impl<T: ResponseStatus, E: ResponseStatus> ResponseStatus for Result<T, E> {
    fn response_status(&self) -> u16 {
        match self {
            Ok(value) => value.response_status(),
            Err(error) => error.response_status(),
        }
    }
}

/// A handler that returns nothing is answered with 200 OK.
impl ResponseStatus for () {
    fn response_status(&self) -> u16 {
        200
    }
}

/// Text is sent with 200 OK.
impl ResponseStatus for &str {
    fn response_status(&self) -> u16 {
        200
    }
}

/// So that `Result<T, Infallible>` carries `T`'s status.
impl ResponseStatus for core::convert::Infallible {
    fn response_status(&self) -> u16 {
        match *self {}
    }
}
