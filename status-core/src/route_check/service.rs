//! The services the layers wrap routes in, and a handler under its contract ([`OnHandler`]).

use std::fmt;
use std::string::String;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::vec::Vec;

use http::{Request, Response};
use tower_service::Service;

use super::future::{HandlerFuture, ResponseFuture};
use super::mode::Mode;
use super::settings::{lock, Settings};
use super::verdict::{Judge, Pending, RouteSlot, SlotState};
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

/// What a route's contract does as the request goes in. Under a ContractCheckLayer, or under
/// another route contract, the route only says which contract is its own: the outermost check
/// judges the final response. Layers are called outside in, so the last contract written is
/// the innermost, the handler's own. With no check outside, the route judges its response
/// itself: the returned `Pending`.
pub(super) fn enter_route<B>(
    responses: &'static Responses,
    request: &mut Request<B>,
) -> Option<Pending> {
    if let Some(slot) = request.extensions().get::<RouteSlot>() {
        lock(&slot.0).contract = Some(responses);
        return None;
    }
    let slot = Arc::new(Mutex::new(SlotState {
        contract: Some(responses),
        middleware: Vec::new(),
    }));
    request.extensions_mut().insert(RouteSlot(slot.clone()));
    Some(Pending::new(request, Judge::Alone { slot }))
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
        if let Some(slot) = request.extensions().get::<RouteSlot>() {
            lock(&slot.0)
                .middleware
                .extend(self.statuses.iter().copied());
        }
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
        // Route layers inside fill the slot; under Off they find it too, and stay quiet.
        let slot = Arc::new(Mutex::new(SlotState::default()));
        request.extensions_mut().insert(RouteSlot(slot.clone()));
        let pending = match self.settings.mode {
            Mode::Off => None,
            _ => Some(Pending::new(
                &request,
                Judge::Router {
                    slot,
                    settings: self.settings.clone(),
                },
            )),
        };
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
