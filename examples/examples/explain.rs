//! Explains one HTTP status code: everything the `status-core` table knows about it.
//!
//! ```text
//! cargo run --example explain -- 306
//! cargo run --example explain -- "Payload Too Large"
//! cargo run --example explain -- 404 --ko
//! ```
//!
//! The argument is a code, or a reason phrase or former name compared without regard to case.
//! `--ko` answers in Korean. The exit status is 0 for a code the table knows, 1 for anything
//! else it was asked about, and 2 for a usage error.

use std::env;
use std::process::ExitCode;

use status_core::words::{self, Lang};
use status_core::{entries, lookup, Class, Entry, State, CODE_RANGE, REGISTRY_DATE, REGISTRY_URL};

/// The column at which the summary paragraph is wrapped.
const WRAP_WIDTH: usize = 88;

fn main() -> ExitCode {
    let args: Vec<String> = env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let lang = lang_of(&args);
    match parse_args(&args) {
        Ok(Action::Help) => {
            print!("{}", usage(lang));
            ExitCode::SUCCESS
        }
        Ok(Action::Explain(query)) => explain(query, lang),
        Err(error) => {
            eprintln!("explain: {}", error.message(lang));
            eprintln!(
                "{}",
                lang.pick("run with --help for usage", "사용법은 --help로 확인하세요")
            );
            ExitCode::from(2)
        }
    }
}

/// Looks the query up and prints the answer: the entry on stdout, or why there is none on
/// stderr.
fn explain(query: &str, lang: Lang) -> ExitCode {
    match resolve(query) {
        Ok(found) => {
            print!("{}", describe(&found, lang));
            ExitCode::SUCCESS
        }
        Err(miss) => {
            eprintln!("explain: {}", miss.message(lang));
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Arguments

/// Korean when `--ko` appears anywhere among the arguments.
fn lang_of(args: &[String]) -> Lang {
    if args.iter().any(|arg| arg == "--ko") {
        Lang::Korean
    } else {
        Lang::English
    }
}

/// What the command line asks for.
enum Action<'a> {
    Help,
    Explain(&'a str),
}

/// A command line the example cannot make sense of.
enum UsageError<'a> {
    MissingQuery,
    ExtraQuery(&'a str, &'a str),
    UnknownOption(&'a str),
}

/// `--help` wins over everything else; `--ko` may come anywhere; exactly one code or name.
fn parse_args(args: &[String]) -> Result<Action<'_>, UsageError<'_>> {
    if args.iter().any(|arg| arg == "--help" || arg == "-h") {
        return Ok(Action::Help);
    }
    let mut query = None;
    for arg in args {
        match arg.as_str() {
            "--ko" => {}
            option if option.len() > 1 && option.starts_with('-') => {
                return Err(UsageError::UnknownOption(option));
            }
            text => match query {
                None => query = Some(text),
                Some(first) => return Err(UsageError::ExtraQuery(first, text)),
            },
        }
    }
    query.map(Action::Explain).ok_or(UsageError::MissingQuery)
}

impl UsageError<'_> {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (UsageError::MissingQuery, Lang::English) => {
                "give a status code (such as 404) or a name (such as \"Not Found\")".to_owned()
            }
            (UsageError::MissingQuery, Lang::Korean) => {
                "상태 코드(예: 404)나 이름(예: \"Not Found\")을 주세요".to_owned()
            }
            (UsageError::ExtraQuery(first, second), Lang::English) => format!(
                "one code or name at a time, but got \"{first}\" and \"{second}\" \
                 (put quotes around a name that has spaces)"
            ),
            (UsageError::ExtraQuery(first, second), Lang::Korean) => format!(
                "코드나 이름은 한 번에 하나만 받는데 \"{first}\"와 \"{second}\"가 들어왔습니다 \
                 (띄어쓰기가 있는 이름은 따옴표로 묶으세요)"
            ),
            (UsageError::UnknownOption(option), Lang::English) => {
                format!("unknown option {option}")
            }
            (UsageError::UnknownOption(option), Lang::Korean) => {
                format!("알 수 없는 옵션: {option}")
            }
        }
    }
}

