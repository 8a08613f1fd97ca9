//! Every word the macros can show a user, in English and (with the `ko` feature) Korean.
//!
//! A message's first line must stand alone: on stable Rust the compiler prints the rest above
//! the `-->` location, so later lines are short `note:` and `help:` lines.

use status_table::words::{self, Lang};
use status_table::{Entry, State};

use crate::ast::{OptIn, Place};
use crate::handler::ItemKind;

/// The diagnostics in one language: every message is a method, so the language is chosen once,
/// where a message is made (`lang.say().unassigned(..)`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Say(Lang);

/// Gives [`Lang`] the diagnostics of the macros.
pub(crate) trait Speak {
    fn say(self) -> Say;
}

impl Speak for Lang {
    fn say(self) -> Say {
        Say(self)
    }
}

/// Korean with the `ko` feature, English otherwise: the language the macros write in.
pub const fn current_lang() -> Lang {
    if cfg!(feature = "ko") {
        Lang::Korean
    } else {
        Lang::English
    }
}

/// `201 Created, 409 Conflict`.
fn listed_contract(entries: &[&Entry]) -> String {
    let titles: Vec<String> = entries
        .iter()
        .map(|entry| entry.title().to_string())
        .collect();
    titles.join(", ")
}

/// `text` with its paired particles (`은(는)`, `(으)로`, ...) resolved by the sound before each;
/// see `status_table::korean`.
fn particles(text: &str) -> String {
    status_table::korean::particles(text).to_string()
}

