//! The route check as actix-web 4 middleware (feature `actix`): the same layers, modes,
//! messages, hook and coverage as for axum, as actix-web `Transform`s.
//!
//! ```ignore
//! use actix_web::{post, App};
//! use status_core::route_check::ContractCheckLayer;
//!
//! #[responds(201, 409)]
//! #[post("/users", wrap = "CREATE_USER_RESPONSES.layer()")]
//! async fn create_user(/* .. */) -> HttpResponse { /* .. */ }
//!
//! let check = ContractCheckLayer::new().middleware([Status::REQUEST_TIMEOUT]);
//! let app = App::new().service(create_user).wrap(check.clone());
//! ```
//!
//! A route's contract goes on the route: `wrap = "NAME_RESPONSES.layer()"` in actix's route
//! attribute (with `#[responds]` above it), or `.wrap(NAME_RESPONSES.layer())` on a `Resource`.
//! The [`ContractCheckLayer`] wraps the `App`, last, so it sees what
//! the client receives. actix-web routes inside the `App`'s middleware, so the check reads the
//! matched route off the response (`ServiceResponse::request().match_pattern()`), and the
//! router's own answers pass as they do for axum: 404 where no resource matched, 405 for a
//! method a resource does not serve. The body is never read: a violation replaces the
//! response, whose body is dropped unread.

use std::future::{ready, Future, Ready};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::{fmt, format};

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::error::InternalError;
use actix_web::http::header::{HeaderValue, CONTENT_TYPE};
use actix_web::{Error, HttpMessage, HttpResponse};

use super::layer::{ContractCheckLayer, MiddlewareStatusesLayer, RouteContractLayer};
use super::report::Violation;
use super::settings::Settings;
use super::verdict::{Judge, Pending, RequestUri, RouteSlot};
use crate::framework::{actix::method, MatchedRoute};
use crate::{Responses, Status};

/// What a check keeps of an actix request, to judge its response.
fn pending(request: &ServiceRequest, judge: Judge) -> Pending {
    Pending {
        method: method(request.method()),
        uri: RequestUri::Actix(request.uri().clone()),
        // Filled in from the response when routing happens inside the check.
        route: request.match_pattern().map(MatchedRoute::Actix),
        judge,
    }
}

impl<S, B> Transform<S, ServiceRequest> for ContractCheckLayer
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = ContractCheck<S>;
    type InitError = ();
    type Future = Ready<Result<ContractCheck<S>, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ContractCheck {
            inner: service,
            settings: self.settings.clone(),
        }))
    }
}

/// The service [`ContractCheckLayer`] wraps an actix-web `App` or
/// scope in.
pub struct ContractCheck<S> {
    inner: S,
    settings: Arc<Settings>,
}

impl<S> fmt::Debug for ContractCheck<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContractCheck")
            .field("mode", &self.settings.mode)
            .finish_non_exhaustive()
    }
}

impl<S, B> Service<ServiceRequest> for ContractCheck<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = ResponseFuture<S::Future>;

    actix_web::dev::forward_ready!(inner);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let (slot, judge) = RouteSlot::for_check(&self.settings);
        request.extensions_mut().insert(slot);
        let pending = judge.map(|judge| pending(&request, judge));
        ResponseFuture {
            inner: self.inner.call(request),
            pending,
        }
    }
}

impl<S, B> Transform<S, ServiceRequest> for RouteContractLayer
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = RouteContract<S>;
    type InitError = ();
    type Future = Ready<Result<RouteContract<S>, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(RouteContract {
            inner: service,
            responses: self.responses,
        }))
    }
}

/// The service [`RouteContractLayer`] wraps an actix-web route or
/// resource in.
#[derive(Debug)]
pub struct RouteContract<S> {
    inner: S,
    responses: &'static Responses,
}

impl<S, B> Service<ServiceRequest> for RouteContract<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = ResponseFuture<S::Future>;

    actix_web::dev::forward_ready!(inner);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let pending = enter_route(self.responses, &request);
        ResponseFuture {
            inner: self.inner.call(request),
            pending,
        }
    }
}

/// A route's contract as the request goes in ([`RouteSlot::enter_route`]).
fn enter_route(responses: &'static Responses, request: &ServiceRequest) -> Option<Pending> {
    let (slot, judge) = RouteSlot::enter_route(request.extensions().get(), responses)?;
    request.extensions_mut().insert(slot);
    Some(pending(request, judge))
}

impl<S, B> Transform<S, ServiceRequest> for MiddlewareStatusesLayer
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Transform = MiddlewareStatuses<S>;
    type InitError = ();
    type Future = Ready<Result<MiddlewareStatuses<S>, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(MiddlewareStatuses {
            inner: service,
            statuses: self.statuses.clone(),
        }))
    }
}

/// The service [`MiddlewareStatusesLayer`] wraps an actix-web
/// scope in.
#[derive(Debug)]
pub struct MiddlewareStatuses<S> {
    inner: S,
    statuses: Arc<[Status]>,
}

impl<S, B> Service<ServiceRequest> for MiddlewareStatuses<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Future = S::Future;

    actix_web::dev::forward_ready!(inner);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        RouteSlot::add_middleware(request.extensions().get(), &self.statuses);
        self.inner.call(request)
    }
}

pin_project_lite::pin_project! {
    /// The response future of the route check's actix-web services.
    pub struct ResponseFuture<F> {
        #[pin]
        inner: F,
        pending: Option<Pending>,
    }
}

impl<F, B> Future for ResponseFuture<F>
where
    F: Future<Output = Result<ServiceResponse<B>, Error>>,
    B: MessageBody,
{
    type Output = Result<ServiceResponse<EitherBody<B>>, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = match this.inner.poll(cx) {
            Poll::Ready(Ok(response)) => response,
            // An error the inner service returns is answered with its own status further out:
            // judged by that status, and replaced by an error whose response is the 500.
            Poll::Ready(Err(error)) => {
                let code = error.as_response_error().status_code().as_u16();
                let verdict = this
                    .pending
                    .take()
                    .and_then(|pending| pending.verdict(code));
                return Poll::Ready(Err(match verdict {
                    Some(violation) => InternalError::from_response(
                        format!("{}", violation.summary()),
                        violation_response(&violation),
                    )
                    .into(),
                    None => error,
                }));
            }
            Poll::Pending => return Poll::Pending,
        };
        let Some(mut pending) = this.pending.take() else {
            return Poll::Ready(Ok(response.map_into_left_body()));
        };
        let code = response.status().as_u16();
        if pending.passes_on_contract(code) {
            return Poll::Ready(Ok(response.map_into_left_body()));
        }
        if pending.route.is_none() {
            pending.route = response.request().match_pattern().map(MatchedRoute::Actix);
        }
        Poll::Ready(Ok(match pending.verdict(code) {
            None => response.map_into_left_body(),
            Some(violation) => {
                let (request, _) = response.into_parts();
                ServiceResponse::new(request, violation_response(&violation)).map_into_right_body()
            }
        }))
    }
}

/// The 500 a client receives in place of a response outside the contract.
fn violation_response(violation: &Violation) -> HttpResponse {
    let mut response = HttpResponse::InternalServerError().body(format!("{violation}\n"));
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}
