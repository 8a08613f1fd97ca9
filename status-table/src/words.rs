//! The sentences about a status code that every tool of the workspace says: the macros'
//! diagnostics, the linter's findings and `explain` all write them from here, so each sentence
//! exists once per language. Adding a language is a variant of [`Lang`] and one arm in each
//! `match` below; the compiler lists every place.
//!
//! Each sentence is a value that writes itself (`Display`), with Korean particles resolved as
//! it is written (see [`korean`](crate::korean)), so the crate stays `no_std` and allocates
//! nothing. A sentence is one line, lower-case at the start as diagnostics are; the caller
//! decides whether it is a message, a `note:` or a `help:`.
//!
//! ```
//! use status_table::lookup;
//! use status_table::words::{listed, Lang};
//!
//! let entry = lookup(306).unwrap();
//! assert_eq!(
//!     listed(entry, Lang::English).to_string(),
//!     "306 is unused: RFC 9110 section 15.4.7 reserves the number and gives it no meaning"
//! );
//! assert_eq!(
//!     listed(entry, Lang::Korean).to_string(),
//!     "306은 사용하지 않는 코드입니다: RFC 9110 15.4.7절은 번호만 예약해 두고 의미를 주지 않습니다"
//! );
//! ```

use core::fmt::{self, Write};

use crate::korean::Resolving;
use crate::{entries, Class, Entry, Reference, State, CODE_RANGE, REGISTRY_DATE, REGISTRY_URL};

/// The language a sentence is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the default.
    #[default]
    English,
    /// Korean.
    Korean,
}

impl Lang {
    /// One of two texts written for this language.
    pub fn pick<T>(self, english: T, korean: T) -> T {
        match self {
            Lang::English => english,
            Lang::Korean => korean,
        }
    }
}

impl Entry {
    /// The code as a sentence in `lang` names it: `404 Not Found`, and in Korean
    /// `404(Not Found)`, which particles can follow.
    pub const fn title_in(&self, lang: Lang) -> TitleIn<'_> {
        TitleIn(self, lang)
    }

    /// The table's summary of the code in `lang`.
    pub const fn summary(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::English => self.summary_en,
            Lang::Korean => self.summary_ko,
        }
    }

    /// What to send instead, or how to send it well, in one line, where the table has advice.
    pub const fn advice(&self, lang: Lang) -> Option<&'static str> {
        match lang {
            Lang::English => self.advice_en,
            Lang::Korean => self.advice_ko,
        }
    }

    /// Why the defining document gave the code up, in one line, for the codes it did.
    pub const fn why(&self, lang: Lang) -> Option<&'static str> {
        match lang {
            Lang::English => self.why_en,
            Lang::Korean => self.why_ko,
        }
    }
}

/// See [`Entry::title_in`].
#[derive(Debug, Clone, Copy)]
pub struct TitleIn<'a>(&'a Entry, Lang);

impl fmt::Display for TitleIn<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.1, self.0.phrase()) {
            (Lang::Korean, Some(phrase)) => write!(f, "{}({phrase})", self.0.code),
            _ => self.0.title().fmt(f),
        }
    }
}

impl State {
    /// The state's short name in `lang`: `deprecated`, `사용 중단`.
    pub const fn label_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::English => self.label(),
            Lang::Korean => self.label_ko(),
        }
    }
}

impl Class {
    /// The class's name in `lang`: `client error`, `클라이언트 오류`.
    pub const fn label_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::English => self.label(),
            Lang::Korean => self.label_ko(),
        }
    }
}

impl Reference {
    /// The reference as a sentence in `lang` cites it: `RFC 9110 section 15.4.7`,
    /// `RFC 9110 15.4.7절`.
    pub const fn cited_in(&self, lang: Lang) -> Cited {
        Cited(*self, lang)
    }
}

/// See [`Reference::cited_in`].
#[derive(Debug, Clone, Copy)]
pub struct Cited(Reference, Lang);