impl Say {
    /// What a code in this state is, in a Korean sentence: "사용이 중단된 코드".
    fn state_noun_ko(state: State) -> &'static str {
        match state {
            State::Assigned => "할당된 코드",
            State::Discouraged { .. } => "사용을 자제해야 하는 코드",
            State::Temporary { .. } => "임시 등록된 코드",
            State::Deprecated => "사용이 중단된 코드",
            State::Unused => "사용하지 않는 코드",
            State::Obsoleted { .. } => "폐기된 코드",
            State::NonStandard { .. } => "비표준 코드",
            _ => "이 상태의 코드",
        }
    }

    // ----- shape of the input -----

    pub(crate) fn expected_code(self) -> String {
        match self.0 {
            Lang::English => "expected a status code: a number (404), a constant name (NOT_FOUND) or a reason phrase (\"Not Found\")".into(),
            Lang::Korean => "상태 코드가 와야 합니다: 숫자(404), 상수 이름(NOT_FOUND), 또는 사유 문구(\"Not Found\")".into(),
        }
    }

    pub(crate) fn empty_status(self) -> String {
        match self.0 {
            Lang::English => "status! needs one code, e.g. status!(404), status!(NOT_FOUND) or status!(\"Not Found\")".into(),
            Lang::Korean => "status!에는 코드 하나가 필요합니다. 예: status!(404), status!(NOT_FOUND), status!(\"Not Found\")".into(),
        }
    }

    pub(crate) fn more_than_one_code(self) -> String {
        match self.0 {
            Lang::English => "status! takes exactly one code\nhelp: to declare every code a handler answers with, use #[responds(...)] on the handler".into(),
            Lang::Korean => "status!는 코드를 하나만 받습니다\nhelp: 핸들러가 응답하는 코드를 모두 선언하려면 핸들러에 #[responds(...)]를 붙이세요".into(),
        }
    }

    pub(crate) fn code_is_one_token(self) -> String {
        match self.0 {
            Lang::English => "expected `,` or the end: each code is one number, name or phrase, not an expression".into(),
            Lang::Korean => "`,`나 끝이 와야 합니다: 코드는 숫자, 이름, 문구 하나이며 식은 쓸 수 없습니다".into(),
        }
    }

    pub(crate) fn one_code_per_opt_in(self) -> String {
        match self.0 {
            Lang::English => "an opt-in wraps exactly one code, e.g. allow_nonstandard(444)".into(),
            Lang::Korean => "허용 표시는 코드 하나만 감쌉니다. 예: allow_nonstandard(444)".into(),
        }
    }

    pub(crate) fn suffixed(self, suffix: &str, digits: &str) -> String {
        match self.0 {
            Lang::English => format!("remove the `{suffix}` suffix: a status code is a plain integer\nhelp: write {digits}"),
            Lang::Korean => particles(&format!("`{suffix}` 접미사를 지우세요: 상태 코드는 접미사 없는 정수입니다\nhelp: {digits}(으)로 쓰세요")),
        }
    }

    pub(crate) fn not_an_integer(self, written: &str) -> String {
        match self.0 {
            Lang::English => {
                format!("a status code is a whole number from 100 to 599, not `{written}`")
            }
            Lang::Korean => particles(&format!(
                "상태 코드는 100에서 599 사이의 정수입니다. `{written}`은(는) 쓸 수 없습니다"
            )),
        }
    }

    pub(crate) fn path_instead_of_name(self, last: &str) -> String {
        match self.0 {
            Lang::English => {
                format!("write the constant's name alone, not a path\nhelp: write `{last}`")
            }
            Lang::Korean => particles(&format!(
                "경로가 아니라 상수 이름만 쓰세요\nhelp: `{last}`(으)로 쓰세요"
            )),
        }
    }

    /// `name` is the macro's name as written: `concat`.
    pub(crate) fn macro_instead_of_code(self, name: &str) -> String {
        match self.0 {
            Lang::English => format!("the code is read from the tokens as written, so `{name}!(..)` is not expanded first\nhelp: write the code itself, e.g. 404, NOT_FOUND or \"Not Found\"; for a code known only at run time, use Status::from_code"),
            Lang::Korean => particles(&format!("코드는 쓰인 토큰 그대로 읽으므로 `{name}!(..)`을 먼저 펼치지 않습니다\nhelp: 404, NOT_FOUND, \"Not Found\"처럼 코드 자체를 쓰세요. 실행 중에야 알 수 있는 코드라면 Status::from_code를 쓰세요")),
        }
    }

    /// A `2XX` where one code was expected; `examples` are codes of that class.
    pub(crate) fn class_range(self, written: &str, class: u16, examples: &str) -> String {
        match self.0 {
            Lang::English => format!("`{written}` stands for every {class}xx status, but each code here is one exact status\nhelp: write each code you mean, e.g. {examples}"),
            Lang::Korean => particles(&format!("`{written}`은(는) {class}xx 상태 전체를 뜻하지만, 여기에는 정확한 상태 하나씩을 씁니다\nhelp: 뜻하는 코드를 하나씩 쓰세요. 예: {examples}")),
        }
    }

    /// A string holding a number: `"200"`.
    pub(crate) fn quoted_number(self, written: &str) -> String {
        match self.0 {
            Lang::English => format!("\"{written}\" is a number in quotes, and a string is read as a reason phrase\nhelp: write the number without quotes, inside parentheses: ({written})"),
            Lang::Korean => particles(&format!("\"{written}\"은(는) 따옴표 안의 숫자이며, 문자열은 사유 문구로 읽습니다\nhelp: 따옴표 없이 괄호 안에 숫자를 쓰세요: ({written})")),
        }
    }

    /// `STRICT` where the flag `strict` was meant.
    pub(crate) fn flag_in_capitals(self, flag: &str) -> String {
        match self.0 {
            Lang::English => format!("\nhelp: the flag is written in lower case: `{flag}`, as in #[responds(200, {flag})]"),
            Lang::Korean => particles(&format!("\nhelp: 플래그는 소문자로 씁니다: #[responds(200, {flag})]처럼 `{flag}`")),
        }
    }

    /// `strict(200)`: a flag written like an opt-in.
    pub(crate) fn flag_with_code(self, flag: &str) -> String {
        match self.0 {
            Lang::English => format!("`{flag}` is a flag of the whole list and wraps no code\nhelp: write it on its own, e.g. #[responds(200, {flag})]"),
            Lang::Korean => particles(&format!("`{flag}`은(는) 목록 전체에 거는 플래그라 코드를 감싸지 않습니다\nhelp: #[responds(200, {flag})]처럼 따로 쓰세요")),
        }
    }

    /// What follows "no status code is named `MY_CONST`" when nothing is close: the macros read
    /// tokens, not values.
    pub(crate) fn names_are_not_evaluated(self) -> String {
        match self.0 {
            Lang::English => "\nnote: the code is read from the tokens as written, so a constant or variable is not evaluated\nhelp: write the code itself, e.g. 404, NOT_FOUND or \"Not Found\"; for a code known only at run time, use Status::from_code".into(),
            Lang::Korean => "\nnote: 코드는 쓰인 토큰 그대로 읽으므로 상수나 변수의 값을 계산하지 않습니다\nhelp: 404, NOT_FOUND, \"Not Found\"처럼 코드 자체를 쓰세요. 실행 중에야 알 수 있는 코드라면 Status::from_code를 쓰세요".into(),
        }
    }

    /// A character in a phrase that looks like a space but is not one.
    pub(crate) fn lookalike_space(self, character: char, position: usize) -> String {
        let code = format!("U+{:04X}", u32::from(character));
        match self.0 {
            Lang::English => format!("\nnote: character {position} of the phrase is {code}, which looks like a space but is not one; the registry's phrases use plain spaces"),
            Lang::Korean => particles(&format!("\nnote: 문구의 {position}번째 글자는 공백처럼 보이지만 공백이 아닌 {code}입니다. 레지스트리 문구에는 일반 공백만 씁니다")),
        }
    }

    pub(crate) fn second_responds(self, handler: &str) -> String {
        match self.0 {
            Lang::English => format!("a second #[responds] on `{handler}`: a handler has one contract\nhelp: merge the two lists into one #[responds(...)]"),
            Lang::Korean => particles(&format!("`{handler}`에 #[responds]가 또 있습니다: 핸들러의 계약은 하나입니다\nhelp: 두 목록을 #[responds(...)] 하나로 합치세요")),
        }
    }

    pub(crate) fn debug_check_never_returns(self) -> String {
        match self.0 {
            Lang::English => "debug_check has nothing to check: a function that returns `!` never answers\nhelp: drop debug_check".into(),
            Lang::Korean => "debug_check가 검사할 것이 없습니다: `!`를 반환하는 함수는 응답하지 않습니다\nhelp: debug_check를 빼세요".into(),
        }
    }

    /// `-404`: `digits` is the number without its sign.
    pub(crate) fn negative(self, digits: &str) -> String {
        let written = format!("-{digits}");
        let out_of_range = words::out_of_range(&written, self.0);
        match self.0 {
            Lang::English => {
                format!("{out_of_range}\nhelp: status codes are never negative: write {digits}")
            }
            Lang::Korean => particles(&format!(
                "{out_of_range}\nhelp: 상태 코드는 음수일 수 없습니다: {digits}(으)로 쓰세요"
            )),
        }
    }

    // ----- codes the registry does not give -----

    pub(crate) fn out_of_range(self, written: &str) -> String {
        format!(
            "{}\nhelp: {}",
            words::out_of_range(written, self.0),
            words::classes(self.0)
        )
    }

    /// The refusal of a number the registry lists nothing for, with the sendable codes nearest
    /// to it.
    pub(crate) fn unassigned(self, code: u16) -> String {
        let mut message = words::unassigned(code, self.0).to_string();
        if let Some(nearest) = words::nearest(code, self.0) {
            message += &format!("\nhelp: {nearest}");
        }
        message
    }

    pub(crate) fn unknown_name(self, written: &str, suggestion: Option<(&str, &Entry)>) -> String {
        let mut message = match self.0 {
            Lang::English => format!("no status code is named `{written}`"),
            Lang::Korean => particles(&format!("`{written}`(이)라는 이름의 상태 코드는 없습니다")),
        };
        if let Some((name, entry)) = suggestion {
            message += &match self.0 {
                Lang::English => format!("\nhelp: did you mean `{name}` ({})?", entry.title()),
                Lang::Korean => particles(&format!(
                    "\nhelp: `{name}`({})을(를) 뜻하셨나요?",
                    entry.title()
                )),
            };
        }
        message
    }

    pub(crate) fn unknown_phrase(
        self,
        written: &str,
        suggestion: Option<(&str, &Entry)>,
    ) -> String {
        let mut message = match self.0 {
            Lang::English => format!("no status code has the reason phrase \"{written}\""),
            Lang::Korean => particles(&format!("사유 문구가 \"{written}\"인 상태 코드는 없습니다")),
        };
        if let Some((phrase, entry)) = suggestion {
            message += &match self.0 {
                Lang::English => format!(
                    "\nhelp: did you mean \"{phrase}\" ({})? Phrases are spelt as the IANA registry spells them",
                    entry.code()
                ),
                Lang::Korean => particles(&format!(
                    "\nhelp: \"{phrase}\"({})을(를) 뜻하셨나요? 사유 문구는 IANA 레지스트리 표기를 그대로 따릅니다",
                    entry.code()
                )),
            };
        }
        message
    }

    // ----- listed codes refused without an opt-in -----

    /// The refusal of a listed code in a state that is not sendable. `opt_in` is the keyword
    /// that would let it through, if there is one; `place` says where it would be written.
    pub(crate) fn refused(self, entry: &Entry, opt_in: Option<OptIn>, place: Place) -> String {
        let code = entry.code();
        let mut message = words::listed(entry, self.0).to_string();
        if let Some(why) = entry.why(self.0) {
            message += "\nnote: ";
            message += why;
        }
        if let Some(instead) = entry.advice(self.0) {
            message += "\nhelp: ";
            message += instead;
        }
        message += &match (self.0, opt_in, place) {
            (Lang::English, Some(opt_in), Place::Macro) => format!(
                "\nhelp: to send {code} anyway, write {}({code})",
                opt_in.keyword()
            ),
            (Lang::Korean, Some(opt_in), Place::Macro) => particles(&format!(
                "\nhelp: 그래도 {code}을(를) 보내야 한다면 {}({code})(으)로 쓰세요",
                opt_in.keyword()
            )),
            (Lang::English, Some(opt_in), Place::UtoipaPath) => format!(
                "\nhelp: to send and document {code} anyway, declare {}({code}) in #[responds(...)]",
                opt_in.keyword()
            ),
            (Lang::Korean, Some(opt_in), Place::UtoipaPath) => particles(&format!(
                "\nhelp: 그래도 {code}을(를) 보내고 문서화해야 한다면 #[responds(...)]에 {}({code})을(를) 선언하세요",
                opt_in.keyword()
            )),
            (Lang::English, None, _) => format!("\nnote: {code} has no opt-in"),
            (Lang::Korean, None, _) => particles(&format!("\nnote: {code}에는 허용 표시가 없습니다")),
        };
        message
    }

    // ----- opt-ins -----

    pub(crate) fn unknown_opt_in(self, written: &str, suggestion: Option<OptIn>) -> String {
        let all = OptIn::ALL.map(OptIn::keyword).join(", ");
        let mut message = match self.0 {
            Lang::English => format!("unknown opt-in `{written}`: expected one of {all}"),
            Lang::Korean => particles(&format!(
                "알 수 없는 허용 표시 `{written}`: {all} 중 하나여야 합니다"
            )),
        };
        if let Some(opt_in) = suggestion {
            message += &match self.0 {
                Lang::English => format!("\nhelp: did you mean `{}`?", opt_in.keyword()),
                Lang::Korean => {
                    particles(&format!("\nhelp: `{}`을(를) 뜻하셨나요?", opt_in.keyword()))
                }
            };
        }
        message
    }

    pub(crate) fn nested_opt_in(self) -> String {
        match self.0 {
            Lang::English => "opt-ins do not nest: write one, e.g. allow_nonstandard(444)".into(),
            Lang::Korean => {
                "허용 표시는 겹쳐 쓸 수 없습니다. 하나만 쓰세요. 예: allow_nonstandard(444)".into()
            }
        }
    }

    pub(crate) fn needless_opt_in(self, entry: &Entry, written: OptIn) -> String {
        let state = entry.state().label_in(self.0);
        match self.0 {
            Lang::English => format!(
                "{} is {state} and needs no opt-in\nhelp: remove {}(...) and write {}",
                entry.title(),
                written.keyword(),
                entry.code()
            ),
            Lang::Korean => particles(&format!(
                "{}은(는) {}(이)라 허용 표시가 필요 없습니다\nhelp: {}(...)을(를) 지우고 {}(으)로 쓰세요",
                entry.title(),
                Say::state_noun_ko(entry.state()),
                written.keyword(),
                entry.code()
            )),
        }
    }

    pub(crate) fn wrong_opt_in(self, entry: &Entry, written: OptIn, needed: OptIn) -> String {
        let state = entry.state().label_in(self.0);
        let code = entry.code();
        match self.0 {
            Lang::English => format!(
                "{code} is {state}, so {} does not apply\nhelp: write {}({code})",
                written.keyword(),
                needed.keyword()
            ),
            Lang::Korean => particles(&format!(
                "{code}은(는) {}(이)라 {}은(는) 맞지 않습니다\nhelp: {}({code})(으)로 쓰세요",
                Say::state_noun_ko(entry.state()),
                written.keyword(),
                needed.keyword()
            )),
        }
    }

    pub(crate) fn no_opt_in_for(self, entry: &Entry) -> String {
        let code = entry.code();
        match self.0 {
            Lang::English => format!("{code} cannot be opted into: it has no meaning to send"),
            Lang::Korean => particles(&format!(
                "{code}은(는) 허용 표시로도 보낼 수 없습니다: 보낼 의미가 없습니다"
            )),
        }
    }

    pub(crate) fn opt_in_for_unlisted(self) -> String {
        match self.0 {
            Lang::English => "unassigned and out-of-range codes have no opt-in".into(),
            Lang::Korean => "할당되지 않았거나 범위를 벗어난 코드에는 허용 표시가 없습니다".into(),
        }
    }

    // ----- warnings (shown by the compiler as deprecation notes) -----

    /// A warning is one line (the compiler shows it as a deprecation note), so the table's
    /// sentences are joined with `; `.
    pub(crate) fn discouraged(self, entry: &Entry) -> String {
        let mut warning = words::listed(entry, self.0).to_string();
        if let Some(advice) = entry.advice(self.0) {
            warning += "; ";
            warning += advice;
        }
        warning
    }

    /// Every statement is about the registry of `REGISTRY_DATE`, so it stays true whatever
    /// happened to the registration since; the macros never read the clock.
    pub(crate) fn temporary(self, entry: &Entry) -> String {
        format!(
            "{}; {}",
            words::listed(entry, self.0),
            words::check_registry(self.0)
        )
    }

    pub(crate) fn former_name(self, written: &str, entry: &Entry, constant: &str) -> String {
        let (code, reason) = (entry.code(), entry.reason());
        let former = words::former_name(written, entry, self.0);
        match self.0 {
            Lang::English => format!("{former}; write {code}, {constant} or \"{reason}\""),
            Lang::Korean => particles(&format!(
                "{former}. {code}, {constant}, \"{reason}\" 중 하나로 쓰세요"
            )),
        }
    }

    // ----- #[responds] -----

    /// "a struct", "구조체": the item `#[responds]` was put on instead of a function.
    fn item_kind(self, kind: ItemKind) -> &'static str {
        match (self.0, kind) {
            (Lang::English, ItemKind::Struct) => "a struct",
            (Lang::English, ItemKind::Enum) => "an enum",
            (Lang::English, ItemKind::Union) => "a union",
            (Lang::English, ItemKind::Trait) => "a trait",
            (Lang::English, ItemKind::Impl) => "an impl block",
            (Lang::English, ItemKind::Module) => "a module",
            (Lang::English, ItemKind::Constant) => "a constant",
            (Lang::English, ItemKind::Static) => "a static",
            (Lang::English, ItemKind::TypeAlias) => "a type alias",
            (Lang::English, ItemKind::Use) => "a use declaration",
            (Lang::English, ItemKind::Other) => "this item",
            (Lang::Korean, ItemKind::Struct) => "구조체",
            (Lang::Korean, ItemKind::Enum) => "열거형",
            (Lang::Korean, ItemKind::Union) => "공용체",
            (Lang::Korean, ItemKind::Trait) => "트레이트",
            (Lang::Korean, ItemKind::Impl) => "impl 블록",
            (Lang::Korean, ItemKind::Module) => "모듈",
            (Lang::Korean, ItemKind::Constant) => "상수",
            (Lang::Korean, ItemKind::Static) => "static 항목",
            (Lang::Korean, ItemKind::TypeAlias) => "타입 별칭",
            (Lang::Korean, ItemKind::Use) => "use 선언",
            (Lang::Korean, ItemKind::Other) => "이 항목",
        }
    }

    pub(crate) fn not_a_function(self, kind: ItemKind) -> String {
        let kind = self.item_kind(kind);
        match self.0 {
            Lang::English => format!("#[responds] goes on a function or method, not on {kind}\nhelp: put it on each handler function or method whose statuses it declares"),
            Lang::Korean => particles(&format!("#[responds]는 {kind}이(가) 아니라 함수나 메서드에 붙입니다\nhelp: 상태를 선언할 핸들러 함수나 메서드마다 붙이세요")),
        }
    }

    pub(crate) fn foreign_function(self) -> String {
        match self.0 {
            Lang::English => "#[responds] cannot go on a function declared in an `extern` block: it has no Rust body, and an extern block cannot hold the contract's constant\nhelp: put #[responds] on the Rust handler that calls this function".into(),
            Lang::Korean => "#[responds]는 `extern` 블록에 선언된 함수에 붙일 수 없습니다: Rust 본문이 없고, extern 블록에는 계약 상수를 둘 수 없습니다\nhelp: 이 함수를 호출하는 Rust 핸들러에 #[responds]를 붙이세요".into(),
        }
    }

    pub(crate) fn empty_responds(self) -> String {
        match self.0 {
            Lang::English => "#[responds] needs at least one status, e.g. #[responds(200)] or #[responds(201, 409)]".into(),
            Lang::Korean => "#[responds]에는 상태가 하나 이상 필요합니다. 예: #[responds(200)], #[responds(201, 409)]".into(),
        }
    }

    pub(crate) fn duplicate_status(self, entry: &Entry) -> String {
        match self.0 {
            Lang::English => format!("{} is declared twice\nhelp: remove this one", entry.title()),
            Lang::Korean => particles(&format!(
                "{}이(가) 두 번 선언되었습니다\nhelp: 이것을 지우세요",
                entry.title()
            )),
        }
    }

    /// `middleware` without its list, or with something other than paths in it.
    pub(crate) fn middleware_without_list(self) -> String {
        match self.0 {
            Lang::English => "`middleware(...)` takes the constants that say what the layers in front of the handler add: middleware(AUTH, RATE_LIMIT)\nhelp: declare each once, beside its layer: const AUTH: StatusSet = StatusSet::of(&[status!(401)]);".into(),
            Lang::Korean => "`middleware(...)`에는 핸들러 앞의 레이어가 더하는 상태를 담은 상수를 씁니다: middleware(AUTH, RATE_LIMIT)\nhelp: 레이어 옆에 한 번만 선언하세요: const AUTH: StatusSet = StatusSet::of(&[status!(401)]);".into(),
        }
    }

    pub(crate) fn empty_middleware(self) -> String {
        match self.0 {
            Lang::English => "`middleware()` names no constant\nhelp: name the constants of the layers in front of the handler, middleware(AUTH), or remove it".into(),
            Lang::Korean => "`middleware()`에 상수가 없습니다\nhelp: 핸들러 앞 레이어의 상수를 middleware(AUTH)처럼 쓰거나 이것을 지우세요".into(),
        }
    }

    pub(crate) fn middleware_twice(self) -> String {
        match self.0 {
            Lang::English => "`middleware(...)` is written twice\nhelp: name every constant in the first one: middleware(AUTH, RATE_LIMIT)".into(),
            Lang::Korean => "`middleware(...)`가 두 번 쓰였습니다\nhelp: 모든 상수를 첫 번째에 쓰세요: middleware(AUTH, RATE_LIMIT)".into(),
        }
    }

    pub(crate) fn middleware_named_twice(self, constant: &str) -> String {
        match self.0 {
            Lang::English => {
                format!("`{constant}` is named twice in middleware(...)\nhelp: remove this one")
            }
            Lang::Korean => particles(&format!(
                "`{constant}`이(가) middleware(...)에 두 번 쓰였습니다\nhelp: 이것을 지우세요"
            )),
        }
    }

    pub(crate) fn duplicate_flag(self, flag: &str) -> String {
        match self.0 {
            Lang::English => format!("`{flag}` is given twice"),
            Lang::Korean => particles(&format!("`{flag}`이(가) 두 번 쓰였습니다")),
        }
    }

    /// `crate = ...` that is not `crate = path`.
    pub(crate) fn malformed_crate(self) -> String {
        match self.0 {
            Lang::English => "expected `crate = path`: the path to status-core where the dependency is renamed or re-exported\nhelp: write e.g. crate = my_core, or crate = ::my_crate::status_core".into(),
            Lang::Korean => "`crate = 경로`가 와야 합니다: 이름을 바꾸거나 다시 내보낸 status-core의 경로입니다\nhelp: crate = my_core나 crate = ::my_crate::status_core처럼 쓰세요".into(),
        }
    }

    /// `crate = "my_core"`: serde's form, written where a path is read.
    pub(crate) fn quoted_crate(self, written: &str) -> String {
        match self.0 {
            Lang::English => format!("the crate override is a path, not a string\nhelp: write it without quotes: crate = {written}"),
            Lang::Korean => format!("crate 재지정은 문자열이 아니라 경로입니다\nhelp: 따옴표 없이 쓰세요: crate = {written}"),
        }
    }

    pub(crate) fn duplicate_crate(self) -> String {
        match self.0 {
            Lang::English => {
                "`crate = ...` is given twice\nhelp: keep one path to status-core".into()
            }
            Lang::Korean => {
                "`crate = ...`가 두 번 쓰였습니다\nhelp: status-core 경로는 하나만 남기세요".into()
            }
        }
    }

    /// `#[status(crate = my_core, 404)]`: the override shares its attribute with something.
    pub(crate) fn crate_attr_alone(self) -> String {
        match self.0 {
            Lang::English => "`crate = ...` stands alone in its attribute\nhelp: write #[status(crate = my_core)] on the type, and each status in its own #[status(...)]".into(),
            Lang::Korean => "`crate = ...`는 속성 안에 혼자 씁니다\nhelp: 타입에 #[status(crate = my_core)]를 쓰고, 상태는 각각 #[status(...)]에 따로 쓰세요".into(),
        }
    }

    pub(crate) fn crate_on_variant(self) -> String {
        match self.0 {
            Lang::English => "#[status(crate = ...)] goes on the type, not on a variant\nhelp: move it above the enum, beside #[derive(ResponseStatus)]".into(),
            Lang::Korean => "#[status(crate = ...)]는 배리언트가 아니라 타입에 붙입니다\nhelp: #[derive(ResponseStatus)] 옆, 열거형 위로 옮기세요".into(),
        }
    }

    pub(crate) fn informational_final(self, entry: &Entry) -> String {
        match self.0 {
            Lang::English => format!(
                "{} is informational, so it cannot be a handler's final answer\nnote: 1xx responses come before the final one (RFC 9110 section 15.2); only 101 Switching Protocols ends the exchange\nhelp: declare the final status instead",
                entry.title()
            ),
            Lang::Korean => particles(&format!(
                "{}은(는) 정보 응답이라 핸들러의 최종 응답이 될 수 없습니다\nnote: 1xx 응답은 최종 응답보다 먼저 옵니다(RFC 9110 15.2절). 교환을 끝내는 것은 101 Switching Protocols뿐입니다\nhelp: 최종 상태를 선언하세요",
                entry.title()
            )),
        }
    }

    pub(crate) fn undeclared(self, handler: &str, entry: &Entry, declared: &[&Entry]) -> String {
        let code = entry.code();
        let declared = listed_contract(declared);
        match self.0 {
            Lang::English => format!(
                "`{handler}` answers {} here, but its #[responds] contract is {declared}\nhelp: add {code} to #[responds(...)], or answer with a declared status",
                entry.title()
            ),
            Lang::Korean => particles(&format!(
                "`{handler}`이(가) 여기서 {}(으)로 응답하지만 #[responds] 계약은 {declared}입니다\nhelp: #[responds(...)]에 {code}을(를) 넣거나 선언된 상태로 응답하세요",
                entry.title()
            )),
        }
    }

    pub(crate) fn implied_undeclared(
        self,
        handler: &str,
        written: &str,
        entry: &Entry,
        declared: &[&Entry],
    ) -> String {
        let code = entry.code();
        let declared = listed_contract(declared);
        match self.0 {
            Lang::English if written == "()" => format!(
                "`{handler}` returns nothing, which is sent as {}, but its #[responds] contract is {declared}\nhelp: add {code} to #[responds(...)], or return the status itself (-> StatusCode)",
                entry.title()
            ),
            Lang::English => format!(
                "`{handler}` returns `{written}`, which is sent as {}, but its #[responds] contract is {declared}\nhelp: add {code} to #[responds(...)], or return the status with the body, e.g. (StatusCode, {written})",
                entry.title()
            ),
            Lang::Korean if written == "()" => format!(
                "`{handler}`은(는) 아무것도 반환하지 않아 {}(으)로 전송되지만, #[responds] 계약은 {declared}입니다\nhelp: #[responds(...)]에 {code}을(를) 넣거나, 상태 자체를 반환하세요(-> StatusCode)",
                entry.title()
            ),
            Lang::Korean => particles(&format!(
                "`{handler}`은(는) `{written}`을(를) 반환하고 이는 {}(으)로 전송되지만, #[responds] 계약은 {declared}입니다\nhelp: #[responds(...)]에 {code}을(를) 넣거나, (StatusCode, {written})처럼 상태를 본문과 함께 반환하세요",
                entry.title()
            )),
        }
    }

    /// Filled in during constant evaluation: `{status}` becomes `404 Not Found`, `{code}` 404.
    pub(crate) fn undeclared_through(
        self,
        handler: &str,
        mention: &str,
        declared: &[&Entry],
    ) -> String {
        let declared = listed_contract(declared);
        match self.0 {
            Lang::English => format!(
                "`{handler}` answers {{status}} here through `{mention}`, but its #[responds] contract is {declared}\nhelp: add {{code}} to #[responds(...)], or answer with a variant whose status is declared"
            ),
            Lang::Korean => particles(&format!(
                "`{handler}`이(가) 여기서 `{mention}`을(를) 통해 {{status}} 상태로 응답하지만, #[responds] 계약은 {declared}입니다\nhelp: #[responds(...)]에 이 코드({{code}})를 넣거나, 선언된 상태의 배리언트로 응답하세요"
            )),
        }
    }

    pub(crate) fn all_errors_without_error_type(self) -> String {
        match self.0 {
            Lang::English => "all_errors needs a return type `Result<T, E>` whose error type `E` can be named here\nhelp: return Result<T, ApiError> (or an alias of Result), or drop all_errors".into(),
            Lang::Korean => "all_errors에는 오류 타입 `E`를 이 자리에서 이름으로 가리킬 수 있는 `Result<T, E>` 반환 타입이 필요합니다\nhelp: Result<T, ApiError>(또는 Result의 별칭)를 반환하거나 all_errors를 빼세요".into(),
        }
    }

    /// "the error type of `Result<()>`", for a handler whose `Result` is an alias.
    pub(crate) fn error_type_of(self, alias: &str) -> String {
        match self.0 {
            Lang::English => format!("the error type of `{alias}`"),
            Lang::Korean => particles(&format!("`{alias}`의 오류 타입")),
        }
    }

    pub(crate) fn all_errors_not_derived(self, error_type: &str) -> String {
        match self.0 {
            Lang::English => format!("all_errors needs the error type to derive ResponseStatus, and {error_type} does not\nhelp: add #[derive(ResponseStatus)] to it, with a #[status(...)] on each variant, or drop all_errors"),
            Lang::Korean => particles(&format!("all_errors를 쓰려면 오류 타입이 ResponseStatus를 derive해야 하는데, {error_type}은(는) 그렇지 않습니다\nhelp: 그 타입에 #[derive(ResponseStatus)]를 붙이고 배리언트마다 #[status(...)]를 쓰거나, all_errors를 빼세요")),
        }
    }

    /// Filled in during constant evaluation: `{variant}`, `{status}` and `{code}`.
    pub(crate) fn all_errors_undeclared(
        self,
        handler: &str,
        error_type: &str,
        declared: &[&Entry],
    ) -> String {
        let declared = listed_contract(declared);
        match self.0 {
            Lang::English => format!(
                "`{handler}` can answer, through {error_type}, statuses its #[responds] contract ({declared}) does not list (all_errors): {{undeclared}}\nhelp: add {{undeclared_codes}} to #[responds(...)], or return an error type that only answers declared statuses"
            ),
            Lang::Korean => particles(&format!(
                "`{handler}`은(는) {error_type}을(를) 통해 #[responds] 계약({declared})에 없는 상태로 응답할 수 있습니다(all_errors): {{undeclared}}\nhelp: #[responds(...)]에 넣을 코드: {{undeclared_codes}}. 아니면 선언된 상태로만 응답하는 오류 타입을 반환하세요"
            )),
        }
    }

    /// `by_parameters`: the handler has parameters, whose types were asked too.
    pub(crate) fn never_named(self, handler: &str, entry: &Entry, by_parameters: bool) -> String {
        match self.0 {
            Lang::English => {
                let parameters = if by_parameters {
                    " and no parameter's type implies it"
                } else {
                    ""
                };
                format!(
                    "`{handler}` declares {} but its body never names it{parameters} (strict)\n{}",
                    entry.title(),
                    self.strict_sees(false),
                )
            }
            Lang::Korean => {
                let parameters = if by_parameters {
                    "본문에서 한 번도 쓰지 않고, 어떤 매개변수 타입에서도 나오지 않습니다"
                } else {
                    "본문에서 한 번도 쓰지 않습니다"
                };
                particles(&format!(
                    "`{handler}`이(가) {}을(를) 선언했지만 {parameters}(strict)\n{}",
                    entry.title(),
                    self.strict_sees(false),
                ))
            }
        }
    }

    /// What `strict` sees, and what to do about one unnamed status or several.
    fn strict_sees(self, several: bool) -> String {
        match self.0 {
            Lang::English => {
                let (them, they_come) = if several {
                    ("them", "they come")
                } else {
                    ("it", "it comes")
                };
                format!("note: strict sees a status named in the body, a variant of the error type, a `?` or `Err(error)` of that type, and what the parameters' types imply; a status made in a called function it cannot see\nhelp: remove {them} from #[responds(...)], or drop `strict` if {they_come} from a called function or an error conversion; the route check's coverage report lists declared statuses never seen at run time")
            }
            Lang::Korean => "note: strict는 본문에 쓴 상태, 오류 타입의 변형, 그 타입의 `?`와 `Err(error)`, 매개변수 타입에서 나오는 상태를 봅니다. 호출한 함수 안에서 만든 상태는 보지 못합니다\nhelp: #[responds(...)]에서 지우거나, 호출한 함수나 오류 변환에서 나오는 상태라면 `strict`를 빼세요. 선언했지만 실행 중에 한 번도 나오지 않은 상태는 라우트 검사의 커버리지 보고서가 알려 줍니다".to_owned(),
        }
    }

    /// The same for the declared statuses that only the compiler can tell are never named (it
    /// knows the error type's variants and the parameters' types): a template whose
    /// `{unnamed}` becomes every such status, so one error lists them all.
    pub(crate) fn never_named_any(self, handler: &str, by_parameters: bool) -> String {
        match self.0 {
            Lang::English => {
                let parameters = if by_parameters {
                    " and no parameter's type implies"
                } else {
                    ""
                };
                format!(
                    "`{handler}` declares statuses its body never names{parameters} (strict): {{unnamed}}\n{}",
                    self.strict_sees(true),
                )
            }
            Lang::Korean => {
                let parameters = if by_parameters {
                    "본문에서 한 번도 쓰지 않고 어떤 매개변수 타입에서도 나오지 않는"
                } else {
                    "본문에서 한 번도 쓰지 않는"
                };
                particles(&format!(
                    "`{handler}`이(가) 선언한 상태 중 {parameters} 것이 있습니다(strict): {{unnamed}}\n{}",
                    self.strict_sees(true),
                ))
            }
        }
    }

    /// `opaque` is the `impl Trait` as written, `handler` the function's name and `constant`
    /// its `NAME_RESPONSES`.
    pub(crate) fn debug_check_opaque(self, opaque: &str, handler: &str, constant: &str) -> String {
        let route = format!(".route(\"/path\", post({constant}.on({handler})))");
        match self.0 {
            Lang::English => format!("debug_check cannot read a status through `{opaque}`\nhelp: drop debug_check and check the route instead (status-core's `axum` feature); it reads every response, whatever the handler returns: {route}\nhelp: or return a concrete type, such as Json<T>, String, (StatusCode, T) or Result<T, E>"),
            Lang::Korean => particles(&format!("debug_check는 `{opaque}` 너머의 상태를 읽을 수 없습니다\nhelp: debug_check를 빼고 라우트에서 검사하세요(status-core의 `axum` 기능). 핸들러가 무엇을 반환하든 모든 응답을 읽습니다: {route}\nhelp: 아니면 Json<T>, String, (StatusCode, T), Result<T, E> 같은 구체적인 타입을 반환하세요")),
        }
    }

    pub(crate) fn debug_check_no_body(self) -> String {
        match self.0 {
            Lang::English => "debug_check needs a body to check, and this method has none\nhelp: drop debug_check here and write #[responds(..., debug_check)] on each implementation of the method".into(),
            Lang::Korean => "debug_check에는 검사할 본문이 필요한데, 이 메서드에는 본문이 없습니다\nhelp: 여기서는 debug_check를 빼고, 메서드를 구현하는 쪽마다 #[responds(..., debug_check)]를 쓰세요".into(),
        }
    }

    // ----- #[derive(ResponseStatus)] -----

    pub(crate) fn variant_without_status(self, name: &str, is_struct: bool) -> String {
        match (self.0, is_struct) {
            (Lang::English, false) => format!("variant `{name}` has no status\nhelp: write the status it is answered with above it, e.g. #[status(404)], or #[status(transparent)] if it wraps another error that derives ResponseStatus"),
            (Lang::English, true) => format!("`{name}` has no status\nhelp: write the status it is answered with above the struct, e.g. #[status(400)], or #[status(transparent)] if its one field is another error that derives ResponseStatus"),
            (Lang::Korean, false) => particles(&format!("`{name}` 배리언트에 상태가 없습니다\nhelp: 이 배리언트로 응답할 상태를 위에 쓰세요. 예: #[status(404)]. ResponseStatus를 derive한 다른 오류를 감싼다면 #[status(transparent)]를 쓰세요")),
            (Lang::Korean, true) => particles(&format!("`{name}`에 상태가 없습니다\nhelp: 이 구조체로 응답할 상태를 구조체 위에 쓰세요. 예: #[status(400)]. 하나뿐인 필드가 ResponseStatus를 derive한 다른 오류라면 #[status(transparent)]를 쓰세요")),
        }
    }

    pub(crate) fn second_status_attr(self) -> String {
        match self.0 {
            Lang::English => "a second #[status] here: each variant is answered with one status\nhelp: remove this one, or split the variant in two".into(),
            Lang::Korean => "#[status]가 또 있습니다: 배리언트 하나는 상태 하나로 응답합니다\nhelp: 이것을 지우거나 배리언트를 둘로 나누세요".into(),
        }
    }

    pub(crate) fn one_status_per_variant(self) -> String {
        match self.0 {
            Lang::English => "#[status] takes one status: each variant is answered with one\nhelp: split the variant in two, one per status".into(),
            Lang::Korean => "#[status]에는 상태를 하나만 씁니다: 배리언트 하나는 상태 하나로 응답합니다\nhelp: 상태마다 배리언트를 하나씩 두세요".into(),
        }
    }

    pub(crate) fn status_attr_shape(self) -> String {
        match self.0 {
            Lang::English => "expected #[status(CODE)] or #[status(transparent)], e.g. #[status(404)], #[status(NOT_FOUND)] or #[status(\"Not Found\")]".into(),
            Lang::Korean => "#[status(코드)]나 #[status(transparent)] 꼴이어야 합니다. 예: #[status(404)], #[status(NOT_FOUND)], #[status(\"Not Found\")]".into(),
        }
    }

    pub(crate) fn transparent_alone(self) -> String {
        match self.0 {
            Lang::English => "`transparent` stands alone: the status comes from the wrapped value\nhelp: write #[status(transparent)], or a status such as #[status(500)] instead".into(),
            Lang::Korean => "`transparent`는 혼자 씁니다: 상태는 감싼 값에서 옵니다\nhelp: #[status(transparent)]로 쓰거나, 대신 #[status(500)]처럼 상태를 쓰세요".into(),
        }
    }

    pub(crate) fn listed_twice_in_any_of(self, entry: &Entry) -> String {
        match self.0 {
            Lang::English => format!(
                "{} is listed twice in any_of(...)\nhelp: remove this one",
                entry.title()
            ),
            Lang::Korean => particles(&format!(
                "{}이(가) any_of(...)에 두 번 쓰였습니다\nhelp: 이것을 지우세요",
                entry.title()
            )),
        }
    }

    pub(crate) fn any_of_alone(self) -> String {
        match self.0 {
            Lang::English => "`any_of(...)` stands alone: the status comes from the field, at run time\nhelp: write #[status(any_of(400, 422))] with every status the field may carry".into(),
            Lang::Korean => "`any_of(...)`는 혼자 씁니다: 상태는 실행 중에 필드에서 옵니다\nhelp: 필드가 담을 수 있는 상태를 모두 #[status(any_of(400, 422))]처럼 쓰세요".into(),
        }
    }

    pub(crate) fn any_of_needs_one_field(self) -> String {
        match self.0 {
            Lang::English => "#[status(any_of(...))] needs exactly one field: the value whose status is chosen at run time, such as a StatusCode, a (StatusCode, String) or an extractor's rejection\nhelp: carry one value, e.g. Upstream(StatusCode), or give this variant one status such as #[status(502)]".into(),
            Lang::Korean => "#[status(any_of(...))]에는 필드가 정확히 하나 있어야 합니다: StatusCode, (StatusCode, String), 추출기의 거부처럼 실행 중에 상태가 정해지는 값입니다\nhelp: Upstream(StatusCode)처럼 값 하나를 담거나, #[status(502)]처럼 상태 하나를 쓰세요".into(),
        }
    }

    pub(crate) fn empty_any_of(self) -> String {
        match self.0 {
            Lang::English => "`any_of()` lists no status\nhelp: list every status the field may carry, e.g. any_of(400, 413, 415, 422) for axum's JsonRejection".into(),
            Lang::Korean => "`any_of()`에 상태가 없습니다\nhelp: 필드가 담을 수 있는 상태를 모두 쓰세요. 예: axum의 JsonRejection이라면 any_of(400, 413, 415, 422)".into(),
        }
    }

    pub(crate) fn transparent_needs_one_field(self) -> String {
        match self.0 {
            Lang::English => "#[status(transparent)] needs exactly one field: the wrapped error whose status is answered\nhelp: wrap one value, e.g. Db(DbError), or give this variant its own status such as #[status(500)]".into(),
            Lang::Korean => "#[status(transparent)]에는 필드가 정확히 하나 있어야 합니다: 그 상태로 응답할, 감싼 오류입니다\nhelp: Db(DbError)처럼 값 하나를 감싸거나, #[status(500)]처럼 이 배리언트의 상태를 직접 쓰세요".into(),
        }
    }

    pub(crate) fn status_on_enum(self) -> String {
        match self.0 {
            Lang::English => "#[status] on an enum has no meaning: each variant carries its own\nhelp: move it onto the variants, e.g. #[status(404)] above NotFound".into(),
            Lang::Korean => "열거형 자체에 붙은 #[status]는 의미가 없습니다: 배리언트마다 따로 붙입니다\nhelp: NotFound 위의 #[status(404)]처럼 배리언트로 옮기세요".into(),
        }
    }

    pub(crate) fn status_on_field(self) -> String {
        match self.0 {
            Lang::English => "#[status] goes on a variant (or a struct), not on a field\nhelp: to answer with the status of this field's value, write #[status(transparent)] on the variant".into(),
            Lang::Korean => "#[status]는 필드가 아니라 배리언트(또는 구조체)에 붙입니다\nhelp: 이 필드 값의 상태로 응답하려면 배리언트에 #[status(transparent)]를 쓰세요".into(),
        }
    }

    pub(crate) fn derive_on_union(self) -> String {
        match self.0 {
            Lang::English => "ResponseStatus cannot be derived for a union\nhelp: derive it on an enum, one variant per status, or on a struct".into(),
            Lang::Korean => "공용체(union)에는 ResponseStatus를 derive할 수 없습니다\nhelp: 상태마다 배리언트를 둔 열거형이나 구조체에 derive하세요".into(),
        }
    }

    pub(crate) fn informational_error(self, entry: &Entry) -> String {
        match self.0 {
            Lang::English => format!(
                "{} is informational, so no value can be answered with it\nnote: 1xx responses come before the final one (RFC 9110 section 15.2)\nhelp: give the variant the final status it is answered with",
                entry.title()
            ),
            Lang::Korean => particles(&format!(
                "{}은(는) 정보 응답이라 이 값의 응답 상태가 될 수 없습니다\nnote: 1xx 응답은 최종 응답보다 먼저 옵니다(RFC 9110 15.2절)\nhelp: 이 배리언트로 응답할 최종 상태를 쓰세요",
                entry.title()
            )),
        }
    }

    // ----- #[responds] above #[utoipa::path] -----

    /// `by_parameters`: the message of the compiler's check, which fails only when no
    /// parameter's type implies the status either.
    pub(crate) fn documented_unlisted(
        self,
        handler: &str,
        entry: &Entry,
        declared: &[&Entry],
        by_parameters: bool,
    ) -> String {
        let code = entry.code();
        let declared = listed_contract(declared);
        match self.0 {
            Lang::English => {
                let (implied, help) = if by_parameters {
                    (", and no parameter's type implies it", "\nhelp: if an extractor of yours rejects requests with it, implement status_core::RejectionStatuses for that extractor")
                } else {
                    ("", "")
                };
                format!(
                    "{} is documented here, but the contract of `{handler}` does not list it{implied}: #[responds] declares {declared}\nhelp: add {code} to #[responds(...)], or remove this entry{help}",
                    entry.title()
                )
            }
            Lang::Korean => {
                let (implied, help) = if by_parameters {
                    ("없고, 어떤 매개변수 타입에서도 나오지 않습니다", "\nhelp: 직접 만든 추출기가 이 상태로 요청을 거부한다면 그 추출기에 status_core::RejectionStatuses를 구현하세요")
                } else {
                    ("없습니다", "")
                };
                particles(&format!(
                    "{}이(가) 여기 문서화되어 있지만 `{handler}`의 계약에는 {implied}: #[responds]가 선언한 상태는 {declared}입니다\nhelp: #[responds(...)]에 {code}을(를) 넣거나 이 항목을 지우세요{help}",
                    entry.title()
                ))
            }
        }
    }

    /// `status` is `None` for `"default"`; `first` shows the entry that came first.
    pub(crate) fn documented_twice(self, status: Option<&Entry>, first: &str) -> String {
        let status = status.map_or_else(
            || "\"default\"".to_owned(),
            |entry| entry.title().to_string(),
        );
        match self.0 {
            Lang::English => format!("{status} is documented twice: utoipa keeps only the last entry for a status, so the first one, {first}, would be lost\nhelp: merge the two entries into one"),
            Lang::Korean => particles(&format!("{status}이(가) 두 번 문서화되었습니다: utoipa는 한 상태에 마지막 항목만 남기므로 앞의 항목 {first}은(는) 사라집니다\nhelp: 두 항목을 하나로 합치세요")),
        }
    }

    /// `suggested` is the description the table gives the status in an OpenAPI document.
    pub(crate) fn declared_undocumented(self, entry: &Entry, suggested: &str) -> String {
        let code = entry.code();
        match self.0 {
            Lang::English => format!(
                "{} is declared, but responses(...) in #[utoipa::path] does not document it\nhelp: add (status = {code}, description = \"{suggested}\") to responses(...), or drop {code} from #[responds(...)]",
                entry.title()
            ),
            Lang::Korean => particles(&format!(
                "{}이(가) 선언되었지만 #[utoipa::path]의 responses(...)에는 문서화되어 있지 않습니다\nhelp: responses(...)에 (status = {code}, description = \"{suggested}\")를 넣거나, #[responds(...)]에서 {code}을(를) 빼세요",
                entry.title()
            )),
        }
    }

    /// `written` is the range as written (`"4XX"`, `4XX`); `in_class` the contract's statuses
    /// in its class.
    pub(crate) fn documented_range(self, written: &str, class: u16, in_class: &[&Entry]) -> String {
        let listed = listed_contract(in_class);
        match (self.0, in_class.is_empty()) {
            (Lang::English, false) => format!("`{written}` documents a range of statuses, but the contract lists exact codes\nhelp: write one entry per code; the contract's {class}xx statuses are {listed}"),
            (Lang::English, true) => format!("`{written}` documents a range of statuses, but the contract lists exact codes\nhelp: the contract has no {class}xx status; remove this entry"),
            (Lang::Korean, false) => particles(&format!("`{written}`은(는) 상태 범위를 문서화하지만, 계약은 정확한 코드를 나열합니다\nhelp: 코드마다 항목을 하나씩 쓰세요. 계약의 {class}xx 상태는 {listed}입니다")),
            (Lang::Korean, true) => particles(&format!("`{written}`은(는) 상태 범위를 문서화하지만, 계약은 정확한 코드를 나열합니다\nhelp: 계약에 {class}xx 상태가 없으니 이 항목을 지우세요")),
        }
    }

    /// `code` is the status the string names, if it names one (`"404"`, `"Not Found"`).
    pub(crate) fn string_status(self, written: &str, code: Option<u16>) -> String {
        let help = match (self.0, code) {
            (Lang::English, Some(code)) => format!("write status = {code}"),
            (Lang::English, None) => "write the code as a number, e.g. status = 404".to_owned(),
            (Lang::Korean, Some(code)) => particles(&format!("status = {code}(으)로 쓰세요")),
            (Lang::Korean, None) => "코드를 숫자로 쓰세요. 예: status = 404".to_owned(),
        };
        match self.0 {
            Lang::English => format!("utoipa reads a string status only as \"default\" or a range such as \"4XX\", not \"{written}\"\nhelp: {help}"),
            Lang::Korean => particles(&format!("utoipa는 문자열 상태를 \"default\"나 \"4XX\" 같은 범위로만 읽습니다. \"{written}\"은(는) 쓸 수 없습니다\nhelp: {help}")),
        }
    }

    pub(crate) fn documented_status_shape(self) -> String {
        match self.0 {
            Lang::English => "expected a status: a number (status = 201), an http::StatusCode constant (status = StatusCode::CREATED) or \"default\"".into(),
            Lang::Korean => "상태가 와야 합니다: 숫자(status = 201), http::StatusCode 상수(status = StatusCode::CREATED), 또는 \"default\"".into(),
        }
    }

    pub(crate) fn response_without_status(self) -> String {
        match self.0 {
            Lang::English => "this response has no status\nhelp: write one first, e.g. (status = 201, description = \"...\")".into(),
            Lang::Korean => "이 응답에는 상태가 없습니다\nhelp: 맨 앞에 상태를 쓰세요. 예: (status = 201, description = \"...\")".into(),
        }
    }

    pub(crate) fn into_responses(self, ty: &str) -> String {
        match self.0 {
            Lang::English => format!("the statuses of `{ty}` cannot be read at compile time, so #[responds] cannot hold them to its contract\nhelp: list them here as (status = N, description = \"...\") entries\nhelp: or keep the two apart: put #[responds] below #[utoipa::path]; nothing is compared then, and #[allow(deprecated)] on the handler silences the warning about the order"),
            Lang::Korean => particles(&format!("`{ty}`의 상태는 컴파일 때 읽을 수 없어 #[responds]가 계약과 맞춰 볼 수 없습니다\nhelp: 여기에 (status = N, description = \"...\") 항목으로 나열하세요\nhelp: 아니면 둘을 따로 두세요: #[responds]를 #[utoipa::path] 아래에 두면 아무것도 비교하지 않으며, 순서에 대한 경고는 핸들러의 #[allow(deprecated)]로 끌 수 있습니다")),
        }
    }

    pub(crate) fn responses_replaced(self) -> String {
        match self.0 {
            Lang::English => "a second responses(...): utoipa keeps only the last, so the entries of the first would be lost\nhelp: merge them into one responses(...)".into(),
            Lang::Korean => "responses(...)가 또 있습니다: utoipa는 마지막 것만 남기므로 앞의 항목은 사라집니다\nhelp: 하나의 responses(...)로 합치세요".into(),
        }
    }

    /// The note of the warning given when `#[utoipa::path]` expanded before `#[responds]`.
    pub(crate) fn responses_heading(self) -> &'static str {
        match self.0 {
            Lang::English => "# Responses",
            Lang::Korean => "# 응답",
        }
    }

    pub(crate) fn responses_const_doc(self, handler: &str) -> String {
        match self.0 {
            Lang::English => format!("The statuses [`{handler}`] is declared to answer with, from its `#[responds]` attribute."),
            Lang::Korean => particles(&format!("[`{handler}`]이(가) `#[responds]`로 선언한 응답 상태입니다.")),
        }
    }
}

#[cfg(test)]
mod tests;
