//! Every word the linter shows a user, in English and Korean.
//!
//! The phrasing follows the diagnostics of `status!`: a short lower-case first line that says
//! what is wrong and cites the document, then `note:` lines for background and `help:` lines
//! for what to do. The reasons and advice for each code are read from status-table's rows.

use std::path::Path;

use status_table::words::{self, Lang};
use status_table::{lookup, Entry, State, REGISTRY_DATE, REGISTRY_URL};

use crate::config::ConfigError;
use crate::finding::{Finding, Malformed, Problem, Related, Said, Text, Trouble};
use crate::rules::{Rule, Verdict};

/// The linter's words in one language: every message is a method, so the language is chosen
/// once, where a finding is rendered (`lang.say().text(&said)`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Say(Lang);

/// Gives [`Lang`] the linter's words.
pub(crate) trait Speak {
    fn say(self) -> Say;
}

impl Speak for Lang {
    fn say(self) -> Say {
        Say(self)
    }
}

impl ConfigError {
    /// What is wrong, in `lang` (the TOML parser's words stay in English).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ConfigError::Unreadable(error) | ConfigError::Toml(error) => error.clone(),
            ConfigError::UnknownRule(id) => lang.say().unknown_rule(id),
            ConfigError::UnknownLevel { level, id } => lang.say().unknown_level(level, id),
        }
    }
}

impl Finding {
    /// What the finding says, worded in `lang`.
    pub fn text(&self, lang: Lang) -> Text {
        lang.say().text(&self.said)
    }
}

impl Problem {
    /// What went wrong, worded in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        lang.say().trouble(&self.trouble)
    }
}

impl Related {
    /// What to write under the earlier occurrence, in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        lang.say().first_listed_here()
    }
}

/// `text` with its paired particles (`은(는)`, `(으)로`, ...) resolved by the sound before each;
/// see `status_table::korean`.
fn ko(text: &str) -> String {
    status_table::korean::particles(text).to_string()
}

impl Say {
    fn pick(self, english: String, korean: impl FnOnce() -> String) -> String {
        match self.0 {
            Lang::English => english,
            Lang::Korean => ko(&korean()),
        }
    }

    /// What a finding says, in this language.
    pub(crate) fn text(self, said: &Said) -> Text {
        match said {
            Said::Verdict {
                verdict,
                written,
                constant,
            } => {
                let mut text = self.verdict(*verdict, written);
                if let Some(path) = constant {
                    text.notes.insert(0, self.constant_is(path, verdict.code()));
                }
                text
            }
            Said::Duplicate {
                written,
                first_line,
                line,
            } => self.duplicate(written, *first_line, *line),
            Said::Malformed { key, kind } => self.malformed(key, *kind),
            Said::NoSuccess => self.no_success(),
            Said::NoClientError => self.no_client_error(),
            Said::BodyNotAllowed { entry, key } => self.body_not_allowed(entry, key),
            Said::UpgradeWithSuccess { success } => self.upgrade_with_success(success),
            Said::OutdatedPhrase { entry, phrase } => self.outdated_phrase(entry, phrase),
        }
    }

    /// Why a file was not checked, or what of it was left out, in this language.
    pub(crate) fn trouble(self, trouble: &Trouble) -> String {
        match trouble {
            Trouble::Unreadable(error) => self.unreadable(error),
            Trouble::NotUtf8 { valid_up_to } => self.not_utf8(*valid_up_to),
            Trouble::TooLarge { size, limit } => self.too_large(*size, *limit),
            Trouble::SymlinkLoop(target) => self.symlink_loop(target),
            Trouble::RustSyntax(error) => self.rust_syntax(error),
            Trouble::DocumentSyntax { syntax, error } => self.document_syntax(syntax, error),
            Trouble::NotOpenapi => self.not_openapi(),
            Trouble::DocumentsSkipped(positions) => self.documents_skipped(positions),
            Trouble::MissingRef { referrer } => self.missing_ref(referrer),
            Trouble::RefCycle => self.ref_cycle(),
            Trouble::UnknownKind => self.unknown_kind(),
        }
    }

