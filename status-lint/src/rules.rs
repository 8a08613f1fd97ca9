//! The rules, their stable ids and default levels, and the judgement of one code against
//! status-table's rows on a given day.

use status_table::{entries, lookup, Date, Entry, State, CODE_RANGE};

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
    /// A provisional registration whose recorded expiry date has passed (104 after 2026-11-13).
    Expired,
    /// A number a standards proposal would give a meaning other than the one software sends it
    /// with today (419).
    Proposed,
    /// The same code twice in one list of responses.
    Duplicate,
    /// An OpenAPI response key that is neither a code, a range such as `4XX`, nor `default`.
    Malformed,
    /// An API operation that documents no successful answer (no 2xx or 3xx, no `default`).
    NoSuccess,
    /// An API operation that documents no client error (no 4xx, no `default`).
    NoClientError,
    /// A response documented with a body under a code that never carries one (1xx, 204, 304).
    BodyNotAllowed,
    /// An API operation that documents both 101 Switching Protocols and a 2xx.
    UpgradeWithSuccess,
    /// A reason phrase the registry has since replaced ("Payload Too Large" for 413).
    OutdatedPhrase,
}

impl Rule {
    /// Every rule, in the order the documentation lists them.
    pub const ALL: [Rule; 17] = [
        Rule::Unused,
        Rule::Deprecated,
        Rule::Obsoleted,
        Rule::Unassigned,
        Rule::OutOfRange,
        Rule::NonStandard,
        Rule::Discouraged,
        Rule::Temporary,
        Rule::Expired,
        Rule::Proposed,
        Rule::Duplicate,
        Rule::Malformed,
        Rule::NoSuccess,
        Rule::NoClientError,
        Rule::BodyNotAllowed,
        Rule::UpgradeWithSuccess,
        Rule::OutdatedPhrase,
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
            Rule::Expired => "status::expired",
            Rule::Proposed => "status::proposed",
            Rule::BodyNotAllowed => "status::body-not-allowed",
            Rule::UpgradeWithSuccess => "status::upgrade-with-success",
            Rule::OutdatedPhrase => "status::outdated-phrase",
        }
    }

    /// The rule with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.id() == id)
    }

    /// The level a rule has unless configured otherwise: the codes that may be sent without an
    /// opt-in in `status!` (102, 104, and 104 past its recorded expiry, which the registry may
    /// have renewed) warn, and so do the rules about what an operation leaves undocumented and
    /// about wording, which are advice. 101 beside a 2xx is off: an endpoint may rightly answer
    /// both (a WebSocket over HTTP/2 is accepted with 200, RFC 8441; one path may serve an
    /// upgrade and a plain request), so it is for APIs that know they have no such endpoint
    /// to turn on. Everything else is an error.
    pub const fn default_level(self) -> Level {
        match self {
            Rule::Discouraged
            | Rule::Temporary
            | Rule::Expired
            | Rule::NoSuccess
            | Rule::NoClientError
            | Rule::OutdatedPhrase => Level::Warning,
            Rule::UpgradeWithSuccess => Level::Allow,
            Rule::Unused
            | Rule::Deprecated
            | Rule::Obsoleted
            | Rule::Unassigned
            | Rule::OutOfRange
            | Rule::NonStandard
            | Rule::Proposed
            | Rule::Duplicate
            | Rule::Malformed
            | Rule::BodyNotAllowed => Level::Error,
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

/// Judges one code on the day `today`: `None` when it may be sent as it is (an assigned code).
pub fn judge(code: u64, today: Date) -> Option<Verdict> {
    let Some(code) = u16::try_from(code)
        .ok()
        .filter(|code| CODE_RANGE.contains(code))
    else {
        return Some(Verdict::OutOfRange(u32::try_from(code).unwrap_or(u32::MAX)));
    };
    let Some(entry) = lookup(code) else {
        return Some(Verdict::Unassigned(code));
    };
    judge_entry(entry, today)
}

/// Judges a code the table lists, on the day `today`. A state this version does not know is
/// judged an error until a rule says otherwise.
pub fn judge_entry(entry: &'static Entry, today: Date) -> Option<Verdict> {
    let rule = match entry.state() {
        State::Assigned => return None,
        _ if entry.proposed().is_some() => Rule::Proposed,
        State::Unused => Rule::Unused,
        State::Deprecated => Rule::Deprecated,
        State::Obsoleted { .. } => Rule::Obsoleted,
        State::NonStandard { .. } => Rule::NonStandard,
        State::Discouraged { .. } => Rule::Discouraged,
        State::Temporary { expires, .. } if today > expires => Rule::Expired,
        State::Temporary { .. } => Rule::Temporary,
        _ => Rule::Unassigned,
    };
    Some(Verdict::Listed(rule, entry))
}

/// Every name the registry has replaced for a code it still lists, with the code's row:
/// "Payload Too Large" for 413. (Former names of codes no longer in use, such as 418's, are
/// left to the rules about those codes.)
pub fn outdated_names() -> impl Iterator<Item = (&'static Entry, &'static str)> {
    entries()
        .iter()
        .filter(|entry| entry.state() == State::Assigned)
        .flat_map(|entry| entry.former_names().iter().map(move |name| (entry, *name)))
}

/// The outdated name `text` uses, when it uses one: as the whole text in any case (after an
/// optional code, before an optional full stop: `413 Payload too large.`), or as a name in
/// title case anywhere in it, between word boundaries (`Payload Too Large: the limit is 1
/// MiB`). A name in lower case inside a sentence is ordinary English ("the page moved
/// temporarily") and is left alone. With `code`, only that code's former names are sought.
pub fn outdated_name_in(text: &str, code: Option<u16>) -> Option<(&'static Entry, &'static str)> {
    let mut whole = text.trim();
    if let (Some(digits), Some(rest)) = (whole.get(..3), whole.get(3..)) {
        if digits.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with(' ') {
            whole = rest.trim_start();
        }
    }
    let whole = whole.strip_suffix('.').unwrap_or(whole);
    outdated_names()
        .filter(|(entry, _)| code.is_none_or(|code| entry.code() == code))
        .find(|(_, name)| whole.eq_ignore_ascii_case(name) || contains_word(text, name))
}

/// True when `name` occurs in `text` with no letter or digit on either side.
fn contains_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Today's date in UTC, from the system clock.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    date_from_days(seconds / 86_400)
}

/// The calendar date `days` days after 1970-01-01, in the proleptic Gregorian calendar: the
/// days are counted in 400-year eras of 146,097 days, and within an era the year is taken to
/// start on 1 March, so the leap day falls at its end.
fn date_from_days(days: u64) -> Date {
    // 719,468 days lie between 0000-03-01 and 1970-01-01.
    let days = days + 719_468;
    let era = days / 146_097;
    let day_of_era = days % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = era * 400 + year_of_era + u64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(u16::MAX),
        month: month as u8,
        day: day as u8,
    }
}

