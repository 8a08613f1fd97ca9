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
//! declared and implied statuses. A [`ContractCheck`] added last to the router (so that it is
//! the outermost layer) sees the response the client receives, after every other layer, and
//! adds what the router's middleware may answer with:
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! # use axum::{routing::post, Json, Router};
//! # use status_core::{Responses, Status};
//! use status_core::route_check::ContractCheck;
//! # async fn create_user() -> Json<()> { Json(()) }
//! # const CREATE_USER_RESPONSES: Responses = Responses::new("create_user", &[Status::CREATED], &[]);
//!
//! let app: Router = Router::new()
//!     .route("/users", post(CREATE_USER_RESPONSES.on(create_user)))
//!     // .layer(TimeoutLayer::new(..)) and the like go here
//!     .layer(ContractCheck::new().middleware([Status::REQUEST_TIMEOUT]));
//! # }
//! ```
//!
//! A response passes when its status is declared by the route's handler, implied by the
//! request (its extractors' rejections), or declared for middleware, with
//! [`ContractCheck::middleware`] for the router or a [`MiddlewareStatuses`] layer for a group
//! of routes. The router's own answers always pass: 404 when no route matched, and 405 for a
//! method the route does not serve. A route with no contract fails on any other status unless
//! the check [allows routes without one](ContractCheck::allow_routes_without_contract); so do
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
//! [`ContractCheck::assert_no_violations`] and [`ContractCheck::coverage`].

use std::borrow::ToOwned;
use std::collections::BTreeMap;
use std::fmt;
use std::format;
use std::future::Future;
use std::pin::Pin;
use std::string::{String, ToString};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::vec::Vec;

use http::header::{HeaderValue, CONTENT_TYPE};
use http::{Method, Request, Response, StatusCode, Uri};
use tower_layer::Layer;
use tower_service::Service;

use crate::responses::{write_list, CodeWithReason};
use crate::{Responses, Status};

impl Responses {
    /// The handler under this contract, for the router:
    /// `post(CREATE_USER_RESPONSES.on(create_user))`. See the
    /// [`route_check`](crate::route_check) module.
    pub const fn on<H>(&'static self, handler: H) -> OnHandler<H> {
        OnHandler {
            handler,
            responses: self,
        }
    }

    /// The route check for this contract as a tower layer: for the handler, with axum's
    /// `Handler::layer` (`post(create_user.layer(CREATE_USER_RESPONSES.layer()))`), or for the
    /// method's route, one `route` per method
    /// (`post(create_user).layer(CREATE_USER_RESPONSES.layer())`). [`Responses::on`] checks
    /// the same and costs less to compile. See the [`route_check`](crate::route_check) module.
    pub const fn layer(&'static self) -> RouteContract {
        RouteContract { responses: self }
    }
}

/// What the route check does with a response outside the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Answer 500 instead, with a plain-text body that names the handler, the status it
    /// produced and the contract, and log the same at error level. The default in debug
    /// builds.
    Respond,
    /// As [`Mode::Respond`], and record the violation and every status each route answers, for
    /// [`ContractCheck::assert_no_violations`] and [`ContractCheck::coverage`]. For test suites.
    Test,
    /// Let the response through unchanged and log a warning. The default in release builds.
    Warn,
    /// Check nothing.
    Off,
}

impl Mode {
    /// [`Mode::Respond`] in a debug build, [`Mode::Warn`] in a release build.
    pub const fn for_build() -> Mode {
        if cfg!(debug_assertions) {
            Mode::Respond
        } else {
            Mode::Warn
        }
    }
}

impl Default for Mode {
    fn default() -> Mode {
        Mode::for_build()
    }
}

/// The layer [`Responses::layer`] makes: it tells the router's [`ContractCheck`] which
/// contract the route has, or, where there is none, checks the route's responses itself with
/// [`Mode::for_build`].
#[derive(Debug, Clone, Copy)]
pub struct RouteContract {
    responses: &'static Responses,
}

impl<S> Layer<S> for RouteContract {
    type Service = RouteContractService<S>;