    // ----- findings -----

    /// What a finding about one code says. `written` is the code as the source spells it.
    fn verdict(self, verdict: Verdict, written: &str) -> Text {
        match verdict {
            Verdict::OutOfRange(_) => self.out_of_range(written),
            Verdict::Unassigned(code) => self.unassigned(code),
            Verdict::Listed(Rule::Expired, entry) => self.expired(entry),
            Verdict::Listed(Rule::Proposed, entry) => self.proposed(entry),
            Verdict::Listed(_, entry) => self.listed(entry),
        }
    }

    /// A temporary registration whose recorded expiry has passed: the table cannot know what
    /// the registry did since, so the finding says to look.
    fn expired(self, entry: &'static Entry) -> Text {
        let State::Temporary { expires, .. } = entry.state() else {
            return self.listed(entry);
        };
        let reference = entry.reference().cited_in(self.0);
        Text {
            message: self.pick(
                format!(
                    "{} was a temporary registration whose recorded expiry, {expires}, has passed: it may have been renewed, made permanent or removed since",
                    entry.title()
                ),
                || format!(
                    "{}은(는) 임시 등록이었고, 기록된 만료일({expires})이 지났습니다: 그 뒤로 갱신되었거나, 정식 등록되었거나, 삭제되었을 수 있습니다",
                    entry.title_in(Lang::Korean)
                ),
            ),
            notes: vec![self.pick(
                format!("the table follows the registry as updated on {REGISTRY_DATE}, where it is temporary ({reference})"),
                || format!("이 표는 {REGISTRY_DATE}자 IANA 레지스트리를 따르며, 거기에는 임시 등록으로 올라 있습니다({reference})"),
            )],
            help: vec![self.pick(
                format!("check the registry at {REGISTRY_URL}: keep the code if it is still listed, replace it if not"),
                || format!("레지스트리({REGISTRY_URL})를 확인하세요. 아직 올라 있으면 그대로 쓰고, 없으면 다른 코드로 바꾸세요"),
            )],
        }
    }

    /// A number a standards proposal would give another meaning than the one it is sent with.
    fn proposed(self, entry: &'static Entry) -> Text {
        let (Some(proposal), State::NonStandard { used_by }) = (entry.proposed(), entry.state())
        else {
            return self.listed(entry);
        };
        let code = entry.code();
        let mut text = self.listed(entry);
        text.message = self.pick(
            format!(
                "two meanings compete for {code}, and neither is standard: {used_by} sends it as \"{}\", and a proposal in the HTTP working group would register it as \"{}\"",
                entry.reason(),
                proposal.phrase
            ),
            || format!(
                "{code}에는 두 가지 의미가 겹치며, 어느 쪽도 표준이 아닙니다: {used_by}은(는) \"{}\"(으)로 보내고, HTTP 워킹 그룹의 제안은 \"{}\"({})(으)로 등록하려 합니다",
                entry.reason(),
                proposal.phrase,
                proposal.name_ko
            ),
        );
        text.notes.insert(
            0,
            self.pick(
                format!(
                    "the registry of {REGISTRY_DATE} lists neither; a client that gets {code} cannot tell which is meant (the proposal: {})",
                    proposal.reference.link()
                ),
                || format!(
                    "IANA 레지스트리({REGISTRY_DATE} 기준)에는 어느 쪽도 없습니다. {code}을(를) 받은 클라이언트는 어느 뜻인지 알 수 없습니다(제안: {})",
                    proposal.reference.link()
                ),
            ),
        );
        text
    }

    fn out_of_range(self, written: &str) -> Text {
        Text {
            message: words::out_of_range(written, self.0).to_string(),
            notes: Vec::new(),
            help: vec![words::classes(self.0).to_string()],
        }
    }

    fn unassigned(self, code: u16) -> Text {
        Text {
            message: words::unassigned(code, self.0).to_string(),
            notes: Vec::new(),
            help: words::nearest(code, self.0)
                .map(|nearest| nearest.to_string())
                .into_iter()
                .collect(),
        }
    }