/// Reads `2026-11-13`.
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let date = Date {
        year: year.parse().ok()?,
        month: month.parse().ok()?,
        day: day.parse().ok()?,
    };
    ((1..=12).contains(&date.month) && (1..=31).contains(&date.day)).then_some(date)
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

    const BEFORE_EXPIRY: Date = Date {
        year: 2026,
        month: 11,
        day: 13,
    };
    const AFTER_EXPIRY: Date = Date {
        year: 2026,
        month: 11,
        day: 14,
    };

    #[test]
    fn verdicts_follow_the_table() {
        let judge = |code| judge(code, BEFORE_EXPIRY);
        assert_eq!(judge(200), None);
        assert_eq!(judge(306).map(Verdict::rule), Some(Rule::Unused));
        assert_eq!(judge(418).map(Verdict::rule), Some(Rule::Unused));
        assert_eq!(judge(305).map(Verdict::rule), Some(Rule::Deprecated));
        assert_eq!(judge(510).map(Verdict::rule), Some(Rule::Obsoleted));
        assert_eq!(judge(499).map(Verdict::rule), Some(Rule::NonStandard));
        assert_eq!(judge(419).map(Verdict::rule), Some(Rule::Proposed));
        assert_eq!(judge(102).map(Verdict::rule), Some(Rule::Discouraged));
        assert_eq!(judge(104).map(Verdict::rule), Some(Rule::Temporary));
        assert_eq!(judge(299), Some(Verdict::Unassigned(299)));
        assert_eq!(judge(600), Some(Verdict::OutOfRange(600)));
        assert_eq!(judge(99), Some(Verdict::OutOfRange(99)));
        assert_eq!(judge(u64::MAX), Some(Verdict::OutOfRange(u32::MAX)));
    }

    /// 104 is temporary through the expiry day the registry recorded, and expired the day after.
    #[test]
    fn the_temporary_registration_expires_after_its_recorded_day() {
        assert_eq!(
            judge(104, BEFORE_EXPIRY).map(Verdict::rule),
            Some(Rule::Temporary)
        );
        assert_eq!(
            judge(104, AFTER_EXPIRY).map(Verdict::rule),
            Some(Rule::Expired)
        );
        assert_eq!(judge(200, AFTER_EXPIRY), None);
    }

    #[test]
    fn days_count_from_the_unix_epoch() {
        let date = |year, month, day| Date { year, month, day };
        assert_eq!(date_from_days(0), date(1970, 1, 1));
        assert_eq!(date_from_days(59), date(1970, 3, 1));
        assert_eq!(date_from_days(11_016), date(2000, 2, 29));
        assert_eq!(date_from_days(11_017), date(2000, 3, 1));
        assert_eq!(date_from_days(20_771), date(2026, 11, 14));
        assert_eq!(date_from_days(20_795), date(2026, 12, 8));
        assert_eq!(date_from_days(47_541), date(2100, 3, 1));
        assert!(today() >= date(2025, 9, 15));
    }

    #[test]
    fn outdated_names_are_found_as_names_not_as_english() {
        let found =
            |text, code| outdated_name_in(text, code).map(|(entry, name)| (entry.code(), name));
        assert_eq!(
            found("Payload Too Large", None),
            Some((413, "Payload Too Large"))
        );
        assert_eq!(
            found("413 payload too large.", None),
            Some((413, "Payload Too Large"))
        );
        assert_eq!(
            found(
                "Unprocessable Entity: the body failed validation",
                Some(422)
            ),
            Some((422, "Unprocessable Entity"))
        );
        assert_eq!(
            found("Moved temporarily", Some(302)),
            Some((302, "Moved Temporarily"))
        );
        assert_eq!(
            found("Gateway Time-out", None),
            Some((504, "Gateway Time-out"))
        );
        // English, a name of another code, the current name, a name inside a word.
        assert_eq!(found("The page has moved temporarily", Some(302)), None);
        assert_eq!(found("Payload Too Large", Some(422)), None);
        assert_eq!(found("Content Too Large", None), None);
        assert_eq!(found("Unprocessable Entitys", None), None);
        // The former names of codes that are not sent at all are other rules' business.
        assert_eq!(found("I'm a teapot", None), None);
        assert_eq!(found("Switch Proxy", None), None);
    }

    #[test]
    fn dates_are_read_in_iso_form() {
        assert_eq!(parse_date("2026-11-14"), Some(AFTER_EXPIRY));
        for bad in [
            "2026-13-01",
            "2026-1-01",
            "26-11-14",
            "2026-11-14-1",
            "today",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