fn usage(lang: Lang) -> &'static str {
    lang.pick(
        "\
Explain an HTTP status code from the status-core table.

usage: cargo run --example explain -- <CODE | NAME> [--ko]

  CODE        a code such as 306
  NAME        a reason phrase or former name such as \"Not Found\" or \"Payload Too Large\",
              in any case; quote it when it has spaces
  --ko        answer in Korean
  -h, --help  print this help

Exit status: 0 when the table knows the code, 1 when it does not, 2 for a usage error.
",
        "\
status-core 표에서 HTTP 상태 코드 하나를 설명합니다.

사용법: cargo run --example explain -- <코드 | 이름> [--ko]

  코드        306 같은 상태 코드
  이름        \"Not Found\"나 \"Payload Too Large\" 같은 사유 문구나 이전 이름
              (대소문자 구분 없음, 띄어쓰기가 있으면 따옴표로 묶기)
  --ko        한국어로 답하기
  -h, --help  이 도움말 보기

종료 상태: 표에 있는 코드면 0, 없으면 1, 사용법 오류면 2.
",
    )
}

// ---------------------------------------------------------------------------------------------
// Looking the query up

/// A table entry, and the former name it was found by, if it was.
struct Found {
    entry: &'static Entry,
    former_name: Option<&'static str>,
}

/// Why a query names no entry.
enum Miss<'a> {
    /// In range, but nothing is listed under it.
    Unassigned(u16),
    /// A number outside `CODE_RANGE`.
    OutOfRange(&'a str),
    /// A name that belongs to more than one code.
    Ambiguous(&'a str, Vec<&'static Entry>),
    /// Neither a number nor a name in the table.
    NoSuchName(&'a str),
}

/// All digits means a code; anything else is a name.
fn resolve(query: &str) -> Result<Found, Miss<'_>> {
    let query = query.trim();
    if !query.is_empty() && query.bytes().all(|byte| byte.is_ascii_digit()) {
        resolve_code(query)
    } else {
        resolve_name(query)
    }
}

fn resolve_code(digits: &str) -> Result<Found, Miss<'_>> {
    // Digits too many for a u16 are out of range as surely as 1000 is.
    let Ok(code) = digits.parse::<u16>() else {
        return Err(Miss::OutOfRange(digits));
    };
    match lookup(code) {
        Some(entry) => Ok(Found {
            entry,
            former_name: None,
        }),
        None if CODE_RANGE.contains(&code) => Err(Miss::Unassigned(code)),
        None => Err(Miss::OutOfRange(digits)),
    }
}

/// Current reason phrases first, so a name in use now wins over the same words once used by
/// another code; then former names.
fn resolve_name(name: &str) -> Result<Found, Miss<'_>> {
    let mut found = by_reason(name);
    if found.is_empty() {
        found = by_former_name(name);
    }
    match found.len() {
        0 => Err(Miss::NoSuchName(name)),
        1 => Ok(found.remove(0)),
        _ => Err(Miss::Ambiguous(
            name,
            found.iter().map(|found| found.entry).collect(),
        )),
    }
}

fn by_reason(name: &str) -> Vec<Found> {
    entries()
        .iter()
        .filter(|entry| entry.reason().eq_ignore_ascii_case(name))
        .map(|entry| Found {
            entry,
            former_name: None,
        })
        .collect()
}

/// Reports each former name as the table spells it, whatever case it was asked in.
fn by_former_name(name: &str) -> Vec<Found> {
    entries()
        .iter()
        .filter_map(|entry| {
            let former = entry
                .former_names()
                .iter()
                .find(|former| former.eq_ignore_ascii_case(name))?;
            Some(Found {
                entry,
                former_name: Some(former),
            })
        })
        .collect()
}

impl Miss<'_> {
    fn message(&self, lang: Lang) -> String {
        match self {
            Miss::Unassigned(code) => unassigned(*code, lang),
            Miss::OutOfRange(text) => words::out_of_range(text, lang).to_string(),
            Miss::Ambiguous(name, candidates) => {
                let codes = candidates
                    .iter()
                    .map(|entry| entry.code().to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                match lang {
                    Lang::English => format!(
                        "\"{name}\" is the name of more than one code ({codes}); ask by number"
                    ),
                    Lang::Korean => format!(
                        "\"{name}\"라는 이름의 코드가 여럿입니다({codes}). 번호로 물어 주세요"
                    ),
                }
            }
            Miss::NoSuchName(name) => match lang {
                Lang::English => format!(
                    "\"{name}\" is neither the phrase nor a former name of any code; \
                     give a code such as 404 or a name such as \"Not Found\""
                ),
                Lang::Korean => format!(
                    "사유 문구나 이전 이름이 \"{name}\"인 상태 코드가 없습니다. \
                     404 같은 코드나 \"Not Found\" 같은 이름을 주세요"
                ),
            },
        }
    }
}