    fn listed(self, entry: &'static Entry) -> Text {
        let mut help: Vec<String> = entry
            .advice(self.0)
            .map(str::to_owned)
            .into_iter()
            .collect();
        if let State::Temporary { .. } = entry.state() {
            help.push(words::check_registry(self.0).to_string());
        }
        Text {
            message: words::listed(entry, self.0).to_string(),
            notes: entry.why(self.0).map(str::to_owned).into_iter().collect(),
            help,
        }
    }

    /// The note under a finding on a named constant: what number the name stands for.
    fn constant_is(self, path: &str, code: u32) -> String {
        self.pick(format!("`{path}` is {code}"), || {
            format!("`{path}`의 값은 {code}입니다")
        })
    }

    /// A code listed a second time in one list of responses.
    fn duplicate(self, written: &str, first_line: usize, line: usize) -> Text {
        let named = match written.parse::<u16>().ok().and_then(lookup) {
            Some(entry) => (
                entry.title().to_string(),
                entry.title_in(Lang::Korean).to_string(),
            ),
            None => (written.to_owned(), written.to_owned()),
        };
        Text {
            message: self.pick(
                format!("{} is listed twice in the same responses", named.0),
                || format!("같은 응답 목록에 {}이(가) 두 번 나옵니다", named.1),
            ),
            notes: vec![if first_line == line {
                self.pick(
                    "the first is earlier on this line; a reader keeps only one of them, so the other is lost without a word".into(),
                    || "첫 번째는 이 줄 앞쪽에 있습니다. 읽는 쪽은 둘 중 하나만 남기므로 나머지는 말없이 사라집니다".into(),
                )
            } else {
                self.pick(
                    format!("the first is on line {first_line}; a reader keeps only one of them, so the other is lost without a word"),
                    || format!("첫 번째는 {first_line}번째 줄에 있습니다. 읽는 쪽은 둘 중 하나만 남기므로 나머지는 말없이 사라집니다"),
                )
            }],
            help: vec![self.pick("merge the two into one".into(), || {
                "둘을 하나로 합치세요".into()
            })],
        }
    }

    /// The label under the first of two duplicates.
    pub(crate) fn first_listed_here(self) -> String {
        self.pick("first listed here".into(), || "처음 나온 곳".into())
    }

    /// An OpenAPI response key that is not a code, a range or `default`, and what kind of
    /// mistake it is.
    fn malformed(self, key: &str, kind: Malformed) -> Text {
        let not_a_code = || {
            self.pick(
                format!("`{key}` is not a response code: OpenAPI reads response keys as HTTP status codes"),
                || format!("응답 키 `{key}`: OpenAPI는 응답 키를 HTTP 상태 코드로 읽으므로 이 키는 쓸 수 없습니다"),
            )
        };
        let not_a_range = || {
            self.pick(
                format!("`{key}` is not a response range: OpenAPI's ranges are 1XX to 5XX, one per class"),
                || format!("`{key}`은(는) 응답 범위가 아닙니다: OpenAPI의 범위는 분류마다 하나씩, 1XX부터 5XX까지입니다"),
            )
        };
        let (message, help) = match kind {
            Malformed::LowerCaseRange(class) => (
                not_a_code(),
                self.pick(
                    format!("write {class}XX: OpenAPI spells ranges with an uppercase X"),
                    || format!("{class}XX(으)로 쓰세요: OpenAPI는 범위를 대문자 X로 씁니다"),
                ),
            ),
            Malformed::NoSuchClass => (
                not_a_range(),
                self.pick(
                    "there is no such class: the ranges are 1XX, 2XX, 3XX, 4XX and 5XX".into(),
                    || "그런 분류는 없습니다: 범위는 1XX, 2XX, 3XX, 4XX, 5XX입니다".into(),
                ),
            ),
            Malformed::NarrowerThanClass(class) => (
                not_a_range(),
                self.pick(
                    format!("list the codes one by one, or write {class}XX for the whole class"),
                    || format!("코드를 하나씩 적거나, 분류 전체라면 {class}XX(으)로 쓰세요"),
                ),
            ),
            Malformed::NotACode => (
                not_a_code(),
                self.pick(
                    "a response key is a code from 100 to 599 (\"404\"), a class range from 1XX to 5XX, or default".into(),
                    || "응답 키는 100부터 599까지의 코드(\"404\"), 1XX부터 5XX까지의 범위, 또는 default입니다".into(),
                ),
            ),
        };
        Text {
            message,
            notes: Vec::new(),
            help: vec![help],
        }
    }

