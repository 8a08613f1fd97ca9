//! The route check: every response a route sends, held to its handler's contract at run time.
//!
//! `#[responds]` checks at compile time what it can see in a handler. What it cannot see —
//! a status that comes out of `?` through a `From` conversion, out of a helper function, out
//! of an error type's `IntoResponse`, out of an extractor the table does not know, or out of a
//! middleware layer — reaches the client all the same. The route check reads the status of
//! the response itself, whatever the handler returns, and never touches the body.
//!
//! One expression per handler puts its contract on it, [`Responses::on`]:
//!
//! ```
//! # // Written for axum 0.8; with only the `axum07` feature there is no `axum` crate here.
//! # #[cfg(feature = "axum")] {
//! # use axum::{routing::get, Json, Router};
//! # use status_core::{Responses, Status};
//! # async fn create_user() -> Json<()> { Json(()) }
//! # async fn list_users() -> Json<()> { Json(()) }
//! # const CREATE_USER_RESPONSES: Responses = Responses::new("create_user", &[Status::CREATED], &[]);
//! # const LIST_USERS_RESPONSES: Responses = Responses::new("list_users", &[Status::OK], &[]);
//! let app: Router = Router::new().route(
//!     "/users",
//!     get(LIST_USERS_RESPONSES.on(list_users)).post(CREATE_USER_RESPONSES.on(create_user)),
//! );
//! # }
//! ```
//!
//! `CREATE_USER_RESPONSES.on(create_user)` is an axum handler itself. The same check also comes
//! as a tower layer, [`Responses::layer`], for the handler
//! (`post(create_user.layer(CREATE_USER_RESPONSES.layer()))`, which axum type-checks through
//! its `Layered` handler, several times the work per route) or for the method's route, one
//! `route` per method (`.route("/users", post(create_user).layer(CREATE_USER_RESPONSES.layer()))`,
//! which wraps axum's boxed `Route` and adds one more boxed future per request). All three
//! check the same; BENCHMARKS.md has what each costs to compile and to run.
//!
//! Alone, a route's contract checks the handler's answers and its extractors' rejections against the
//! declared and implied statuses. A [`ContractCheckLayer`] added last to the router (so that it is
//! the outermost layer) sees the response the client receives, after every other layer, and
//! adds what the router's middleware may answer with:
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! # use axum::{routing::post, Json, Router};
//! # use status_core::{Responses, Status};
//! use status_core::route_check::ContractCheckLayer;
//! # async fn create_user() -> Json<()> { Json(()) }
//! # const CREATE_USER_RESPONSES: Responses = Responses::new("create_user", &[Status::CREATED], &[]);
//!
//! let app: Router = Router::new()
//!     .route("/users", post(CREATE_USER_RESPONSES.on(create_user)))
//!     // .layer(TimeoutLayer::new(..)) and the like go here
//!     .layer(ContractCheckLayer::new().middleware([Status::REQUEST_TIMEOUT]));
//! # }
//! ```
//!
//! A response passes when its status is declared by the route's handler, implied by the
//! request (its extractors' rejections), or declared for middleware, with
//! [`ContractCheckLayer::middleware`] for the router or a [`MiddlewareStatusesLayer`] layer for a group
//! of routes. The router's own answers always pass: 404 when no route matched, and 405 for a
//! method the route does not serve. A route with no contract fails on any other status unless
//! the check [allows routes without one](ContractCheckLayer::allow_routes_without_contract); so do
//! the app's own fallback, a `nest_service` and a `route_service`, which answer as routes do.
//! Put a contract on them like on a handler: `.fallback(NOT_FOUND_RESPONSES.on(not_found))`.
//!
//! A route under two contracts (one on the handler, one on its method's route) is held to the
//! innermost, the handler's own.
//!
//! What a response outside the contract does is the [`Mode`]'s choice: by default a debug build
//! answers 500 with a plain-text account of the violation and logs it through `tracing` at
//! error level, and a release build lets the response through with a `tracing` warning.
//! [`Mode::Test`] also records every violation and which statuses each route answered, for
//! [`ContractCheckLayer::assert_no_violations`] and [`ContractCheckLayer::coverage`].
//!
//! The layout follows tower-http's: [`layer`] holds the layers (what a router is given),
//! `service` the services they wrap routes in, `future` the response futures (and [`actix`]
//! the same three as actix-web middleware); the verdict
//! on one response is in `verdict`, what is done with a violation in [`report`], and what a
//! test suite reads afterwards in [`coverage`].

use crate::Responses;

#[cfg(feature = "actix")]
pub mod actix;
pub mod coverage;
#[cfg(any(feature = "axum", feature = "axum07"))]
pub mod future;
pub mod layer;
mod mode;
pub mod report;
#[cfg(any(feature = "axum", feature = "axum07"))]
pub mod service;
mod settings;
mod verdict;

pub use coverage::{Coverage, RouteCoverage, NO_ROUTE};
#[cfg(any(feature = "axum", feature = "axum07"))]
pub use future::{HandlerFuture, ResponseFuture};
pub use layer::{ContractCheckLayer, MiddlewareStatusesLayer, RouteContractLayer};
pub use mode::Mode;
pub use report::Violation;
#[cfg(any(feature = "axum", feature = "axum07"))]
pub use service::{ContractCheck, MiddlewareStatuses, OnHandler, RouteContract};

impl Responses {
    /// The handler under this contract, for the router:
    /// `post(CREATE_USER_RESPONSES.on(create_user))`. See the
    /// [`route_check`](crate::route_check) module.
    #[cfg(any(feature = "axum", feature = "axum07"))]
    pub const fn on<H>(&'static self, handler: H) -> OnHandler<H> {
        OnHandler {
            handler,
            responses: self,
        }
    }

    /// The route check for this contract as a tower layer (and, with the `actix` feature, as
    /// actix-web middleware: `#[post("/users", wrap = "CREATE_USER_RESPONSES.layer()")]`): for
    /// the handler, with axum's
    /// `Handler::layer` (`post(create_user.layer(CREATE_USER_RESPONSES.layer()))`), or for the
    /// method's route, one `route` per method
    /// (`post(create_user).layer(CREATE_USER_RESPONSES.layer())`). [`Responses::on`] checks
    /// the same and costs less to compile. See the [`route_check`](crate::route_check) module.
    pub const fn layer(&'static self) -> RouteContractLayer {
        RouteContractLayer { responses: self }
    }
}