impl fmt::Display for Cited {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Lang::English => self.0.fmt(f),
            Lang::Korean => self.0.korean().fmt(f),
        }
    }
}

/// The codes nearest to `code`, below and above it in its class, that may be sent without an
/// opt-in: what to suggest for a code the registry does not list.
///
/// ```
/// let (below, above) = status_table::words::nearest_sendable(420);
/// assert_eq!(below.unwrap().code(), 417);
/// assert_eq!(above.unwrap().code(), 421);
/// ```
pub fn nearest_sendable(code: u16) -> (Option<&'static Entry>, Option<&'static Entry>) {
    let class = Class::of(code);
    let candidates = || {
        entries()
            .iter()
            .filter(move |entry| entry.class() == class && entry.state().is_sendable())
    };
    let below = candidates().rev().find(|entry| entry.code() < code);
    let above = candidates().find(|entry| entry.code() > code);
    (below, above)
}

/// A sentence of this module: what it says and in which language.
#[derive(Debug, Clone, Copy)]
pub struct Sentence<'a> {
    said: Said<'a>,
    lang: Lang,
}

#[derive(Debug, Clone, Copy)]
enum Said<'a> {
    OutOfRange(&'a str),
    OutOfRangeNumber(u32),
    Classes,
    Unassigned(u16),
    Nearest(&'static Entry, Option<&'static Entry>),
    Listed(&'a Entry),
    FormerName(&'a str, &'a Entry),
    CheckRegistry,
}

/// `written` is outside the range of status codes.
///
/// ```
/// use status_table::words::{out_of_range, Lang};
/// assert_eq!(
///     out_of_range("1000", Lang::English).to_string(),
///     "1000 is not an HTTP status code: codes run from 100 to 599 (RFC 9110 section 15)"
/// );
/// ```
pub fn out_of_range(written: &str, lang: Lang) -> Sentence<'_> {
    Sentence {
        said: Said::OutOfRange(written),
        lang,
    }
}

/// [`out_of_range`] for a number held as one (`Status::from_code(1000)`'s error).
pub fn out_of_range_number(code: u32, lang: Lang) -> Sentence<'static> {
    Sentence {
        said: Said::OutOfRangeNumber(code),
        lang,
    }
}

/// What the first digit of a code means: the help under [`out_of_range`].
pub fn classes(lang: Lang) -> Sentence<'static> {
    Sentence {
        said: Said::Classes,
        lang,
    }
}

/// The registry lists nothing for `code`, a number in the range.
pub fn unassigned(code: u16, lang: Lang) -> Sentence<'static> {
    Sentence {
        said: Said::Unassigned(code),
        lang,
    }
}

/// The sendable codes nearest to `code` in its class (see [`nearest_sendable`]), as a help
/// line; `None` when its class has none.
///
/// ```
/// use status_table::words::{nearest, Lang};
/// assert_eq!(
///     nearest(420, Lang::English).unwrap().to_string(),
///     "the nearest client error codes are 417 Expectation Failed and 421 Misdirected Request"
/// );
/// ```
pub fn nearest(code: u16, lang: Lang) -> Option<Sentence<'static>> {
    let said = match nearest_sendable(code) {
        (Some(below), above) => Said::Nearest(below, above),
        (None, Some(above)) => Said::Nearest(above, None),
        (None, None) => return None,
    };
    Some(Sentence { said, lang })
}

/// What the table says of a listed code in its state: the first line of any refusal or warning
/// about it (`306 is unused: ...`).
pub fn listed(entry: &Entry, lang: Lang) -> Sentence<'_> {
    Sentence {
        said: Said::Listed(entry),
        lang,
    }
}