    fn layer(&self, inner: S) -> RouteContractService<S> {
        RouteContractService {
            inner,
            responses: self.responses,
        }
    }
}

/// The service [`RouteContract`] wraps a handler or route in.
#[derive(Debug, Clone)]
pub struct RouteContractService<S> {
    inner: S,
    responses: &'static Responses,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for RouteContractService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: From<String>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Checked<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<ReqBody>) -> Checked<S::Future> {
        let pending = enter_route(self.responses, &mut request);
        Checked {
            inner: self.inner.call(request),
            pending,
        }
    }
}

/// What a route's contract does as the request goes in. Under a ContractCheck, or under
/// another route contract, the route only says which contract is its own: the outermost check
/// judges the final response. Layers are called outside in, so the last contract written is
/// the innermost, the handler's own. With no check outside, the route judges its response
/// itself: the returned `Pending`.
fn enter_route<B>(responses: &'static Responses, request: &mut Request<B>) -> Option<Pending> {
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

/// A handler under its contract, made by [`Responses::on`]: checked as [`Responses::layer`]
/// checks it, but an axum handler itself rather than axum's `Layered` handler around a tower
/// layer, whose bounds the compiler proves again for every route.
#[derive(Debug, Clone, Copy)]
pub struct OnHandler<H> {
    handler: H,
    responses: &'static Responses,
}

pin_project_lite::pin_project! {
    /// The response future of a handler under its contract.
    pub struct CheckedHandler<F> {
        #[pin]
        inner: F,
        pending: Option<Pending>,
    }
}

impl<F, ResBody> Future for CheckedHandler<F>
where
    F: Future<Output = Response<ResBody>>,
    ResBody: From<String>,
{
    type Output = Response<ResBody>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = match this.inner.poll(cx) {
            Poll::Ready(response) => response,
            Poll::Pending => return Poll::Pending,
        };
        Poll::Ready(match this.pending.take() {
            Some(pending) => pending.judge(response),
            None => response,
        })
    }
}

