//! The layers: what a router or a route is given. Each wraps what it is given in the service
//! of the same name without `Layer` ([`service`](super::service)).

use std::collections::BTreeMap;
use std::fmt;
use std::format;
use std::string::ToString;
use std::sync::{Arc, Mutex};
use std::vec::Vec;

#[cfg(any(feature = "axum", feature = "axum07"))]
use tower_layer::Layer;

use super::coverage::{Coverage, Record, RouteCoverage};
use super::mode::Mode;
use super::report::Violation;
#[cfg(any(feature = "axum", feature = "axum07"))]
use super::service::{ContractCheck, MiddlewareStatuses, RouteContract};
use super::settings::{lock, route_key, Settings};
use crate::{Responses, Status};

/// The layer [`Responses::layer`] makes: it tells the router's [`ContractCheckLayer`] which
/// contract the route has, or, where there is none, checks the route's responses itself with
/// [`Mode::for_build`](super::Mode::for_build).
#[derive(Debug, Clone, Copy)]
pub struct RouteContractLayer {
    pub(super) responses: &'static Responses,
}

#[cfg(any(feature = "axum", feature = "axum07"))]
impl<S> Layer<S> for RouteContractLayer {
    type Service = RouteContract<S>;

    fn layer(&self, inner: S) -> RouteContract<S> {
        RouteContract {
            inner,
            responses: self.responses,
        }
    }
}

/// Statuses that a group of routes' middleware may answer with (an authentication layer's 401,
/// say), added to their contracts. Layer it on the group's router, beside that middleware; it
/// needs a [`ContractCheckLayer`] outside it.
#[derive(Debug, Clone)]
pub struct MiddlewareStatusesLayer {
    pub(super) statuses: Arc<[Status]>,
}

impl MiddlewareStatusesLayer {
    /// The statuses the group's middleware adds.
    pub fn new(statuses: impl IntoIterator<Item = Status>) -> MiddlewareStatusesLayer {
        MiddlewareStatusesLayer {
            statuses: statuses.into_iter().collect(),
        }
    }
}

#[cfg(any(feature = "axum", feature = "axum07"))]
impl<S> Layer<S> for MiddlewareStatusesLayer {
    type Service = MiddlewareStatuses<S>;

    fn layer(&self, inner: S) -> MiddlewareStatuses<S> {
        MiddlewareStatuses {
            inner,
            statuses: self.statuses.clone(),
        }
    }
}

/// The router-wide check, layered last so that it sees the response the client receives: it
/// holds every response to the contract of the route's handler, plus what the router's
/// middleware may answer with, and does what its [`Mode`] says with a response outside them.
///
/// Cloning it shares its record: keep a clone to read [`violations`](Self::violations) and
/// [`coverage`](Self::coverage) after the requests.
#[derive(Clone)]
pub struct ContractCheckLayer {
    pub(super) settings: Arc<Settings>,
}

impl Default for ContractCheckLayer {
    fn default() -> ContractCheckLayer {
        ContractCheckLayer::new()
    }
}

impl fmt::Debug for ContractCheckLayer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContractCheckLayer")
            .field("mode", &self.settings.mode)
            .field("middleware", &self.settings.middleware)
            .field(
                "routes_without_contract",
                &self.settings.routes_without_contract,
            )
            .finish_non_exhaustive()
    }
}

impl ContractCheckLayer {
    /// A check in [`Mode::for_build`](super::Mode::for_build), with no middleware statuses, that requires every route
    /// it sees to have a contract.
    pub fn new() -> ContractCheckLayer {
        ContractCheckLayer {
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
    pub fn mode(self, mode: Mode) -> ContractCheckLayer {
        self.change(|settings| settings.mode = mode)
    }

    /// Statuses the router's middleware may answer any route with: a timeout layer's 408, a
    /// body limit's 413, a panic catcher's 500. Adds to those given before.
    pub fn middleware(self, statuses: impl IntoIterator<Item = Status>) -> ContractCheckLayer {
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
    /// let check = ContractCheckLayer::new().routes(CONTRACTS.route_contracts(&api));
    /// let app = router.layer(check);
    /// ```
    pub fn routes<M, R>(
        self,
        routes: impl IntoIterator<Item = (M, R, Responses)>,
    ) -> ContractCheckLayer
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
    pub fn allow_routes_without_contract(self) -> ContractCheckLayer {
        self.change(|settings| settings.routes_without_contract = true)
    }

    /// Called with each violation, in every mode but [`Mode::Off`], after it is logged: for a
    /// metrics counter, say.
    pub fn on_violation(
        self,
        hook: impl Fn(&Violation) + Send + Sync + 'static,
    ) -> ContractCheckLayer {
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
    fn change(self, edit: impl FnOnce(&mut Settings)) -> ContractCheckLayer {
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
        ContractCheckLayer {
            settings: Arc::new(settings),
        }
    }
}

#[cfg(any(feature = "axum", feature = "axum07"))]
impl<S> Layer<S> for ContractCheckLayer {
    type Service = ContractCheck<S>;

    fn layer(&self, inner: S) -> ContractCheck<S> {
        ContractCheck {
            inner,
            settings: self.settings.clone(),
        }
    }
}
