//! The services the layers wrap routes in, and a handler under its contract ([`OnHandler`]).

use std::fmt;
use std::string::String;
use std::sync::Arc;
use std::task::{Context, Poll};

use http::{Request, Response};
use tower_service::Service;

use super::future::{HandlerFuture, ResponseFuture};
use super::settings::Settings;
use super::verdict::{Pending, RouteSlot};
use crate::{Responses, Status};

/// The service [`RouteContractLayer`](super::RouteContractLayer) wraps a handler or route in.
#[derive(Debug, Clone)]
pub struct RouteContract<S> {
    pub(super) inner: S,
    pub(super) responses: &'static Responses,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for RouteContract<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: From<String>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<ReqBody>) -> ResponseFuture<S::Future> {
        let pending = enter_route(self.responses, &mut request);
        ResponseFuture {
            inner: self.inner.call(request),
            pending,
        }
    }
}

/// A route's contract as the request goes in ([`RouteSlot::enter_route`]): the pending
/// judgement when the route judges its response itself.
pub(super) fn enter_route<B>(
    responses: &'static Responses,
    request: &mut Request<B>,
) -> Option<Pending> {
    let (slot, judge) = RouteSlot::enter_route(request.extensions().get(), responses)?;
    request.extensions_mut().insert(slot);
    Some(Pending::new(request, judge))
}

/// The service [`MiddlewareStatusesLayer`](super::MiddlewareStatusesLayer) wraps a group's routes in.
#[derive(Debug, Clone)]
pub struct MiddlewareStatuses<S> {
    pub(super) inner: S,
    pub(super) statuses: Arc<[Status]>,
}

impl<S, ReqBody> Service<Request<ReqBody>> for MiddlewareStatuses<S>
where
    S: Service<Request<ReqBody>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> S::Future {
        RouteSlot::add_middleware(request.extensions().get(), &self.statuses);
        self.inner.call(request)
    }
}

/// The service [`ContractCheckLayer`](super::ContractCheckLayer) wraps each route in.
#[derive(Clone)]
pub struct ContractCheck<S> {
    pub(super) inner: S,
    pub(super) settings: Arc<Settings>,
}

impl<S: fmt::Debug> fmt::Debug for ContractCheck<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContractCheck")
            .field("inner", &self.inner)
            .field("mode", &self.settings.mode)
            .finish_non_exhaustive()
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for ContractCheck<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: From<String>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<ReqBody>) -> ResponseFuture<S::Future> {
        let (slot, judge) = RouteSlot::for_check(&self.settings);
        request.extensions_mut().insert(slot);
        let pending = judge.map(|judge| Pending::new(&request, judge));
        ResponseFuture {
            inner: self.inner.call(request),
            pending,
        }
    }
}

/// A handler under its contract, made by [`Responses::on`]: checked as [`Responses::layer`]
/// checks it, but an axum handler itself rather than axum's `Layered` handler around a tower
/// layer, whose bounds the compiler proves again for every route.
#[derive(Debug, Clone, Copy)]
pub struct OnHandler<H> {
    pub(super) handler: H,
    pub(super) responses: &'static Responses,
}

/// `Handler` for [`OnHandler`](super::OnHandler), for one axum version.
macro_rules! on_handler {
    ($axum:ident) => {
        impl<H, T, S> $axum::handler::Handler<T, S> for OnHandler<H>
        where
            H: $axum::handler::Handler<T, S>,
        {
            type Future = HandlerFuture<H::Future>;

            fn call(self, mut request: $axum::extract::Request, state: S) -> Self::Future {
                let pending = enter_route(self.responses, &mut request);
                HandlerFuture {
                    inner: self.handler.call(request, state),
                    pending,
                }
            }
        }
    };
}

#[cfg(feature = "axum")]
on_handler!(axum);
#[cfg(feature = "axum07")]
on_handler!(axum07);