/// Says the registry assigns nothing to `code` and points at its listed neighbours in the same
/// class.
fn unassigned(code: u16, lang: Lang) -> String {
    let class = Class::of(code);
    let digit = code / 100;
    let (below, above) = words::nearest_sendable(code);
    let below = neighbour(below, digit, lang);
    let above = neighbour(above, digit, lang);
    match lang {
        Lang::English => format!(
            "the IANA registry (as updated {REGISTRY_DATE}) assigns nothing to {code}, \
             and no well-known server sends it\n\
             nearest codes to send in {digit}xx ({class}):\n  below: {below}\n  above: {above}"
        ),
        Lang::Korean => format!(
            "IANA 레지스트리({REGISTRY_DATE} 갱신 기준)는 {code}에 아무것도 할당하지 않았고, \
             이 코드를 보내는 널리 알려진 서버도 없습니다\n\
             같은 분류 {digit}xx({})에서 보낼 수 있는 가장 가까운 코드:\n  아래: {below}\n  위:   {above}",
            class.label_ko()
        ),
    }
}

fn neighbour(entry: Option<&Entry>, digit: u16, lang: Lang) -> String {
    match (entry, lang) {
        (Some(entry), Lang::English) => format!("{} {}", entry.code(), entry.reason()),
        (Some(entry), Lang::Korean) => format!("{} {}", entry.code(), entry.name_ko()),
        (None, Lang::English) => format!("none in {digit}xx"),
        (None, Lang::Korean) => format!("{digit}xx에는 없음"),
    }
}

// ---------------------------------------------------------------------------------------------
// Describing an entry

/// Field names in one language.
struct Labels {
    /// Korean output puts the Korean name in the heading and the registry's English one here.
    reason: Option<&'static str>,
    state: &'static str,
    class: &'static str,
    defined_in: &'static str,
    former_names: &'static str,
    properties: &'static str,
    constant: &'static str,
    no_content: &'static str,
    cacheable: &'static str,
}

const LABELS_EN: Labels = Labels {
    reason: None,
    state: "state",
    class: "class",
    defined_in: "defined in",
    former_names: "former names",
    properties: "properties",
    constant: "constant",
    no_content: "never carries content",
    cacheable: "heuristically cacheable",
};

const LABELS_KO: Labels = Labels {
    reason: Some("영문 이름"),
    state: "상태",
    class: "분류",
    defined_in: "정의 문서",
    former_names: "이전 이름",
    properties: "특성",
    constant: "상수",
    no_content: "본문을 담지 않음",
    cacheable: "휴리스틱 캐시 가능",
};

impl Labels {
    fn of(lang: Lang) -> &'static Labels {
        match lang {
            Lang::English => &LABELS_EN,
            Lang::Korean => &LABELS_KO,
        }
    }
}

/// The full answer for a known code: a note if it was found by a former name, a heading, the
/// aligned fields, and the wrapped summary.
fn describe(found: &Found, lang: Lang) -> String {
    let entry = found.entry;
    let mut text = String::new();
    if let Some(name) = found.former_name {
        text += &former_name_note(name, entry, lang);
        text += "\n\n";
    }
    text += &heading(entry, lang);
    text += "\n";
    text += &align(&fields(entry, lang));
    text += "\n";
    text += &wrap(entry.summary(lang), WRAP_WIDTH);
    text += "\n";
    let advice = entry.advice(lang).map(|advice| match lang {
        Lang::English => format!("What to do instead: {advice}."),
        Lang::Korean => format!("권장: {advice}."),
    });
    if let Some(advice) = advice {
        text += "\n";
        text += &wrap(&advice, WRAP_WIDTH);
        text += "\n";
    }
    text
}

fn former_name_note(name: &str, entry: &Entry, lang: Lang) -> String {
    match lang {
        Lang::English => format!(
            "\"{name}\" is a former name of {} {}.",
            entry.code(),
            entry.reason()
        ),
        Lang::Korean => format!("\"{name}\": {}번 코드의 이전 이름입니다.", entry.code()),
    }
}

fn heading(entry: &Entry, lang: Lang) -> String {
    match lang {
        Lang::English => format!("{} {}", entry.code(), entry.reason()),
        Lang::Korean => format!("{} {}", entry.code(), entry.name_ko()),
    }
}