    // ----- files that could not be checked -----

    /// A file or directory that could not be read.
    fn unreadable(self, error: &str) -> String {
        self.pick(format!("could not read it: {error}"), || {
            format!("읽을 수 없습니다: {error}")
        })
    }

    /// A file that is not UTF-8.
    fn not_utf8(self, offset: usize) -> String {
        self.pick(
            format!("not valid UTF-8 (at byte {offset}), so it was not checked"),
            || format!("올바른 UTF-8이 아니라서({offset}번째 바이트) 검사하지 않았습니다"),
        )
    }

    /// A file over the size limit.
    fn too_large(self, size: u64, limit: u64) -> String {
        let mib = |bytes: u64| bytes.div_ceil(1024 * 1024);
        self.pick(
            format!(
                "skipped: {} MiB is over the {} MiB limit (--max-file-size)",
                mib(size),
                mib(limit)
            ),
            || {
                format!(
                    "건너뛰었습니다: {} MiB(으)로 한도 {} MiB를 넘습니다(--max-file-size)",
                    mib(size),
                    mib(limit)
                )
            },
        )
    }

    /// A symbolic link that leads back to a directory above it.
    fn symlink_loop(self, target: &Path) -> String {
        let target = target.display();
        self.pick(
            format!("a symbolic link loop (back to {target}), not followed"),
            || format!("심볼릭 링크가 순환해서 따라가지 않았습니다(되돌아가는 곳: {target})"),
        )
    }

    /// Rust that syn cannot parse.
    fn rust_syntax(self, error: &str) -> String {
        self.pick(
            format!("not checked: the file does not parse as Rust ({error})"),
            || format!("검사하지 않았습니다: Rust로 파싱되지 않습니다({error})"),
        )
    }

    /// A JSON or YAML document that does not parse.
    fn document_syntax(self, kind: &str, error: &str) -> String {
        self.pick(
            format!("not checked: the file does not parse as {kind} ({error})"),
            || format!("검사하지 않았습니다: {kind}(으)로 파싱되지 않습니다({error})"),
        )
    }

    /// A document named on the command line that is not an OpenAPI document.
    fn not_openapi(self) -> String {
        self.pick(
            "not an OpenAPI document: its top level has no `openapi` (or `swagger`) field".into(),
            || "OpenAPI 문서가 아닙니다: 최상위에 `openapi`(또는 `swagger`) 필드가 없습니다".into(),
        )
    }

    /// A YAML stream whose documents at `positions` (from 1) are not OpenAPI, checked beside
    /// the ones that are.
    fn documents_skipped(self, positions: &[usize]) -> String {
        let list = positions
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let english = match positions {
            [_] => format!("document {list} of this stream is not OpenAPI (no top-level `openapi` or `swagger` field), so it was not checked; the others were"),
            _ => format!("documents {list} of this stream are not OpenAPI (no top-level `openapi` or `swagger` field), so they were not checked; the others were"),
        };
        self.pick(
            english,
            || format!("이 스트림의 {list}번째 문서는 OpenAPI가 아니어서(최상위에 `openapi`나 `swagger` 필드가 없음) 검사하지 않았습니다. 나머지 문서는 검사했습니다"),
        )
    }

    /// A file a `$ref` in `referrer` names that could not be found.
    fn missing_ref(self, referrer: &str) -> String {
        self.pick(
            format!(
                "not checked: a `$ref` in {referrer} names this file, which could not be found"
            ),
            || {
                format!(
                    "검사하지 않았습니다: {referrer}의 `$ref`가 가리키는 파일인데 찾을 수 없습니다"
                )
            },
        )
    }