/// `Handler` for [`OnHandler`], for one axum version.
macro_rules! on_handler {
    ($axum:ident) => {
        impl<H, T, S> $axum::handler::Handler<T, S> for OnHandler<H>
        where
            H: $axum::handler::Handler<T, S>,
        {
            type Future = CheckedHandler<H::Future>;

            fn call(self, mut request: $axum::extract::Request, state: S) -> Self::Future {
                let pending = enter_route(self.responses, &mut request);
                CheckedHandler {
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

/// Statuses that a group of routes' middleware may answer with (an authentication layer's 401,
/// say), added to their contracts. Layer it on the group's router, beside that middleware; it
/// needs a [`ContractCheck`] outside it.
#[derive(Debug, Clone)]
pub struct MiddlewareStatuses {
    statuses: Arc<[Status]>,
}

impl MiddlewareStatuses {
    /// The statuses the group's middleware adds.
    pub fn new(statuses: impl IntoIterator<Item = Status>) -> MiddlewareStatuses {
        MiddlewareStatuses {
            statuses: statuses.into_iter().collect(),
        }
    }
}

impl<S> Layer<S> for MiddlewareStatuses {
    type Service = MiddlewareStatusesService<S>;

    fn layer(&self, inner: S) -> MiddlewareStatusesService<S> {
        MiddlewareStatusesService {
            inner,
            statuses: self.statuses.clone(),
        }
    }
}

/// The service [`MiddlewareStatuses`] wraps a group's routes in.
#[derive(Debug, Clone)]
pub struct MiddlewareStatusesService<S> {
    inner: S,
    statuses: Arc<[Status]>,
}

impl<S, ReqBody> Service<Request<ReqBody>> for MiddlewareStatusesService<S>
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

/// The router-wide check, layered last so that it sees the response the client receives: it
/// holds every response to the contract of the route's handler, plus what the router's
/// middleware may answer with, and does what its [`Mode`] says with a response outside them.
///
/// Cloning it shares its record: keep a clone to read [`violations`](Self::violations) and
/// [`coverage`](Self::coverage) after the requests.
#[derive(Clone)]
pub struct ContractCheck {
    settings: Arc<Settings>,
}

struct Settings {
    mode: Mode,
    middleware: Vec<Status>,
    /// Contracts by route (as `route_key` writes it), then by method (uppercase).
    routes: BTreeMap<String, Vec<(String, Responses)>>,
    routes_without_contract: bool,
    hook: Option<ViolationHook>,
    record: Mutex<Record>,
}

type ViolationHook = Arc<dyn Fn(&Violation) + Send + Sync>;

#[derive(Default)]
struct Record {
    violations: Vec<Violation>,
    routes: BTreeMap<(String, String), RouteRecord>,
}

struct RouteRecord {
    contract: Option<Responses>,
    seen: BTreeMap<u16, u64>,
}

impl Default for ContractCheck {
    fn default() -> ContractCheck {
        ContractCheck::new()
    }
}

impl fmt::Debug for ContractCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContractCheck")
            .field("mode", &self.settings.mode)
            .field("middleware", &self.settings.middleware)
            .field(
                "routes_without_contract",
                &self.settings.routes_without_contract,
            )
            .finish_non_exhaustive()
    }
}

impl ContractCheck {
    /// A check in [`Mode::for_build`], with no middleware statuses, that requires every route
    /// it sees to have a contract.
    pub fn new() -> ContractCheck {
        ContractCheck {
            settings: Arc::new(Settings {
                mode: Mode::for_build(),
                middleware: Vec::new(),
                routes: BTreeMap::new(),
                routes_without_contract: false,
                hook: None,
                record: Mutex::new(Record::default()),
            }),
        }
    }

    /// What a violation does.
    pub fn mode(self, mode: Mode) -> ContractCheck {
        self.change(|settings| settings.mode = mode)
    }

    /// Statuses the router's middleware may answer any route with: a timeout layer's 408, a
    /// body limit's 413, a panic catcher's 500. Adds to those given before.
    pub fn middleware(self, statuses: impl IntoIterator<Item = Status>) -> ContractCheck {
        self.change(|settings| settings.middleware.extend(statuses))
    }

    /// Contracts by method and route, for routes that carry no contract layer: a router built
    /// with utoipa-axum's `routes!()` and `OpenApiRouter`, whose handlers share one method
    /// router, or a route given by a closure. Each is `(method, route, contract)`, the method
    /// in any case (`"post"`), the route as the router or the OpenAPI document writes it
    /// (`/users/{id}`; axum 0.7's `/users/:id` is the same route). A contract layer on the
    /// route itself wins over these. `DocumentCheck::route_contracts` (feature `utoipa`) reads
    /// them off the OpenAPI document:
    ///
    /// ```ignore
    /// let (router, api) = OpenApiRouter::new()
    ///     .routes(routes!(list_users, create_user))
    ///     .routes(routes!(get_user))
    ///     .split_for_parts();
    /// let check = ContractCheck::new().routes(CONTRACTS.route_contracts(&api));
    /// let app = router.layer(check);
    /// ```
    pub fn routes<M, R>(self, routes: impl IntoIterator<Item = (M, R, Responses)>) -> ContractCheck
    where
        M: AsRef<str>,
        R: AsRef<str>,
    {
        self.change(|settings| {
            for (method, route, contract) in routes {
                let method = method.as_ref().to_ascii_uppercase();
                let methods = settings
                    .routes
                    .entry(route_key(route.as_ref()))
                    .or_default();
                methods.retain(|(known, _)| *known != method);
                methods.push((method, contract));
            }
        })
    }

    /// Let routes without a contract answer with anything, rather than only with the
    /// middleware statuses; for a router that is given contracts a route at a time. They are
    /// still listed by [`coverage`](Self::coverage).
    pub fn allow_routes_without_contract(self) -> ContractCheck {
        self.change(|settings| settings.routes_without_contract = true)
    }

    /// Called with each violation, in every mode but [`Mode::Off`], after it is logged: for a
    /// metrics counter, say.
    pub fn on_violation(self, hook: impl Fn(&Violation) + Send + Sync + 'static) -> ContractCheck {
        self.change(|settings| settings.hook = Some(Arc::new(hook)))
    }

    /// The violations recorded so far ([`Mode::Test`] only).
    pub fn violations(&self) -> Vec<Violation> {
        lock(&self.settings.record).violations.clone()
    }

    /// Panics, listing them all, if any violation was recorded ([`Mode::Test`] only): the end
    /// of a test suite that doubles as a contract suite.
    #[track_caller]
    pub fn assert_no_violations(&self) {
        let violations = self.violations();
        if violations.is_empty() {
            return;
        }
        let mut message = format!(
            "{} response{} broke a route's contract:",
            violations.len(),
            if violations.len() == 1 { "" } else { "s" }
        );
        for violation in &violations {
            message.push_str("\n\n");
            message.push_str(&violation.to_string());
        }
        panic!("{message}");
    }

    /// Which statuses each route answered with, against what its contract declares
    /// ([`Mode::Test`] only; empty otherwise).
    pub fn coverage(&self) -> Coverage {
        let record = lock(&self.settings.record);
        let routes = record
            .routes
            .iter()
            .map(|((method, route), seen)| RouteCoverage {
                method: method.clone(),
                route: route.clone(),
                contract: seen.contract,
                seen: seen
                    .seen
                    .iter()
                    .map(|(code, count)| (*code, *count))
                    .collect(),
            })
            .collect();
        Coverage { routes }
    }

    /// Changes the settings before the check is shared; a check already cloned into a router
    /// is left as it is, and the changed one has a record of its own.
    fn change(self, edit: impl FnOnce(&mut Settings)) -> ContractCheck {
        let mut settings = match Arc::try_unwrap(self.settings) {
            Ok(settings) => settings,
            Err(shared) => Settings {
                mode: shared.mode,
                middleware: shared.middleware.clone(),
                routes: shared.routes.clone(),
                routes_without_contract: shared.routes_without_contract,
                hook: shared.hook.clone(),
                record: Mutex::new(Record::default()),
            },
        };
        edit(&mut settings);
        ContractCheck {
            settings: Arc::new(settings),
        }
    }
}

impl<S> Layer<S> for ContractCheck {
    type Service = ContractCheckService<S>;

    fn layer(&self, inner: S) -> ContractCheckService<S> {
        ContractCheckService {
            inner,
            settings: self.settings.clone(),
        }
    }
}

/// The service [`ContractCheck`] wraps each route in.
#[derive(Clone)]
pub struct ContractCheckService<S> {
    inner: S,
    settings: Arc<Settings>,
}

impl<S: fmt::Debug> fmt::Debug for ContractCheckService<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContractCheckService")
            .field("inner", &self.inner)
            .field("mode", &self.settings.mode)
            .finish_non_exhaustive()
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for ContractCheckService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: From<String>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Checked<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<ReqBody>) -> Checked<S::Future> {
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
        Checked {
            inner: self.inner.call(request),
            pending,
        }
    }
}

/// Where the route layers under a [`ContractCheck`] leave their contract and middleware
/// statuses for it, one per request.
#[derive(Clone)]
struct RouteSlot(Arc<Mutex<SlotState>>);

/// The contract is a reference to the route's constant, so the slot and the futures that
/// carry it stay small.
#[derive(Default)]
struct SlotState {
    contract: Option<&'static Responses>,
    middleware: Vec<Status>,
}

pin_project_lite::pin_project! {
    /// The response future of the route check's services.
    pub struct Checked<F> {
        #[pin]
        inner: F,
        pending: Option<Pending>,
    }
}

impl<F, ResBody, E> Future for Checked<F>
where
    F: Future<Output = Result<Response<ResBody>, E>>,
    ResBody: From<String>,
{
    type Output = Result<Response<ResBody>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = match this.inner.poll(cx) {
            Poll::Ready(Ok(response)) => response,
            other => return other,
        };
        Poll::Ready(Ok(match this.pending.take() {
            Some(pending) => pending.judge(response),
            None => response,
        }))
    }
}