/// Label and value pairs, in display order; an empty label continues the field above.
fn fields(entry: &Entry, lang: Lang) -> Vec<(&'static str, String)> {
    let labels = Labels::of(lang);
    let mut fields = Vec::new();
    if let Some(label) = labels.reason {
        fields.push((label, entry.reason().to_owned()));
    }
    let state = entry.state();
    fields.push((labels.state, state.label_in(lang).to_owned()));
    if let Some(detail) = state_detail(state, lang) {
        fields.push(("", detail));
    }
    fields.push((labels.class, class_text(entry.class(), lang)));
    let reference = entry.reference();
    let cited = reference.cited_in(lang);
    fields.push((labels.defined_in, format!("{cited} <{}>", reference.link())));
    if !entry.former_names().is_empty() {
        fields.push((labels.former_names, entry.former_names().join(", ")));
    }
    let properties = properties(entry, labels);
    if !properties.is_empty() {
        fields.push((labels.properties, properties.join(", ")));
    }
    if let Some(constant) = entry.constant() {
        fields.push((labels.constant, format!("Status::{constant}")));
    }
    fields
}

/// The extra facts some states carry: dates, the document that dropped the code, who sends it.
fn state_detail(state: State, lang: Lang) -> Option<String> {
    let detail = match (state, lang) {
        (
            State::Temporary {
                registered,
                expires,
            },
            Lang::English,
        ) => {
            format!("in the registry of {REGISTRY_DATE}: registered {registered}, expiry date {expires} unless renewed; current state: {REGISTRY_URL}")
        }
        (
            State::Temporary {
                registered,
                expires,
            },
            Lang::Korean,
        ) => {
            format!("{REGISTRY_DATE}자 레지스트리 기록: {registered} 등록, 갱신하지 않으면 {expires} 만료. 현재 상태: {REGISTRY_URL}")
        }
        (State::Obsoleted { since, by }, Lang::English) => format!("since {since}, by {by}"),
        (State::Obsoleted { since, by }, Lang::Korean) => format!("{since}부터, 근거: {by}"),
        (State::Discouraged { dropped_by }, Lang::English) => format!("dropped by {dropped_by}"),
        (State::Discouraged { dropped_by }, Lang::Korean) => format!("{dropped_by}에서 빠짐"),
        (State::NonStandard { used_by }, Lang::English) => {
            format!("not in the IANA registry; sent by {used_by}")
        }
        (State::NonStandard { used_by }, Lang::Korean) => {
            format!("IANA 레지스트리에 없음, {used_by}에서 사용")
        }
        _ => return None,
    };
    Some(detail)
}

/// `redirection (3xx)`.
fn class_text(class: Class, lang: Lang) -> String {
    format!(
        "{} ({}xx)",
        class.label_in(lang),
        class.range().start() / 100
    )
}

fn properties(entry: &Entry, labels: &Labels) -> Vec<&'static str> {
    let mut properties = Vec::new();
    if entry.never_has_content() {
        properties.push(labels.no_content);
    }
    if entry.heuristically_cacheable() {
        properties.push(labels.cacheable);
    }
    properties
}

// ---------------------------------------------------------------------------------------------
// Layout

/// One line per field, values lined up one space after the widest label.
fn align(fields: &[(&str, String)]) -> String {
    let column = fields
        .iter()
        .map(|(label, _)| display_width(label) + 2)
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for (label, value) in fields {
        let lead = if label.is_empty() {
            String::new()
        } else {
            format!("{label}:")
        };
        let pad = column - display_width(&lead);
        text += &format!("{lead}{:pad$}{value}\n", "");
    }
    text
}

/// Breaks `text` between words so no line is wider than `width` columns (a single word wider
/// than that gets a line of its own).
fn wrap(text: &str, width: usize) -> String {
    let mut wrapped = String::new();
    let mut line_width = 0;
    for word in text.split_whitespace() {
        let word_width = display_width(word);
        if line_width > 0 && line_width + 1 + word_width > width {
            wrapped.push('\n');
            line_width = 0;
        }
        if line_width > 0 {
            wrapped.push(' ');
            line_width += 1;
        }
        wrapped.push_str(word);
        line_width += word_width;
    }
    wrapped
}

/// Terminal columns `text` takes up: two for Hangul and other East Asian wide characters, one
/// for the rest. Rough, but right for everything the table holds.
fn display_width(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'     // Hangul Jamo, leading consonants
        | '\u{2E80}'..='\u{A4CF}'   // CJK radicals through Yi
        | '\u{AC00}'..='\u{D7A3}'   // Hangul syllables
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{FE30}'..='\u{FE4F}'   // CJK compatibility forms
        | '\u{FF00}'..='\u{FF60}'   // fullwidth forms
        | '\u{FFE0}'..='\u{FFE6}')
}