/// `written`, a phrase or constant name, is what `entry`'s code was once called.
///
/// ```
/// use status_table::lookup;
/// use status_table::words::{former_name, Lang};
/// assert_eq!(
///     former_name("Payload Too Large", lookup(413).unwrap(), Lang::English).to_string(),
///     "`Payload Too Large` is a former name of 413: the registry now calls it \"Content Too Large\" (RFC 9110 section 15.5.14)"
/// );
/// ```
pub fn former_name<'a>(written: &'a str, entry: &'a Entry, lang: Lang) -> Sentence<'a> {
    Sentence {
        said: Said::FormerName(written, entry),
        lang,
    }
}

/// Where to check a registration the table records as temporary.
pub fn check_registry(lang: Lang) -> Sentence<'static> {
    Sentence {
        said: Said::CheckRegistry,
        lang,
    }
}

impl fmt::Display for Sentence<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let out = &mut Resolving::new(f);
        match self.said {
            Said::OutOfRange(written) => say_out_of_range(out, &written, self.lang),
            Said::OutOfRangeNumber(code) => say_out_of_range(out, &code, self.lang),
            Said::Classes => say_classes(out, self.lang),
            Said::Unassigned(code) => say_unassigned(out, code, self.lang),
            Said::Nearest(first, second) => say_nearest(out, first, second, self.lang),
            Said::Listed(entry) => say_listed(out, entry, self.lang),
            Said::FormerName(written, entry) => {
                let (code, reason) = (entry.code(), entry.reason());
                let reference = entry.reference().cited_in(self.lang);
                match self.lang {
                    Lang::English => write!(
                        out,
                        "`{written}` is a former name of {code}: the registry now calls it \"{reason}\" ({reference})"
                    ),
                    Lang::Korean => write!(
                        out,
                        "`{written}`은(는) {code}의 예전 이름입니다: 지금 레지스트리 이름은 \"{reason}\"입니다({reference})"
                    ),
                }
            }
            Said::CheckRegistry => match self.lang {
                Lang::English => write!(
                    out,
                    "check the current registry at {REGISTRY_URL} before relying on it"
                ),
                Lang::Korean => write!(
                    out,
                    "쓰기 전에 최신 레지스트리({REGISTRY_URL})를 확인하세요"
                ),
            },
        }
    }
}

fn say_out_of_range(out: &mut dyn Write, written: &dyn fmt::Display, lang: Lang) -> fmt::Result {
    let (lowest, highest) = (CODE_RANGE.start(), CODE_RANGE.end());
    match lang {
        Lang::English => write!(
            out,
            "{written} is not an HTTP status code: codes run from {lowest} to {highest} (RFC 9110 section 15)"
        ),
        Lang::Korean => write!(
            out,
            "{written}은(는) HTTP 상태 코드가 아닙니다: 코드는 {lowest}부터 {highest}까지입니다(RFC 9110 15절)"
        ),
    }
}

fn say_classes(out: &mut dyn Write, lang: Lang) -> fmt::Result {
    out.write_str(lang.pick("the first digit is the class: ", "첫 자리가 분류입니다: "))?;
    let classes = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];
    for (position, class) in classes.iter().enumerate() {
        let separator = if position == 0 { "" } else { ", " };
        let digit = class.range().start() / 100;
        write!(out, "{separator}{digit}xx {}", class.label_in(lang))?;
    }
    Ok(())
}

fn say_unassigned(out: &mut dyn Write, code: u16, lang: Lang) -> fmt::Result {
    match lang {
        Lang::English => write!(
            out,
            "{code} is not assigned: the IANA HTTP status code registry (as of {REGISTRY_DATE}) lists nothing for it"
        ),
        Lang::Korean => write!(
            out,
            "{code}은(는) 할당되지 않은 코드입니다: IANA HTTP 상태 코드 레지스트리({REGISTRY_DATE} 기준)에 없습니다"
        ),
    }
}