/// What a check keeps of the request, to judge its response: cheap to take (the method and
/// URI are reference-counted or inline), formatted only for a violation.
struct Pending {
    method: Method,
    uri: Uri,
    route: Option<MatchedRoute>,
    judge: Judge,
}

/// The route the router matched, as axum wrote it in the request (the route template): a
/// reference count to take, not a copy.
#[derive(Clone)]
enum MatchedRoute {
    #[cfg(feature = "axum")]
    Axum08(axum::extract::MatchedPath),
    #[cfg(feature = "axum07")]
    Axum07(axum07::extract::MatchedPath),
}

impl MatchedRoute {
    fn of<B>(request: &Request<B>) -> Option<MatchedRoute> {
        #[cfg(feature = "axum")]
        if let Some(path) = request.extensions().get::<axum::extract::MatchedPath>() {
            return Some(MatchedRoute::Axum08(path.clone()));
        }
        #[cfg(feature = "axum07")]
        if let Some(path) = request.extensions().get::<axum07::extract::MatchedPath>() {
            return Some(MatchedRoute::Axum07(path.clone()));
        }
        None
    }

    fn as_str(&self) -> &str {
        match self {
            #[cfg(feature = "axum")]
            MatchedRoute::Axum08(path) => path.as_str(),
            #[cfg(feature = "axum07")]
            MatchedRoute::Axum07(path) => path.as_str(),
        }
    }
}