    /// A `$ref` back to a file whose own `$ref`s led to it.
    fn ref_cycle(self) -> String {
        self.pick(
            "a `$ref` cycle leads back to this file; it was checked once".into(),
            || {
                "`$ref`가 돌고 돌아 이 파일로 다시 돌아옵니다. 이 파일은 한 번만 검사했습니다"
                    .into()
            },
        )
    }

    /// A file named on the command line whose kind the linter does not read.
    fn unknown_kind(self) -> String {
        self.pick(
            "not checked: only .rs files and OpenAPI documents (.json, .yaml, .yml) are read"
                .into(),
            || "검사하지 않았습니다: .rs 파일과 OpenAPI 문서(.json, .yaml, .yml)만 읽습니다".into(),
        )
    }

    /// One line on what a rule finds, for SARIF's rule list and `--help`.
    pub(crate) fn rule_description(self, rule: Rule) -> &'static str {
        match (self.0, rule) {
            (Lang::English, Rule::Unused) => {
                "a code the registry reserves and gives no meaning (306, 418)"
            }
            (Lang::English, Rule::Deprecated) => {
                "a code its defining document says not to send (305)"
            }
            (Lang::English, Rule::Obsoleted) => {
                "a code whose defining document is now Historic (510)"
            }
            (Lang::English, Rule::Unassigned) => {
                "a code from 100 to 599 that the registry does not list"
            }
            (Lang::English, Rule::OutOfRange) => "a number outside 100 to 599",
            (Lang::English, Rule::NonStandard) => {
                "a code a vendor sends on its own account (444, 499, 522)"
            }
            (Lang::English, Rule::Discouraged) => {
                "a listed code that the current documents dropped (102)"
            }
            (Lang::English, Rule::Temporary) => {
                "a code the registry holds as a temporary registration (104)"
            }
            (Lang::English, Rule::Expired) => {
                "a temporary registration past the expiry date the registry recorded (104)"
            }
            (Lang::English, Rule::Proposed) => {
                "a number a standards proposal would give a meaning other than the one it is sent with (419)"
            }
            (Lang::English, Rule::BodyNotAllowed) => {
                "a body documented under a code that never has one (1xx, 204, 304)"
            }
            (Lang::English, Rule::UpgradeWithSuccess) => {
                "an API operation that documents both 101 Switching Protocols and a 2xx"
            }
            (Lang::English, Rule::OutdatedPhrase) => {
                "a reason phrase the registry has since replaced (\"Payload Too Large\")"
            }
            (Lang::English, Rule::Duplicate) => "the same code twice in one list of responses",
            (Lang::English, Rule::Malformed) => {
                "an OpenAPI response key that is not a code, a range from 1XX to 5XX, or default"
            }
            (Lang::Korean, Rule::Unused) => {
                "레지스트리가 번호만 예약하고 의미를 주지 않은 코드(306, 418)"
            }
            (Lang::Korean, Rule::Deprecated) => "정의한 문서가 보내지 말라고 한 코드(305)",
            (Lang::Korean, Rule::Obsoleted) => "유일한 정의가 Historic으로 옮겨진 코드(510)",
            (Lang::Korean, Rule::Unassigned) => "100부터 599 사이에서 레지스트리에 없는 코드",
            (Lang::Korean, Rule::OutOfRange) => "100부터 599 밖의 숫자",
            (Lang::Korean, Rule::NonStandard) => {
                "특정 업체가 자체적으로 보내는 코드(444, 499, 522)"
            }
            (Lang::Korean, Rule::Discouraged) => {
                "레지스트리에는 있지만 현행 문서에서 빠진 코드(102)"
            }
            (Lang::Korean, Rule::Temporary) => "레지스트리에 임시 등록된 코드(104)",
            (Lang::Korean, Rule::Expired) => {
                "레지스트리에 기록된 만료일이 지난 임시 등록 코드(104)"
            }
            (Lang::Korean, Rule::Proposed) => {
                "지금 보내는 뜻과 다른 뜻으로 표준 제안이 등록하려는 번호(419)"
            }
            (Lang::Korean, Rule::BodyNotAllowed) => {
                "본문이 있을 수 없는 코드(1xx, 204, 304)에 문서화된 본문"
            }
            (Lang::Korean, Rule::UpgradeWithSuccess) => {
                "101 Switching Protocols와 2xx를 함께 문서화한 API 작업"
            }
            (Lang::Korean, Rule::OutdatedPhrase) => {
                "레지스트리에서 이미 바뀐 옛 상태 문구(\"Payload Too Large\")"
            }
            (Lang::Korean, Rule::Duplicate) => "한 응답 목록에 두 번 나오는 코드",
            (Lang::Korean, Rule::Malformed) => {
                "코드도, 1XX부터 5XX까지의 범위도, default도 아닌 OpenAPI 응답 키"
            }
            (Lang::English, Rule::NoSuccess) => {
                "an API operation that documents no successful response (2xx or 3xx)"
            }
            (Lang::English, Rule::NoClientError) => {
                "an API operation that documents no client error (4xx)"
            }
            (Lang::Korean, Rule::NoSuccess) => {
                "성공 응답(2xx, 3xx)을 하나도 문서화하지 않은 API 작업"
            }
            (Lang::Korean, Rule::NoClientError) => {
                "클라이언트 오류(4xx)를 하나도 문서화하지 않은 API 작업"
            }
        }
    }

    /// An operation whose responses document no 2xx or 3xx.
    fn no_success(self) -> Text {
        Text {
            message: self.pick(
                "this operation documents no successful response: no 2xx or 3xx".into(),
                || "이 작업은 성공 응답을 하나도 문서화하지 않았습니다: 2xx도 3xx도 없습니다".into(),
            ),
            notes: vec![self.pick(
                "a client reading the document cannot tell what a request that works gets back".into(),
                || "문서를 읽는 클라이언트는 요청이 성공했을 때 무엇을 받는지 알 수 없습니다".into(),
            )],
            help: vec![self.pick(
                "document the answer to a request that works, such as 200 with its body or 204".into(),
                || "성공한 요청에 대한 응답을 문서화하세요. 예를 들어 본문이 있는 200이나 204입니다".into(),
            )],
        }
    }

    /// An operation whose responses document no 4xx.
    fn no_client_error(self) -> Text {
        Text {
            message: self.pick(
                "this operation documents no client error: no 4xx".into(),
                || "이 작업은 클라이언트 오류를 하나도 문서화하지 않았습니다: 4xx가 없습니다".into(),
            ),
            notes: vec![self.pick(
                "a request can be refused (a malformed body, a missing credential, an unknown id), and clients write their error handling against the documented statuses".into(),
                || "요청은 거절될 수 있고(잘못된 본문, 없는 인증 정보, 없는 id), 클라이언트는 문서에 적힌 상태를 보고 오류 처리를 작성합니다".into(),
            )],
            help: vec![self.pick(
                "document how a refused request is answered, such as 400, 404 or 422; or a 4XX range".into(),
                || "거절된 요청에 어떻게 응답하는지 문서화하세요. 예를 들어 400, 404, 422나 4XX 범위입니다".into(),
            )],
        }
    }

    /// A response documented with a body under a code that never carries one. `key` is the
    /// key that holds the body (`content`, or Swagger 2.0's `schema`).
    fn body_not_allowed(self, entry: &'static Entry, key: &str) -> Text {
        Text {
            message: self.pick(
                format!(
                    "{} never carries a body, yet this response documents one under `{key}` (RFC 9110 section 6.4.1)",
                    entry.title()
                ),
                || format!(
                    "{}에는 본문이 올 수 없는데, 이 응답은 `{key}`에 본문을 문서화했습니다(RFC 9110 6.4.1절)",
                    entry.title_in(Lang::Korean)
                ),
            ),
            notes: vec![self.pick(
                "the response ends at its header fields, so a client never receives what this documents, and code generated from the document may wait for it".into(),
                || "이 응답은 헤더 필드에서 끝나므로 클라이언트는 여기 문서화된 본문을 받지 못하고, 문서에서 만든 코드는 그 본문을 기다릴 수 있습니다".into(),
            )],
            help: vec![self.pick(
                format!("remove `{key}`; or, if the answer does carry a body, document it under a code that has one, such as 200"),
                || format!("`{key}`을(를) 지우세요. 실제로 본문을 보낸다면 200처럼 본문이 있는 코드로 문서화하세요"),
            )],
        }
    }

    /// An operation that documents 101 beside a 2xx. `success` is the 2xx key.
    fn upgrade_with_success(self, success: &str) -> Text {
        Text {
            message: self.pick(
                format!("this operation documents both 101 Switching Protocols and {success}"),
                || format!("이 작업은 101 Switching Protocols와 {success}을(를) 함께 문서화했습니다"),
            ),
            notes: vec![self.pick(
                "after 101 the connection speaks another protocol, while a 2xx is an HTTP answer; one request gets one or the other, and the document does not say which".into(),
                || "101 뒤로는 연결이 다른 프로토콜로 바뀌고, 2xx는 HTTP 응답입니다. 한 요청은 둘 중 하나만 받는데, 문서는 어느 쪽인지 말하지 않습니다".into(),
            )],
            help: vec![self.pick(
                "split the upgrade and the plain request into operations of their own; if the 2xx is the HTTP/2 answer to the same upgrade (RFC 8441), allow the rule here".into(),
                || "업그레이드 요청과 일반 요청을 각각의 작업으로 나누세요. 2xx가 같은 업그레이드에 대한 HTTP/2 응답이라면(RFC 8441) 여기서는 이 규칙을 허용하세요".into(),
            )],
        }
    }

    /// A reason phrase the registry has since replaced, written for `entry`'s code.
    fn outdated_phrase(self, entry: &'static Entry, phrase: &str) -> Text {
        let reason = entry.reason();
        Text {
            message: words::former_name(phrase, entry, self.0).to_string(),
            notes: Vec::new(),
            help: vec![self.pick(format!("write \"{reason}\""), || {
                format!("\"{reason}\"(으)로 쓰세요")
            })],
        }
    }

    // ----- the run -----

    /// The closing line of human output.
    pub(crate) fn summary(self, errors: usize, warnings: usize, files: usize) -> String {
        match self.0 {
            Lang::English => {
                let plural = |n: usize, word: &str| {
                    if n == 1 {
                        format!("{n} {word}")
                    } else {
                        format!("{n} {word}s")
                    }
                };
                format!(
                    "{} and {} in {} checked",
                    plural(errors, "error"),
                    plural(warnings, "warning"),
                    plural(files, "file")
                )
            }
            Lang::Korean => {
                format!("파일 {files}개를 검사해 오류 {errors}개, 경고 {warnings}개를 찾았습니다")
            }
        }
    }

    // ----- the command line and the configuration -----

    /// An option given without its value.
    pub(crate) fn needs_value(self, flag: &str) -> String {
        self.pick(format!("{flag} needs a value"), || {
            format!("{flag}에는 값이 필요합니다")
        })
    }

    /// A `--format` the linter does not write.
    pub(crate) fn unknown_format(self, name: &str) -> String {
        self.pick(
            format!("unknown format `{name}`: write human, json, sarif or github"),
            || format!("알 수 없는 형식 `{name}`: human, json, sarif, github 중 하나를 쓰세요"),
        )
    }

    /// An option that takes a number given something else.
    pub(crate) fn not_a_number(self, flag: &str, value: &str) -> String {
        self.pick(format!("{flag} takes a number, not `{value}`"), || {
            format!("{flag}에는 숫자를 써야 합니다(받은 값: `{value}`)")
        })
    }

    /// A `--date` value that is not a day.
    pub(crate) fn not_a_date(self, value: &str) -> String {
        self.pick(
            format!("--date takes a day written YYYY-MM-DD, such as 2026-11-14, not `{value}`"),
            || format!("--date에는 2026-11-14처럼 YYYY-MM-DD 형식의 날짜를 주세요. `{value}`은(는) 읽을 수 없습니다"),
        )
    }

    /// A `--color` value the linter does not know.
    pub(crate) fn unknown_color(self, value: &str) -> String {
        self.pick(
            format!("unknown --color `{value}`: write auto, always or never"),
            || format!("알 수 없는 --color 값 `{value}`: auto, always, never 중 하나를 쓰세요"),
        )
    }

    /// An option the linter does not have.
    pub(crate) fn unknown_option(self, text: &str) -> String {
        self.pick(format!("unknown option `{text}`; see --help"), || {
            format!("알 수 없는 옵션 `{text}`: --help를 보세요")
        })
    }

    /// A rule id in the configuration that names no rule.
    pub(crate) fn unknown_rule(self, id: &str) -> String {
        let ids: Vec<&str> = Rule::ALL.iter().map(|rule| rule.id()).collect();
        let ids = ids.join(", ");
        self.pick(format!("unknown rule `{id}`: the rules are {ids}"), || {
            format!("알 수 없는 규칙 `{id}`: 규칙은 {ids}입니다")
        })
    }

    /// A level in the configuration that is not error, warn or allow.
    pub(crate) fn unknown_level(self, level: &str, id: &str) -> String {
        self.pick(
            format!("unknown level `{level}` for `{id}`: write error, warn or allow"),
            || format!("알 수 없는 수준 `{level}`(`{id}`): error, warn, allow 중 하나를 쓰세요"),
        )
    }

    /// A mistake in the configuration file.
    pub(crate) fn bad_config(self, path: &Path, error: &str) -> String {
        let path = path.display();
        self.pick(
            format!("could not use the configuration in {path}: {error}"),
            || format!("{path}의 설정을 쓸 수 없습니다: {error}"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_follow_the_sound() {
        assert_eq!(ko("306은(는)"), "306은");
        assert_eq!(ko("305(Use Proxy)은(는)"), "305(Use Proxy)는");
        assert_eq!(ko("418은(는)"), "418은");
        assert_eq!(ko("499은(는)"), "499는");
        assert_eq!(ko("510(Not Extended)은(는)"), "510(Not Extended)은");
        assert_eq!(ko("12345은(는)"), "12345는");
        assert_eq!(ko("600은(는)"), "600은");
        assert_eq!(ko("RFC 2774이(가)"), "RFC 2774가");
        assert_eq!(ko("RFC 9110 15.4.7절은(는)"), "RFC 9110 15.4.7절은");
        assert_eq!(ko("1XX(으)로"), "1XX로");
        assert_eq!(ko("17 MiB(으)로"), "17 MiB로");
        assert_eq!(ko("404(Not Found)이(가)"), "404(Not Found)가");
        assert_eq!(ko("103(Early Hints)을(를)"), "103(Early Hints)을");
    }

    #[test]
    fn every_korean_message_has_its_particles_chosen() {
        let days = [crate::rules::today(), REGISTRY_DATE];
        let verdicts = days.into_iter().flat_map(|today| {
            [
                99, 102, 104, 299, 305, 306, 418, 419, 444, 499, 510, 600, 12345,
            ]
            .map(|code| (code, crate::rules::judge(code, today).unwrap()))
        });
        let mut texts: Vec<Text> = verdicts
            .map(|(code, verdict)| Lang::Korean.say().verdict(verdict, &code.to_string()))
            .collect();
        for code in [100, 204, 304] {
            texts.push(
                Lang::Korean
                    .say()
                    .body_not_allowed(lookup(code).unwrap(), "content"),
            );
        }
        texts.push(Lang::Korean.say().upgrade_with_success("200"));
        for entry in status_table::entries() {
            for phrase in entry.former_names() {
                texts.push(Lang::Korean.say().outdated_phrase(entry, phrase));
            }
        }
        for text in texts {
            for line in std::iter::once(&text.message)
                .chain(&text.notes)
                .chain(&text.help)
            {
                for marker in ["은(는)", "이(가)", "을(를)", "와(과)", "(으)로"] {
                    assert!(!line.contains(marker), "{line}");
                }
            }
        }
    }
}
