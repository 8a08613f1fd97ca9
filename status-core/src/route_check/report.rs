//! A response outside its contract, the [`Violation`], and how it reads in a log line and in
//! the 500 a client receives in [`Mode::Respond`](super::Mode::Respond).

use std::fmt;
use std::format;
use std::string::String;
use std::vec::Vec;

use http::Method;

use crate::status::{write_list, CodeWithReason};
use crate::{Responses, Status};

/// A response outside its route's contract.
#[derive(Debug, Clone)]
pub struct Violation {
    /// The request's method.
    pub method: Method,
    /// The request's path, as sent.
    pub path: String,
    /// The route the request matched, as written in the router (`/users/{id}`).
    pub route: Option<String>,
    /// The status of the response.
    pub status: u16,
    /// The handler's contract; `None` for a route that has none.
    pub contract: Option<Responses>,
    /// The statuses declared for the middleware the request went through.
    pub middleware: Vec<Status>,
}

impl Violation {
    /// The name of the handler whose contract was broken.
    pub fn handler(&self) -> Option<&'static str> {
        self.contract.map(|contract| contract.handler())
    }

    /// The violation on one line, for a log: ``handler `create_user` answered POST /users with
    /// 409 Conflict, outside its contract: 201 Created, 422 Unprocessable Content (implied by
    /// the request: ...); middleware may add 408 Request Timeout``. The `Display` form, for the
    /// response body and test failures, spreads it over lines and says what to do.
    pub fn summary(&self) -> impl fmt::Display + '_ {
        Summary(self)
    }
}

pub(super) struct Summary<'a>(&'a Violation);

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let violation = self.0;
        let status = CodeWithReason(violation.status);
        match &violation.contract {
            Some(contract) => write!(
                f,
                "handler `{}` answered {} {} with {status}, outside its contract: {contract}",
                contract.handler(),
                violation.method,
                violation.path
            )?,
            None => write!(
                f,
                "{} {} was answered with {status} before it reached a handler's contract",
                violation.method, violation.path
            )?,
        }
        f.write_str("; middleware may add ")?;
        if violation.middleware.is_empty() {
            f.write_str("nothing")?;
        }
        write_list(f, &violation.middleware)
    }
}

/// What happened, the statuses the route may answer with (declared, implied by the request,
/// added by middleware), and what to do, one per line.
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = CodeWithReason(self.status);
        let request = format!("{} {}", self.method, self.path);
        match &self.contract {
            Some(contract) => {
                writeln!(
                    f,
                    "status contract broken: handler `{}` answered {request} with {status}, which its contract does not list",
                    contract.handler()
                )?;
                write_statuses(f, "declared", contract.statuses())?;
                if !contract.implied().is_empty() {
                    writeln!(f, "  implied by the request: {}", contract.implied())?;
                }
                write_statuses(f, "added by middleware", &self.middleware)?;
                write!(
                    f,
                    "help: if `{}` means to send {}, add it to its #[responds(...)]; otherwise look for what sent it: a `?` through a From conversion, a helper, the error type's IntoResponse or ResponseError, an extractor, or a layer",
                    contract.handler(),
                    self.status
                )
            }
            None => {
                let route = self.route.as_deref().unwrap_or(&self.path);
                writeln!(
                    f,
                    "status contract broken: {request} was answered with {status} before it reached a handler's contract: a layer answered first, or the route {route} has none"
                )?;
                write_statuses(f, "added by middleware", &self.middleware)?;
                write!(
                    f,
                    "help: if a layer sent {}, declare it for the layer's routes (ContractCheckLayer::middleware, or a MiddlewareStatusesLayer layer on their group); if the route has no contract, put its handler's on it: .layer(HANDLER_RESPONSES.layer())",
                    self.status
                )
            }
        }
    }
}

/// `  declared: 201 Created, 409 Conflict`, on a line of its own.
pub(super) fn write_statuses(
    f: &mut fmt::Formatter<'_>,
    label: &str,
    statuses: &[Status],
) -> fmt::Result {
    write!(f, "  {label}: ")?;
    if statuses.is_empty() {
        f.write_str("none")?;
    }
    write_list(f, statuses)?;
    f.write_str("\n")
}