enum Judge {
    /// A route layer with no [`ContractCheck`] outside it, with the slot the route layers
    /// inside it fill.
    Alone { slot: Arc<Mutex<SlotState>> },
    /// A [`ContractCheck`], with the slot its route layers fill.
    Router {
        slot: Arc<Mutex<SlotState>>,
        settings: Arc<Settings>,
    },
}

impl Pending {
    fn new<B>(request: &Request<B>, judge: Judge) -> Pending {
        Pending {
            method: request.method().clone(),
            uri: request.uri().clone(),
            route: MatchedRoute::of(request),
            judge,
        }
    }

    fn judge<B: From<String>>(self, response: Response<B>) -> Response<B> {
        let code = response.status().as_u16();
        let (slot, settings) = match &self.judge {
            Judge::Alone { slot } => (&**slot, None),
            Judge::Router { slot, settings } => (&**slot, Some(&**settings)),
        };
        let state = lock(slot);
        let contract: Option<&Responses> = state.contract.or_else(|| {
            let settings = settings.filter(|settings| !settings.routes.is_empty())?;
            settings.contract_for(&self.method, self.route.as_ref()?.as_str())
        });
        let mode = settings.map_or(Mode::for_build(), |settings| settings.mode);
        if mode == Mode::Test {
            if let Some(settings) = settings {
                let route = self.route.as_ref().map(MatchedRoute::as_str);
                settings.record_answer(&self.method, route, contract.copied(), code);
            }
        }
        // Cheapest first: most responses are declared or implied.
        let router_middleware = settings.map_or(&[][..], |settings| &settings.middleware[..]);
        let allowed = match contract {
            // The method router's own answer to a method the route does not serve. It passes
            // through the layers of the route's other methods (axum adds `Allow` only outside
            // them), so it cannot be told from a handler's 405 and is never held against one.
            _ if code == 405 => true,
            Some(contract) if contract.contains(code) => true,
            _ if has_code(router_middleware, code) => true,
            _ if has_code(&state.middleware, code) => true,
            Some(_) => false,
            // No route matched, and the router's own fallback said so. A fallback of the
            // app's, a nested service and a route service are held like any route without a
            // contract.
            None if self.route.is_none() && code == 404 => true,
            None => settings.is_some_and(|settings| settings.routes_without_contract),
        };
        if allowed {
            return response;
        }
        let mut middleware = router_middleware.to_vec();
        middleware.extend(state.middleware.iter().copied());
        if let Some(contract) = contract {
            middleware.extend(contract.middleware());
        }
        middleware.sort_unstable();
        middleware.dedup();
        // The report runs the app's hook: the slot is let go first.
        let contract = contract.copied();
        drop(state);
        let violation = Violation {
            method: self.method,
            path: self.uri.path().to_owned(),
            route: self.route.map(|route| route.as_str().to_owned()),
            status: code,
            contract,
            middleware,
        };
        report(&violation, mode, settings);
        match mode {
            Mode::Respond | Mode::Test => violation_response(&violation),
            Mode::Warn | Mode::Off => response,
        }
    }
}