fn say_nearest(
    out: &mut dyn Write,
    first: &Entry,
    second: Option<&Entry>,
    lang: Lang,
) -> fmt::Result {
    let class = first.class().label_in(lang);
    let first = first.title_in(lang);
    match (lang, second.map(|entry| entry.title_in(lang))) {
        (Lang::English, None) => write!(out, "the nearest {class} code is {first}"),
        (Lang::English, Some(second)) => {
            write!(out, "the nearest {class} codes are {first} and {second}")
        }
        (Lang::Korean, None) => write!(out, "가장 가까운 {class} 코드는 {first}입니다"),
        (Lang::Korean, Some(second)) => {
            write!(
                out,
                "가장 가까운 {class} 코드는 {first}와(과) {second}입니다"
            )
        }
    }
}

fn say_listed(out: &mut dyn Write, entry: &Entry, lang: Lang) -> fmt::Result {
    let code = entry.code();
    let title = entry.title_in(lang);
    let reference = entry.reference().cited_in(lang);
    match (lang, entry.state()) {
        (Lang::English, State::NonStandard { used_by }) => write!(
            out,
            "{code} is not a standard status code: it is {used_by}'s \"{}\", and the IANA registry (as of {REGISTRY_DATE}) does not list it",
            entry.reason()
        ),
        (Lang::Korean, State::NonStandard { used_by }) => write!(
            out,
            "{code}은(는) 표준 상태 코드가 아닙니다: {used_by}에서 쓰는 코드(\"{}\")이며 IANA 레지스트리({REGISTRY_DATE} 기준)에 없습니다",
            entry.reason()
        ),
        (Lang::English, State::Obsoleted { since, .. }) => write!(
            out,
            "{title} is obsoleted: its only definition, {reference}, was moved to Historic in {}-{:02}",
            since.year, since.month
        ),
        (Lang::Korean, State::Obsoleted { since, .. }) => write!(
            out,
            "{title}은(는) 폐기된 코드입니다: 유일한 정의인 {reference}이(가) {}-{:02}에 Historic으로 옮겨졌습니다",
            since.year, since.month
        ),
        (Lang::English, State::Unused) => write!(
            out,
            "{code} is unused: {reference} reserves the number and gives it no meaning"
        ),
        (Lang::Korean, State::Unused) => write!(
            out,
            "{code}은(는) 사용하지 않는 코드입니다: {reference}은(는) 번호만 예약해 두고 의미를 주지 않습니다"
        ),
        (Lang::English, State::Deprecated) => {
            write!(out, "{title} is deprecated: {reference} says not to send it")
        }
        (Lang::Korean, State::Deprecated) => write!(
            out,
            "{title}은(는) 사용이 중단된 코드입니다: {reference}에 따라 보내지 않아야 합니다"
        ),
        (Lang::English, State::Discouraged { dropped_by }) => write!(
            out,
            "{title} is discouraged: {dropped_by} dropped it, though the registry still lists it ({reference})"
        ),
        (Lang::Korean, State::Discouraged { dropped_by }) => write!(
            out,
            "{title}은(는) 사용을 자제해야 하는 코드입니다: 레지스트리에는 남아 있지만({reference}) {}에서 빠졌습니다",
            dropped_by.korean()
        ),
        (Lang::English, State::Temporary { registered, expires }) => write!(
            out,
            "{title} was a temporary registration in the IANA registry of {REGISTRY_DATE} ({reference}, registered {registered}), which gives {expires} as its expiry date unless renewed"
        ),
        (Lang::Korean, State::Temporary { registered, expires }) => write!(
            out,
            "{title}은(는) {REGISTRY_DATE}자 IANA 레지스트리에서 임시 등록이었습니다({reference}, {registered} 등록). 그 기록의 만료일은 갱신하지 않으면 {expires}입니다"
        ),
        (Lang::English, State::Assigned) => write!(out, "{title} is assigned ({reference})"),
        (Lang::Korean, State::Assigned) => {
            write!(out, "{title}은(는) 할당된 코드입니다({reference})")
        }
    }
}
