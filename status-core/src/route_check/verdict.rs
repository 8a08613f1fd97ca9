//! The verdict on one response: the contract that holds for the request's route, and whether
//! the response's status is one it allows.

use std::borrow::ToOwned;
use std::sync::{Arc, Mutex};
use std::vec::Vec;

use http::Method;
#[cfg(any(feature = "axum", feature = "axum07"))]
use http::Request;

use super::mode::Mode;
use super::report::Violation;
use super::settings::{lock, report, Settings};
use crate::framework::MatchedRoute;
use crate::{Responses, Status};

/// Where the route layers under a [`ContractCheckLayer`](super::ContractCheckLayer) leave their contract and middleware
/// statuses for it, one per request.
#[derive(Clone)]
pub(super) struct RouteSlot(pub(super) Arc<Mutex<SlotState>>);

impl RouteSlot {
    /// The slot a check puts on each request as it goes in, and the judgement it keeps for the
    /// response; under [`Mode::Off`] the route layers inside still find the slot, and nothing
    /// is judged.
    pub(super) fn for_check(settings: &Arc<Settings>) -> (RouteSlot, Option<Judge>) {
        let slot = Arc::new(Mutex::new(SlotState::default()));
        let judge = (settings.mode != Mode::Off).then(|| Judge::Router {
            slot: slot.clone(),
            settings: settings.clone(),
        });
        (RouteSlot(slot), judge)
    }

    /// What a route's contract does as the request goes in. Under a check, or under another
    /// route contract, it only tells the slot already there (`existing`) which contract is its
    /// own: the outermost check judges the final response, and since layers are called outside
    /// in, the last contract told is the innermost, the handler's own. With no slot there, the
    /// route judges its response itself: the slot to put on the request, and the judgement.
    pub(super) fn enter_route(
        existing: Option<&RouteSlot>,
        responses: &'static Responses,
    ) -> Option<(RouteSlot, Judge)> {
        if let Some(slot) = existing {
            lock(&slot.0).contract = Some(responses);
            return None;
        }
        let slot = Arc::new(Mutex::new(SlotState {
            contract: Some(responses),
            middleware: Vec::new(),
        }));
        Some((RouteSlot(slot.clone()), Judge::Alone { slot }))
    }

    /// Adds what a group's middleware may answer with to the slot a check left, if any.
    pub(super) fn add_middleware(existing: Option<&RouteSlot>, statuses: &[Status]) {
        if let Some(slot) = existing {
            lock(&slot.0).middleware.extend(statuses.iter().copied());
        }
    }
}

/// The contract is a reference to the route's constant, so the slot and the futures that
/// carry it stay small.
#[derive(Default)]
pub(super) struct SlotState {
    pub(super) contract: Option<&'static Responses>,
    pub(super) middleware: Vec<Status>,
}

/// What a check keeps of the request, to judge its response: cheap to take (the method and
/// URI are reference-counted or inline), formatted only for a violation.
pub(super) struct Pending {
    pub(super) method: Method,
    pub(super) uri: RequestUri,
    pub(super) route: Option<MatchedRoute>,
    pub(super) judge: Judge,
}

/// The request's URI as its framework holds it: http 1's, or actix-web's (http 0.2), kept as it
/// is so taking it costs a reference count, not a parse.
pub(super) enum RequestUri {
    #[cfg(any(feature = "axum", feature = "axum07"))]
    Http(http::Uri),
    #[cfg(feature = "actix")]
    Actix(actix_web::http::Uri),
}

impl RequestUri {
    fn path(&self) -> &str {
        match self {
            #[cfg(any(feature = "axum", feature = "axum07"))]
            RequestUri::Http(uri) => uri.path(),
            #[cfg(feature = "actix")]
            RequestUri::Actix(uri) => uri.path(),
        }
    }
}

pub(super) enum Judge {
    /// A route layer with no [`ContractCheckLayer`](super::ContractCheckLayer) outside it, with the slot the route layers
    /// inside it fill.
    Alone { slot: Arc<Mutex<SlotState>> },
    /// A [`ContractCheckLayer`](super::ContractCheckLayer), with the slot its route layers fill.
    Router {
        slot: Arc<Mutex<SlotState>>,
        settings: Arc<Settings>,
    },
}

impl Judge {
    /// The slot the route layers fill, and the check's settings when there is a check.
    fn parts(&self) -> (&Mutex<SlotState>, Option<&Settings>) {
        match self {
            Judge::Alone { slot } => (slot, None),
            Judge::Router { slot, settings } => (slot, Some(settings)),
        }
    }
}

impl Pending {
    #[cfg(any(feature = "axum", feature = "axum07"))]
    pub(super) fn new<B>(request: &Request<B>, judge: Judge) -> Pending {
        Pending {
            method: request.method().clone(),
            uri: RequestUri::Http(request.uri().clone()),
            route: MatchedRoute::of(request),
            judge,
        }
    }

    /// True when the response passes on its route's own contract and nothing is to be recorded
    /// of it: most responses, judged without the route it matched, which actix-web makes
    /// (`match_pattern`) only by building a string.
    #[cfg(feature = "actix")]
    pub(super) fn passes_on_contract(&self, code: u16) -> bool {
        let (slot, settings) = self.judge.parts();
        settings.is_none_or(|settings| settings.mode != Mode::Test)
            && lock(slot)
                .contract
                .is_some_and(|contract| contract.contains(code))
    }

    /// Judges a response's status for any framework: records it in [`Mode::Test`], reports a
    /// violation as the mode says, and returns the violation when the mode answers 500 in the
    /// response's place.
    pub(super) fn verdict(self, code: u16) -> Option<Violation> {
        let (slot, settings) = self.judge.parts();
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
            None if code == 404
                && self
                    .route
                    .as_ref()
                    .is_none_or(MatchedRoute::may_be_unrouted) =>
            {
                true
            }
            None => settings.is_some_and(|settings| settings.routes_without_contract),
        };
        if allowed {
            return None;
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
            Mode::Respond | Mode::Test => Some(violation),
            Mode::Warn | Mode::Off => None,
        }
    }
}

pub(super) fn has_code(statuses: &[Status], code: u16) -> bool {
    statuses.iter().any(|status| status.code() == code)
}