fn has_code(statuses: &[Status], code: u16) -> bool {
    statuses.iter().any(|status| status.code() == code)
}

/// A route as the contracts by route are keyed: each parameter written `{name}`, whether the
/// route says `{name}`, `{*name}` (axum 0.8's wildcard), `:name` or `*name` (axum 0.7's).
fn route_key(route: &str) -> String {
    route
        .split('/')
        .map(|segment| {
            if let Some(name) = segment
                .strip_prefix(':')
                .or_else(|| segment.strip_prefix('*'))
            {
                format!("{{{name}}}")
            } else if let Some(name) = segment.strip_prefix("{*") {
                format!("{{{name}")
            } else {
                segment.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The key of the answers of requests that matched no route ([`RouteCoverage::route`]): the
/// router's own 404s, and what a fallback or a nested service of the app answered.
pub const NO_ROUTE: &str = "(no route)";

impl Settings {
    /// The contract given for `method` and `route` with [`ContractCheck::routes`]; a HEAD
    /// request is the GET route's, as axum serves it.
    ///
    /// A request pays for no allocation when its route is written as the keys are (axum 0.8's
    /// `{id}`); only another spelling is rewritten first.
    fn contract_for(&self, method: &Method, route: &str) -> Option<&Responses> {
        let methods = match self.routes.get(route) {
            Some(methods) => methods,
            None => self.routes.get(&route_key(route))?,
        };
        let find = |wanted: &str| {
            methods
                .iter()
                .find(|(known, _)| known == wanted)
                .map(|(_, contract)| contract)
        };
        find(method.as_str()).or_else(|| (*method == Method::HEAD).then(|| find("GET")).flatten())
    }

    /// Counts `code` among the answers of the route, in [`Mode::Test`]. The entries stay
    /// bounded by the router's routes, whatever the clients send: a method the route has no
    /// contract for that the router refused (405) is not an entry, a method token outside
    /// HTTP's own is counted as `OTHER`, and a HEAD request, which axum answers with the GET
    /// handler, is counted with GET unless the route has a HEAD contract of its own.
    fn record_answer(
        &self,
        method: &Method,
        route: Option<&str>,
        contract: Option<Responses>,
        code: u16,
    ) {
        if contract.is_none() && code == 405 {
            return;
        }
        let route = route.unwrap_or(NO_ROUTE);
        let mut record = lock(&self.record);
        let method = match *method {
            Method::HEAD => {
                let get_contract = record
                    .routes
                    .get(&("GET".to_owned(), route.to_owned()))
                    .and_then(|get| get.contract);
                if contract.is_none() || get_contract.is_none() || get_contract == contract {
                    "GET"
                } else {
                    "HEAD"
                }
            }
            Method::GET => "GET",
            Method::POST => "POST",
            Method::PUT => "PUT",
            Method::DELETE => "DELETE",
            Method::PATCH => "PATCH",
            Method::OPTIONS => "OPTIONS",
            Method::CONNECT => "CONNECT",
            Method::TRACE => "TRACE",
            _ => "OTHER",
        };
        let key = (method.to_owned(), route.to_owned());
        let seen = record.routes.entry(key).or_insert(RouteRecord {
            contract,
            seen: BTreeMap::new(),
        });
        seen.contract = seen.contract.or(contract);
        *seen.seen.entry(code).or_insert(0) += 1;
    }
}

fn report(violation: &Violation, mode: Mode, settings: Option<&Settings>) {
    match mode {
        Mode::Respond | Mode::Test => tracing::error!(
            method = %violation.method,
            path = %violation.path,
            handler = violation.handler().unwrap_or("(none)"),
            status = violation.status,
            "status contract broken: {}",
            violation.summary()
        ),
        Mode::Warn => tracing::warn!(
            method = %violation.method,
            path = %violation.path,
            handler = violation.handler().unwrap_or("(none)"),
            status = violation.status,
            "status contract broken: {}",
            violation.summary()
        ),
        Mode::Off => return,
    }
    if let Some(settings) = settings {
        if mode == Mode::Test {
            lock(&settings.record).violations.push(violation.clone());
        }
        if let Some(hook) = &settings.hook {
            // A hook that panics must not cost the client its response.
            let called = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| hook(violation)));
            if called.is_err() {
                tracing::error!(
                    method = %violation.method,
                    path = %violation.path,
                    "the route check's on_violation hook panicked; the response is sent as the mode says"
                );
            }
        }
    }
}

/// The 500 a client receives in place of a response outside the contract.
fn violation_response<B: From<String>>(violation: &Violation) -> Response<B> {
    let mut response = Response::new(B::from(format!("{violation}\n")));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

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

struct Summary<'a>(&'a Violation);

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
                    "help: if `{}` means to send {}, add it to its #[responds(...)]; otherwise look for what sent it: a `?` through a From conversion, a helper, the error type's IntoResponse, an extractor, or a layer",
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
                    "help: if a layer sent {}, declare it for the layer's routes (ContractCheck::middleware, or a MiddlewareStatuses layer on their group); if the route has no contract, put its handler's on it: .layer(HANDLER_RESPONSES.layer())",
                    self.status
                )
            }
        }
    }
}

