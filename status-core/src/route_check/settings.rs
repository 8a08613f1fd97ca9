//! What a [`ContractCheckLayer`](super::ContractCheckLayer) was told, shared by the services it
//! makes: the mode, the router's middleware statuses, the contracts by route, the hook, and the
//! record a test suite reads.

use std::borrow::ToOwned;
use std::collections::BTreeMap;
use std::format;
use std::string::String;
use std::sync::{Arc, Mutex, MutexGuard};
use std::vec::Vec;

use http::Method;

use super::coverage::{Record, RouteRecord, NO_ROUTE};
use super::mode::Mode;
use super::report::Violation;
use crate::{Responses, Status};

pub(super) struct Settings {
    pub(super) mode: Mode,
    pub(super) middleware: Vec<Status>,
    /// Contracts by route (as `route_key` writes it), then by method (uppercase).
    pub(super) routes: BTreeMap<String, Vec<(String, Responses)>>,
    pub(super) routes_without_contract: bool,
    pub(super) hook: Option<ViolationHook>,
    pub(super) record: Mutex<Record>,
}

pub(super) type ViolationHook = Arc<dyn Fn(&Violation) + Send + Sync>;

/// A route as the contracts by route are keyed: each parameter written `{name}`, whether the
/// route says `{name}`, `{*name}` (axum 0.8's wildcard), `:name` or `*name` (axum 0.7's).
pub(super) fn route_key(route: &str) -> String {
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

impl Settings {
    /// The contract given for `method` and `route` with [`ContractCheckLayer::routes`](super::ContractCheckLayer::routes); a HEAD
    /// request is the GET route's, as axum serves it.
    ///
    /// A request pays for no allocation when its route is written as the keys are (axum 0.8's
    /// `{id}`); only another spelling is rewritten first.
    pub(super) fn contract_for(&self, method: &Method, route: &str) -> Option<&Responses> {
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

    /// Counts `code` among the answers of the route, in [`Mode::Test`](super::Mode::Test). The entries stay
    /// bounded by the router's routes, whatever the clients send: a method the route has no
    /// contract for that the router refused (405) is not an entry, a method token outside
    /// HTTP's own is counted as `OTHER`, and a HEAD request, which axum answers with the GET
    /// handler, is counted with GET unless the route has a HEAD contract of its own.
    pub(super) fn record_answer(
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

/// Logs a violation as `mode` says and, under a check, records it and calls the hook.
pub(super) fn report(violation: &Violation, mode: Mode, settings: Option<&Settings>) {
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

/// A poisoned lock still holds a usable record: a panic elsewhere must not hide violations.
pub(super) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
