//! What the table knows about one status code.

use core::fmt;

/// One row of the status table: a code the IANA registry lists (in any state) or a
/// well-known non-standard code.
///
/// Get one with [`lookup`](crate::lookup), or with `Status::entry` in status-core.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub(crate) code: u16,
    pub(crate) reason: &'static str,
    pub(crate) constant: Option<&'static str>,
    pub(crate) state: State,
    pub(crate) reference: Reference,
    pub(crate) former_names: &'static [&'static str],
    pub(crate) heuristically_cacheable: bool,
    pub(crate) name_ko: &'static str,
    pub(crate) summary_en: &'static str,
    pub(crate) summary_ko: &'static str,
    pub(crate) advice_en: Option<&'static str>,
    pub(crate) advice_ko: Option<&'static str>,
    pub(crate) why_en: Option<&'static str>,
    pub(crate) why_ko: Option<&'static str>,
    pub(crate) proposed: Option<Proposal>,
}

impl Entry {
    /// The three-digit code.
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The reason phrase as the registry spells it (`"Content Too Large"`), or the name its
    /// users give a non-standard code.
    pub const fn reason(&self) -> &'static str {
        self.reason
    }

    /// The reason phrase the code goes by now, or `None` for the rows the registry writes as
    /// `"(Unused)"` (306, 418): those have no phrase of their own, only former names.
    pub const fn phrase(&self) -> Option<&'static str> {
        match self.reason.as_bytes() {
            [b'(', ..] => None,
            _ => Some(self.reason),
        }
    }

    /// The code as messages name it: with its phrase (`404 Not Found`), or alone for the rows
    /// without one (`306`).
    ///
    /// ```
    /// assert_eq!(status_table::lookup(404).unwrap().title().to_string(), "404 Not Found");
    /// assert_eq!(status_table::lookup(306).unwrap().title().to_string(), "306");
    /// ```
    pub const fn title(&self) -> Title<'_> {
        Title(self)
    }

    /// The name of the associated constant on status-core's `Status` (`"NOT_FOUND"`), for
    /// codes that may be sent without an opt-in; `None` for the others.
    pub const fn constant(&self) -> Option<&'static str> {
        self.constant
    }

    /// Whether the code is assigned, deprecated, unused, obsoleted, temporary, discouraged or
    /// non-standard.
    pub const fn state(&self) -> State {
        self.state
    }

    /// The document (and section) that defines the code.
    pub const fn reference(&self) -> Reference {
        self.reference
    }

    /// Names the code had in earlier documents (413 was "Request Entity Too Large" and
    /// "Payload Too Large"), oldest first.
    pub const fn former_names(&self) -> &'static [&'static str] {
        self.former_names
    }

    /// The class given by the first digit.
    pub const fn class(&self) -> Class {
        Class::of(self.code)
    }

    /// True for responses that never carry content: every 1xx, 204 and 304
    /// (RFC 9110 section 6.4.1).
    pub const fn never_has_content(&self) -> bool {
        self.code < 200 || self.code == 204 || self.code == 304
    }

    /// True when a cache may store the response without explicit freshness information
    /// (RFC 9110 section 15.1, and RFC 7725 for 451).
    pub const fn heuristically_cacheable(&self) -> bool {
        self.heuristically_cacheable
    }

    /// The Korean name of the code.
    pub const fn name_ko(&self) -> &'static str {
        self.name_ko
    }

    /// A one-paragraph summary in English.
    pub const fn summary_en(&self) -> &'static str {
        self.summary_en
    }

    /// A one-paragraph summary in Korean.
    pub const fn summary_ko(&self) -> &'static str {
        self.summary_ko
    }

    /// What to do instead of sending this code, in one lower-case line of English
    /// (`"send 431 Request Header Fields Too Large"` for 494), for the codes that should not be
    /// sent and have a better answer; `None` for the others.
    pub const fn advice_en(&self) -> Option<&'static str> {
        self.advice_en
    }

    /// [`advice_en`](Entry::advice_en) in Korean.
    pub const fn advice_ko(&self) -> Option<&'static str> {
        self.advice_ko
    }

    /// Why the defining document gave up on this code, in one lower-case line of English
    /// (305, 306, 418 and 510); `None` for the others.
    pub const fn why_en(&self) -> Option<&'static str> {
        self.why_en
    }

    /// [`why_en`](Entry::why_en) in Korean.
    pub const fn why_ko(&self) -> Option<&'static str> {
        self.why_ko
    }

    /// The opt-in `status!` needs to make a `Status` of this code
    /// (`"allow_nonstandard"` for 444, so `status!(allow_nonstandard(444))`), or `None` for a
    /// code that needs none, or that has none. 306 has none: it was dropped before it was ever
    /// deployed, so there is nothing to send. 418, also unused, keeps one because RFC 9110
    /// reserves it precisely because servers send it.
    pub const fn opt_in(&self) -> Option<&'static str> {
        if self.code == 306 {
            return None;
        }
        match self.state {
            State::NonStandard { .. } => Some("allow_nonstandard"),
            State::Deprecated => Some("allow_deprecated"),
            State::Unused => Some("allow_unused"),
            State::Obsoleted { .. } => Some("allow_obsoleted"),
            State::Assigned | State::Discouraged { .. } | State::Temporary { .. } => None,
        }
    }

    /// A meaning a standards draft proposes for the number, when the registry does not list
    /// it yet (419: the table's row is the meaning software sends today, and the draft's
    /// would collide with it).
    pub const fn proposed(&self) -> Option<Proposal> {
        self.proposed
    }

    /// True if the code is in the IANA registry (in any state).
    pub const fn is_registered(&self) -> bool {
        !matches!(self.state, State::NonStandard { .. })
    }
}

