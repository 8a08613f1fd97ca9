//! Which statuses each route answered in [`Mode::Test`](super::Mode::Test), against its
//! contract: recorded as responses pass, read with
//! [`ContractCheckLayer::coverage`](super::ContractCheckLayer::coverage).

use std::borrow::ToOwned;
use std::collections::BTreeMap;
use std::fmt;
use std::string::String;
use std::vec::Vec;

use super::report::Violation;
use crate::{Responses, Status};

/// What the check records of the answers, in [`Mode::Test`](super::Mode::Test).
#[derive(Default)]
pub(super) struct Record {
    pub(super) violations: Vec<Violation>,
    pub(super) routes: BTreeMap<(String, String), RouteRecord>,
}

pub(super) struct RouteRecord {
    pub(super) contract: Option<Responses>,
    pub(super) seen: BTreeMap<u16, u64>,
}

/// The key of the answers of requests that matched no route ([`RouteCoverage::route`](super::RouteCoverage::route)): the
/// router's own 404s, and what a fallback or a nested service of the app answered.
pub const NO_ROUTE: &str = "(no route)";

/// Which statuses each route answered in [`Mode::Test`](super::Mode::Test), against its contract.
#[derive(Debug, Clone)]
pub struct Coverage {
    pub(super) routes: Vec<RouteCoverage>,
}

/// One route's answers in [`Mode::Test`](super::Mode::Test).
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
    /// layer, or its [`Mode::Test`](super::Mode::Test), proves nothing.
    #[track_caller]
    pub fn assert_at_least(&self, share: f64) {
        if self.routes.iter().all(|route| route.seen.is_empty()) {
            panic!(
                "contract coverage: no request reached the check; is the ContractCheckLayer layered on the router, in Mode::Test, and a clone of it asked?\n{self}"
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

pub(super) fn write_codes(
    f: &mut fmt::Formatter<'_>,
    codes: impl Iterator<Item = u16>,
) -> fmt::Result {
    for (position, code) in codes.enumerate() {
        if position > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{code}")?;
    }
    Ok(())
}