/// `  declared: 201 Created, 409 Conflict`, on a line of its own.
fn write_statuses(f: &mut fmt::Formatter<'_>, label: &str, statuses: &[Status]) -> fmt::Result {
    write!(f, "  {label}: ")?;
    if statuses.is_empty() {
        f.write_str("none")?;
    }
    write_list(f, statuses)?;
    f.write_str("\n")
}

/// Which statuses each route answered in [`Mode::Test`], against its contract.
#[derive(Debug, Clone)]
pub struct Coverage {
    routes: Vec<RouteCoverage>,
}

/// One route's answers in [`Mode::Test`].
#[derive(Debug, Clone)]
pub struct RouteCoverage {
    /// The method, `POST`.
    pub method: String,
    /// The route as written in the router, `/users/{id}`; [`NO_ROUTE`] for requests that
    /// matched none.
    pub route: String,
    /// The handler's contract, if the route has one.
    pub contract: Option<Responses>,
    /// Each status answered, ascending, with how many times.
    pub seen: Vec<(u16, u64)>,
}

impl RouteCoverage {
    /// True if the route answered with `code` at least once.
    pub fn saw(&self, code: u16) -> bool {
        self.seen.iter().any(|(seen, _)| *seen == code)
    }

    /// The declared statuses the route never answered with.
    pub fn unseen(&self) -> impl Iterator<Item = Status> + '_ {
        self.declared()
            .iter()
            .copied()
            .filter(|status| !self.saw(status.code()))
    }

    fn declared(&self) -> &'static [Status] {
        self.contract.map_or(&[], |contract| contract.statuses())
    }
}

impl Coverage {
    /// Every route that answered, and every route added with [`expect`](Self::expect), by
    /// route and method.
    pub fn routes(&self) -> &[RouteCoverage] {
        &self.routes
    }