/// Where a code stands in the registry and the documents behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// Registered and in good standing.
    Assigned,
    /// Registered, but the document that defined it has been replaced by one that dropped it
    /// (102 Processing). Valid to send; better avoided.
    Discouraged {
        /// The document that dropped the code.
        dropped_by: Reference,
    },
    /// A provisional registration (104 in the registry of
    /// [`REGISTRY_DATE`](crate::REGISTRY_DATE)). Both dates are part of that record: the table
    /// does not know whether the registration was renewed, made permanent or let lapse after
    /// that day, so check [`REGISTRY_URL`](crate::REGISTRY_URL) before relying on the code.
    Temporary {
        /// The day the code was first registered, as the registry recorded it.
        registered: Date,
        /// The expiry date the registry recorded, unless the registration is renewed.
        expires: Date,
    },
    /// The defining document says not to use it any more (305 Use Proxy).
    Deprecated,
    /// Reserved so that it is never given a new meaning, and not to be sent (306, 418).
    Unused,
    /// Its defining document was moved to Historic status (510 Not Extended).
    Obsoleted {
        /// When the defining document stopped being a standard.
        since: Date,
        /// The decision that retired it.
        by: &'static str,
    },
    /// Not in the registry: a code a well-known server or platform sends on its own account.
    NonStandard {
        /// Who sends it.
        used_by: &'static str,
    },
}

impl State {
    /// A short lower-case name for the state: `"assigned"`, `"deprecated"`, ...
    pub const fn label(&self) -> &'static str {
        match self {
            State::Assigned => "assigned",
            State::Discouraged { .. } => "discouraged",
            State::Temporary { .. } => "temporary",
            State::Deprecated => "deprecated",
            State::Unused => "unused",
            State::Obsoleted { .. } => "obsoleted",
            State::NonStandard { .. } => "non-standard",
        }
    }

    /// The state's name in Korean.
    pub const fn label_ko(&self) -> &'static str {
        match self {
            State::Assigned => "할당됨",
            State::Discouraged { .. } => "사용 자제",
            State::Temporary { .. } => "임시 등록",
            State::Deprecated => "사용 중단",
            State::Unused => "사용 안 함",
            State::Obsoleted { .. } => "폐기됨",
            State::NonStandard { .. } => "비표준",
        }
    }

    /// True for the states a code may be sent in without an opt-in.
    pub const fn is_sendable(&self) -> bool {
        matches!(
            self,
            State::Assigned | State::Discouraged { .. } | State::Temporary { .. }
        )
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The first digit of a status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// 1xx: an interim answer; the final one follows.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Successful,
    /// 3xx: the client must take another step to complete the request.
    Redirection,
    /// 4xx: the request is at fault.
    ClientError,
    /// 5xx: the server failed to carry out a valid request.
    ServerError,
}

impl Class {
    /// The class of a code in `100..=599`; codes outside that range are treated by their
    /// first digit, so callers should check the range first.
    pub const fn of(code: u16) -> Class {
        match code / 100 {
            0 | 1 => Class::Informational,
            2 => Class::Successful,
            3 => Class::Redirection,
            4 => Class::ClientError,
            _ => Class::ServerError,
        }
    }

