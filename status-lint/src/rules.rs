//! The rules, their stable ids and default levels, and the judgement of one code against
//! status-core's table.

use status_core::{lookup, Entry, State, CODE_RANGE};

/// One kind of finding. Each has a stable id (`status::unused`) by which configuration and
/// inline comments select it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// A code the registry reserves and gives no meaning (306, 418).
    Unused,
    /// A code its defining document says not to send (305).
    Deprecated,
    /// A code whose only definition was moved to Historic (510).
    Obsoleted,
    /// A three-digit code in 100..=599 that the registry does not list.
    Unassigned,
    /// A number outside 100..=599.
    OutOfRange,
    /// A code a vendor sends on its own account (444, 499, 522).
    NonStandard,
    /// A listed code the current documents dropped (102).
    Discouraged,
    /// A provisional registration (104).
    Temporary,
    /// The same code twice in one list of responses.
    Duplicate,
    /// An OpenAPI response key that is neither a code, a range such as `4XX`, nor `default`.
    Malformed,
    /// An API operation that documents no successful answer (no 2xx or 3xx, no `default`).
    NoSuccess,
    /// An API operation that documents no client error (no 4xx, no `default`).
    NoClientError,
}

impl Rule {
    /// Every rule, in the order the documentation lists them.
    pub const ALL: [Rule; 12] = [
        Rule::Unused,
        Rule::Deprecated,
        Rule::Obsoleted,
        Rule::Unassigned,
        Rule::OutOfRange,
        Rule::NonStandard,
        Rule::Discouraged,
        Rule::Temporary,
        Rule::Duplicate,
        Rule::Malformed,
        Rule::NoSuccess,
        Rule::NoClientError,
    ];

    /// The stable id: `status::unused`.
    pub const fn id(self) -> &'static str {
        match self {
            Rule::Unused => "status::unused",
            Rule::Deprecated => "status::deprecated",
            Rule::Obsoleted => "status::obsoleted",
            Rule::Unassigned => "status::unassigned",
            Rule::OutOfRange => "status::out-of-range",
            Rule::NonStandard => "status::non-standard",
            Rule::Discouraged => "status::discouraged",
            Rule::Temporary => "status::temporary",
            Rule::Duplicate => "status::duplicate",
            Rule::Malformed => "status::malformed",
            Rule::NoSuccess => "status::no-success",
            Rule::NoClientError => "status::no-client-error",
        }
    }

    /// The rule with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.id() == id)
    }

    /// The level a rule has unless configured otherwise: the codes that may be sent without an
    /// opt-in in `status!` (102, 104) warn, and so do the rules about what an operation
    /// leaves undocumented, which are advice; everything else is an error.
    pub const fn default_level(self) -> Level {
        match self {
            Rule::Discouraged | Rule::Temporary | Rule::NoSuccess | Rule::NoClientError => {
                Level::Warning
            }
            _ => Level::Error,
        }
    }
}

/// How seriously a finding is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Not reported.
    Allow,
    /// Reported; the run still succeeds.
    Warning,
    /// Reported; the run exits with 1.
    Error,
}

impl Level {
    /// The word configuration files use: `allow`, `warn`, `error`.
    pub const fn name(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warning => "warn",
            Level::Error => "error",
        }
    }

    /// The level a configuration word names.
    pub fn from_name(name: &str) -> Option<Level> {
        match name {
            "allow" => Some(Level::Allow),
            "warn" | "warning" => Some(Level::Warning),
            "error" | "deny" => Some(Level::Error),
            _ => None,
        }
    }
}

/// What the table says about one written code, when it says something worth reporting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Outside 100..=599.
    OutOfRange(u32),
    /// In range, not in the table.
    Unassigned(u16),
    /// In the table in a state that is reported.
    Listed(Rule, &'static Entry),
}

impl Verdict {
    /// The rule this verdict breaks.
    pub fn rule(self) -> Rule {
        match self {
            Verdict::OutOfRange(_) => Rule::OutOfRange,
            Verdict::Unassigned(_) => Rule::Unassigned,
            Verdict::Listed(rule, _) => rule,
        }
    }

    /// The code as a number.
    pub fn code(self) -> u32 {
        match self {
            Verdict::OutOfRange(code) => code,
            Verdict::Unassigned(code) => u32::from(code),
            Verdict::Listed(_, entry) => u32::from(entry.code()),
        }
    }
}

/// Judges one code: `None` when it may be sent as it is (an assigned code).
pub fn judge(code: u64) -> Option<Verdict> {
    let Some(code) = u16::try_from(code)
        .ok()
        .filter(|code| CODE_RANGE.contains(code))
    else {
        return Some(Verdict::OutOfRange(u32::try_from(code).unwrap_or(u32::MAX)));
    };
    let Some(entry) = lookup(code) else {
        return Some(Verdict::Unassigned(code));
    };
    judge_entry(entry)
}

/// Judges a code the table lists.
pub fn judge_entry(entry: &'static Entry) -> Option<Verdict> {
    let rule = match entry.state() {
        State::Unused => Rule::Unused,
        State::Deprecated => Rule::Deprecated,
        State::Obsoleted { .. } => Rule::Obsoleted,
        State::NonStandard { .. } => Rule::NonStandard,
        State::Discouraged { .. } => Rule::Discouraged,
        State::Temporary { .. } => Rule::Temporary,
        _ => return None,
    };
    Some(Verdict::Listed(rule, entry))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for rule in Rule::ALL {
            assert_eq!(Rule::from_id(rule.id()), Some(rule));
        }
    }

    #[test]
    fn verdicts_follow_the_table() {
        assert_eq!(judge(200), None);
        assert_eq!(judge(306).map(Verdict::rule), Some(Rule::Unused));
        assert_eq!(judge(418).map(Verdict::rule), Some(Rule::Unused));
        assert_eq!(judge(305).map(Verdict::rule), Some(Rule::Deprecated));
        assert_eq!(judge(510).map(Verdict::rule), Some(Rule::Obsoleted));
        assert_eq!(judge(499).map(Verdict::rule), Some(Rule::NonStandard));
        assert_eq!(judge(102).map(Verdict::rule), Some(Rule::Discouraged));
        assert_eq!(judge(104).map(Verdict::rule), Some(Rule::Temporary));
        assert_eq!(judge(299), Some(Verdict::Unassigned(299)));
        assert_eq!(judge(600), Some(Verdict::OutOfRange(600)));
        assert_eq!(judge(99), Some(Verdict::OutOfRange(99)));
        assert_eq!(judge(u64::MAX), Some(Verdict::OutOfRange(u32::MAX)));
    }
}