    /// Adds a route that may not have been requested at all, so that its declared statuses
    /// count as unseen. `method` is written as in HTTP (`"POST"`); case does not matter.
    pub fn expect(&mut self, method: &str, route: &str, contract: Responses) -> &mut Coverage {
        let method = method.to_ascii_uppercase();
        match self
            .routes
            .iter_mut()
            .find(|known| known.method == method && known.route == route)
        {
            Some(known) => known.contract = Some(contract),
            None => {
                self.routes.push(RouteCoverage {
                    method,
                    route: route.to_owned(),
                    contract: Some(contract),
                    seen: Vec::new(),
                });
                self.routes
                    .sort_by(|a, b| (&a.route, &a.method).cmp(&(&b.route, &b.method)));
            }
        }
        self
    }

    /// How many declared statuses were answered, of how many declared.
    pub fn counts(&self) -> (usize, usize) {
        self.routes.iter().fold((0, 0), |(seen, declared), route| {
            let all = route.declared().len();
            (seen + all - route.unseen().count(), declared + all)
        })
    }

    /// The share of declared statuses answered, from 0.0 to 1.0 (1.0 when none is declared).
    pub fn ratio(&self) -> f64 {
        match self.counts() {
            (_, 0) => 1.0,
            (seen, declared) => seen as f64 / declared as f64,
        }
    }

    /// Panics with the report if fewer than `share` (0.0 to 1.0) of the declared statuses
    /// were answered, or if no request reached the check at all: a suite that forgot the
    /// layer, or its [`Mode::Test`], proves nothing.
    #[track_caller]
    pub fn assert_at_least(&self, share: f64) {
        if self.routes.iter().all(|route| route.seen.is_empty()) {
            panic!(
                "contract coverage: no request reached the check; is the ContractCheck layered on the router, in Mode::Test, and a clone of it asked?\n{self}"
            );
        }
        if self.ratio() < share {
            panic!(
                "contract coverage is below the {:.0}% asked for\n{self}",
                share * 100.0
            );
        }
    }
}

/// A report, one line per route:
///
/// ```text
/// contract coverage: 17 of 20 declared statuses seen (85%)
///   POST /users (create_user): 201, 422 seen; 409, 500 declared, never seen; also 400 implied by the request
/// ```
impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (seen, declared) = self.counts();
        write!(
            f,
            "contract coverage: {seen} of {declared} declared statuses seen ({:.0}%)",
            self.ratio() * 100.0
        )?;
        for route in &self.routes {
            write!(f, "\n  {} {}", route.method, route.route)?;
            let Some(contract) = route.contract else {
                write!(f, " (no contract): answered ")?;
                write_codes(f, route.seen.iter().map(|(code, _)| *code))?;
                continue;
            };
            write!(f, " ({}): ", contract.handler())?;
            let declared_seen = contract
                .statuses()
                .iter()
                .map(|status| status.code())
                .filter(|code| route.saw(*code));
            if route.seen.is_empty() {
                f.write_str("never requested")?;
            } else if declared_seen.clone().next().is_none() {
                f.write_str("no declared status seen")?;
            } else {
                write_codes(f, declared_seen)?;
                f.write_str(" seen")?;
            }
            let unseen: Vec<u16> = route.unseen().map(|status| status.code()).collect();
            if !unseen.is_empty() {
                f.write_str("; ")?;
                write_codes(f, unseen.iter().copied())?;
                f.write_str(" declared, never seen")?;
            }
            let (implied, others): (Vec<u16>, Vec<u16>) = route
                .seen
                .iter()
                .map(|(code, _)| *code)
                .filter(|code| !contract.declares(*code))
                .partition(|code| contract.contains(*code));
            if !implied.is_empty() {
                f.write_str("; also ")?;
                write_codes(f, implied.into_iter())?;
                f.write_str(" implied by the request")?;
            }
            if !others.is_empty() {
                f.write_str("; also ")?;
                write_codes(f, others.into_iter())?;
                f.write_str(" from middleware or outside the contract")?;
            }
        }
        Ok(())
    }
}

fn write_codes(f: &mut fmt::Formatter<'_>, codes: impl Iterator<Item = u16>) -> fmt::Result {
    for (position, code) in codes.enumerate() {
        if position > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{code}")?;
    }
    Ok(())
}

/// A poisoned lock still holds a usable record: a panic elsewhere must not hide violations.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