    /// The class's name as RFC 9110 section 15 gives it.
    pub const fn label(&self) -> &'static str {
        match self {
            Class::Informational => "informational",
            Class::Successful => "successful",
            Class::Redirection => "redirection",
            Class::ClientError => "client error",
            Class::ServerError => "server error",
        }
    }

    /// The class's name in Korean.
    pub const fn label_ko(&self) -> &'static str {
        match self {
            Class::Informational => "정보",
            Class::Successful => "성공",
            Class::Redirection => "리다이렉션",
            Class::ClientError => "클라이언트 오류",
            Class::ServerError => "서버 오류",
        }
    }

    /// The codes the class spans: `200..=299` for [`Class::Successful`].
    pub const fn range(&self) -> core::ops::RangeInclusive<u16> {
        let first = match self {
            Class::Informational => 100,
            Class::Successful => 200,
            Class::Redirection => 300,
            Class::ClientError => 400,
            Class::ServerError => 500,
        };
        first..=first + 99
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A document and, where one applies, the section in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reference {
    /// The document.
    pub document: Document,
    /// The section number, such as `"15.4.7"`.
    pub section: Option<&'static str>,
}

impl Reference {
    pub(crate) const fn rfc(number: u16, section: &'static str) -> Reference {
        Reference {
            document: Document::Rfc(number),
            section: Some(section),
        }
    }

    /// A document outside the RFC series, which has no sections: a vendor's documentation (the
    /// reference of a non-standard code) or a standards body's discussion.
    pub(crate) const fn vendor(title: &'static str, url: &'static str) -> Reference {
        Reference {
            document: Document::Vendor { title, url },
            section: None,
        }
    }

    /// A link to the document, at the section where one is known.
    pub const fn link(&self) -> Link {
        Link(*self)
    }

    /// The reference as a Korean sentence cites it: `RFC 9110 15.4.7절`, `RFC 9110 부록 B`;
    /// references without an RFC section read as in English.
    ///
    /// ```
    /// let unused = status_table::lookup(306).unwrap().reference();
    /// assert_eq!(unused.to_string(), "RFC 9110 section 15.4.7");
    /// assert_eq!(unused.korean().to_string(), "RFC 9110 15.4.7절");
    /// let draft = status_table::lookup(104).unwrap().reference();
    /// assert_eq!(draft.korean().to_string(), draft.to_string());
    /// ```
    pub const fn korean(&self) -> KoreanReference {
        KoreanReference(*self)
    }
}

/// An entry's code and phrase; see [`Entry::title`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Title<'a>(&'a Entry);

impl fmt::Display for Title<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.phrase() {
            Some(phrase) => write!(f, "{} {phrase}", self.0.code),
            None => write!(f, "{}", self.0.code),
        }
    }
}

/// A [`Reference`] written for a Korean sentence; see [`Reference::korean`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KoreanReference(Reference);

impl fmt::Display for KoreanReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0.document, self.0.section) {
            (Document::Rfc(number), Some(section)) => match section.strip_prefix("Appendix ") {
                Some(appendix) => write!(f, "RFC {number} 부록 {appendix}"),
                None => write!(f, "RFC {number} {section}절"),
            },
            _ => write!(f, "{}", self.0),
        }
    }
}

/// `RFC 9110 section 15.4.7`, `draft-ietf-httpbis-resumable-upload-05`, `nginx documentation`.
impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.document)?;
        match (self.document, self.section) {
            (Document::Rfc(_), Some(section)) if section.starts_with(char::is_alphabetic) => {
                write!(f, " {section}")
            }
            (_, Some(section)) => write!(f, " section {section}"),
            (_, None) => Ok(()),
        }
    }
}

/// The kinds of document a code can come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Document {
    /// An RFC, by number.
    Rfc(u16),
    /// An Internet-Draft, by its full name with revision.
    InternetDraft(&'static str),
    /// A document outside the RFC series: a vendor's own documentation, for non-standard
    /// codes, or a standards body's discussion of a proposal.
    Vendor {
        /// What the documentation is called.
        title: &'static str,
        /// Where it is.
        url: &'static str,
    },
}

impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Document::Rfc(number) => write!(f, "RFC {number}"),
            Document::InternetDraft(name) => f.write_str(name),
            Document::Vendor { title, .. } => f.write_str(title),
        }
    }
}

/// A web address for a [`Reference`], written out by `Display`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link(Reference);

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.document {
            Document::Rfc(number) => {
                write!(f, "https://www.rfc-editor.org/rfc/rfc{number}.html")?;
                match self.0.section {
                    Some(section) if section.starts_with("Appendix ") => {
                        write!(f, "#appendix-{}", &section["Appendix ".len()..])
                    }
                    Some(section) => write!(f, "#section-{section}"),
                    None => Ok(()),
                }
            }
            Document::InternetDraft(name) => {
                write!(f, "https://datatracker.ietf.org/doc/html/{name}")
            }
            Document::Vendor { url, .. } => f.write_str(url),
        }
    }
}

/// A meaning a standards draft proposes for a number the registry does not list yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Proposal {
    /// The reason phrase the draft proposes.
    pub phrase: &'static str,
    /// The proposed meaning's name in Korean.
    pub name_ko: &'static str,
    /// Where the proposal is discussed.
    pub reference: Reference,
}

/// A calendar day, as the registry writes dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

/// `2026-11-13`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The name of the constant for a reason phrase, by the rule status-core's `Status` constants
/// and `http`'s `StatusCode` constants follow: spaces and hyphens become `_`, letters are
/// capitalised, anything else is dropped.
///
/// ```
/// use status_table::constant_name;
/// assert_eq!(constant_name("Non-Authoritative Information").to_string(), "NON_AUTHORITATIVE_INFORMATION");
/// assert_eq!(constant_name("I'm a teapot").to_string(), "IM_A_TEAPOT");
/// ```
pub const fn constant_name(phrase: &str) -> ConstantName<'_> {
    ConstantName(phrase)
}

/// See [`constant_name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConstantName<'a>(&'a str);

impl<'a> ConstantName<'a> {
    /// The name one character at a time, so comparing it allocates nothing.
    pub fn chars(self) -> impl Iterator<Item = char> + 'a {
        self.0.chars().filter_map(|c| match c {
            ' ' | '-' => Some('_'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_uppercase()),
            _ => None,
        })
    }
}

impl fmt::Display for ConstantName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.chars().try_for_each(|c| fmt::Write::write_char(f, c))
    }
}
