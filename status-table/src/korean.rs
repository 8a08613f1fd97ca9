//! Korean particles that follow the sound of the word before them, for sentences about the
//! table's codes: the macros' diagnostics, the linter's findings and `explain` share it.
//!
//! Korean messages are written with both forms of each such particle, as `은(는)`, `이(가)`,
//! `을(를)`, `와(과)`, `(으)로`, `(이)라는` and `(이)라`; [`particles`] picks the form that fits
//! the word before each, as it is read aloud, so no message shows both.
//!
//! ```
//! use status_table::korean::particles;
//!
//! assert_eq!(particles("200은(는) 성공입니다").to_string(), "200은 성공입니다");
//! assert_eq!(particles("404(으)로 답하세요").to_string(), "404로 답하세요");
//! assert_eq!(particles("allow_nonstandard(520)(으)로 쓰세요").to_string(), "allow_nonstandard(520)으로 쓰세요");
//! assert_eq!(particles("305(Use Proxy)은(는)").to_string(), "305(Use Proxy)는");
//! assert_eq!(particles("`get`을(를) 보세요").to_string(), "`get`을 보세요");
//! ```

use core::fmt;

/// The particles written with both forms, and the form after a vowel, after ㄹ, and after any
/// other final consonant. ㄹ takes 로 as a vowel does, and 은, 이, 을, 과 as a consonant does.
const PAIRS: [(&str, [&str; 3]); 7] = [
    ("은(는)", ["는", "은", "은"]),
    ("이(가)", ["가", "이", "이"]),
    ("을(를)", ["를", "을", "을"]),
    ("와(과)", ["와", "과", "과"]),
    ("(으)로", ["로", "로", "으로"]),
    ("(이)라는", ["라는", "이라는", "이라는"]),
    ("(이)라", ["라", "이라", "이라"]),
];

/// `text` with every paired particle resolved; see the [module](self).
pub fn particles(text: &str) -> Particles<'_> {
    Particles(text)
}

/// A text whose paired particles are resolved when it is written; made by [`particles`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Particles<'a>(&'a str);

impl fmt::Display for Particles<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Write::write_str(&mut Resolving::new(f), self.0)
    }
}

/// How much of what was written before a particle is kept to read the word it follows: more
/// than the longest word and parenthesis the table's sentences put before one.
const LOOKBEHIND: usize = 96;

/// A writer that resolves paired particles as text passes through it, so a sentence can be
/// written with `write!` straight into it: the word before a particle may come from an earlier
/// piece (an argument) and the particle from a later one (the template).
pub struct Resolving<'w, W: fmt::Write + ?Sized> {
    out: &'w mut W,
    /// The last bytes written, starting at a character boundary.
    tail: [u8; LOOKBEHIND],
    tail_len: usize,
}

impl<'w, W: fmt::Write + ?Sized> Resolving<'w, W> {
    /// A resolving writer in front of `out`.
    pub fn new(out: &'w mut W) -> Self {
        Resolving {
            out,
            tail: [0; LOOKBEHIND],
            tail_len: 0,
        }
    }

    fn pass(&mut self, text: &str) -> fmt::Result {
        self.out.write_str(text)?;
        self.remember(text);
        Ok(())
    }

    /// Keeps the last `LOOKBEHIND` bytes of everything passed, cut at a character boundary.
    fn remember(&mut self, text: &str) {
        let text = keep_last(text, LOOKBEHIND);
        let kept = keep_last(self.tail(), LOOKBEHIND - text.len()).len();
        self.tail
            .copy_within(self.tail_len - kept..self.tail_len, 0);
        self.tail[kept..kept + text.len()].copy_from_slice(text.as_bytes());
        self.tail_len = kept + text.len();
    }

    fn tail(&self) -> &str {
        // Only whole characters are ever copied in, so this cannot fail.
        core::str::from_utf8(&self.tail[..self.tail_len]).unwrap_or("")
    }
}

/// The longest end of `text` of at most `limit` bytes that starts at a character boundary.
fn keep_last(text: &str, limit: usize) -> &str {
    let mut start = text.len().saturating_sub(limit);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

impl<W: fmt::Write + ?Sized> fmt::Write for Resolving<'_, W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let mut written = 0;
        let mut index = 0;
        'scan: while index < text.len() {
            for (marker, forms) in PAIRS {
                if text[index..].starts_with(marker) {
                    self.pass(&text[written..index])?;
                    let form = match final_of(self.tail()) {
                        Final::Vowel => forms[0],
                        Final::Rieul => forms[1],
                        Final::Consonant => forms[2],
                    };
                    self.pass(form)?;
                    index += marker.len();
                    written = index;
                    continue 'scan;
                }
            }
            index += text[index..].chars().next().map_or(1, char::len_utf8);
        }
        self.pass(&text[written..])
    }
}

/// How a word ends when read aloud in Korean, which picks the particle after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Final {
    /// No final consonant: 사 (4), 케이 (OK), 파운드 (Found).
    Vowel,
    /// ㄹ: 일 (1), 칠 (7).
    Rieul,
    /// Any other final consonant: 백 (100), 십 (10), 삼 (3), 곤 (Gone).
    Consonant,
}

/// The final sound of the text just before a particle: its last Hangul syllable, number or
/// English word, passing over the backticks, quotes and spaces around it. A closing
/// parenthesis is read the Korean way: `305(Use Proxy)` by the word before it, but a call such
/// as `allow_unused(418)` by the number inside, which is what is read last.
fn final_of(text: &str) -> Final {
    let mut text = text.trim_end_matches(['`', '"', '\'', ' ']);
    if let Some(inner) = text.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            if !inner[open + 1..].starts_with(|c: char| c.is_ascii_digit()) {
                text = &inner[..open];
            }
        }
    }
    let trimmed = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    let Some(last) = trimmed.chars().next_back() else {
        return Final::Vowel;
    };
    if ('\u{AC00}'..='\u{D7A3}').contains(&last) {
        return match (u32::from(last) - 0xAC00) % 28 {
            0 => Final::Vowel,
            8 => Final::Rieul,
            _ => Final::Consonant,
        };
    }
    let start = trimmed
        .rfind(|c: char| !c.is_ascii_alphanumeric())
        .map_or(0, |index| {
            index + trimmed[index..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &trimmed[start..];
    let digits_from = word
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |index| index + 1);
    if digits_from < word.len() {
        return number_final(&word[digits_from..]);
    }
    // The last word of a name such as NOT_FOUN or URI_TOO_LONG is read as a word, not spelt.
    let spelt_out = !trimmed[..start].ends_with('_');
    english_final(word, spelt_out)
}

/// The final sound of a number read in Sino-Korean: the last non-zero place decides, so 200
/// (이백) ends in ㄱ, 510 (오백십) in ㅂ, 496 (사백구십육) in ㄱ, 404 (사백사) in a vowel.
fn number_final(digits: &str) -> Final {
    let digits = digits.trim_start_matches('0');
    let Some(position) = digits.rfind(|c: char| c != '0') else {
        return Final::Consonant; // 영
    };
    match digits.len() - 1 - position {
        // 일, 이, 삼, 사, 오, 육, 칠, 팔, 구
        0 => match digits.as_bytes()[position] {
            b'1' | b'7' | b'8' => Final::Rieul,
            b'2' | b'4' | b'5' | b'9' => Final::Vowel,
            _ => Final::Consonant,
        },
        // 십, 백, 천, 만
        1..=4 => Final::Consonant,
        _ => Final::Vowel,
    }
}

/// The final sound of an English word as Korean usually writes it. A short capitalised word
/// that may be `spelt_out` is read letter by letter (OK is 오케이, HTTP 에이치티티피, URL
/// 유알엘). Otherwise a final m, n or ng keeps its consonant (곤 for Gone, 롱 for Long), l is ㄹ
/// (Satisfiable), a p, t or k after a short vowel becomes a final consonant (겟 for get, 티팟
/// for teapot, 아웃 for out), and other endings gain a vowel (파운드, 스트릭트, 콘텐트).
fn english_final(word: &str, spelt_out: bool) -> Final {
    let bytes = word.as_bytes();
    if spelt_out && (2..=4).contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_uppercase) {
        return match bytes[bytes.len() - 1] {
            b'L' | b'R' => Final::Rieul,
            b'M' | b'N' => Final::Consonant,
            _ => Final::Vowel,
        };
    }
    let lower = |index: usize| bytes.get(index).map(u8::to_ascii_lowercase);
    let ends_with = |suffix: &str| {
        bytes.len() >= suffix.len()
            && bytes[bytes.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let is_vowel = |index: usize| lower(index).is_some_and(|b| b"aeiou".contains(&b));
    let last = bytes.len().wrapping_sub(1);
    if ["m", "n", "ng", "me", "ne"]
        .iter()
        .any(|end| ends_with(end))
    {
        Final::Consonant
    } else if ends_with("l") || ends_with("le") {
        Final::Rieul
    } else if bytes.len() >= 2
        && matches!(lower(last), Some(b'p' | b't' | b'k'))
        && is_vowel(last - 1)
        && (last < 2 || !is_vowel(last - 2) || ends_with("out"))
    {
        Final::Consonant
    } else {
        Final::Vowel
    }
}

#[cfg(test)]
mod tests {
    extern crate alloc;
    extern crate std;

    use super::*;
    use alloc::string::ToString;

    #[test]
    fn numbers_are_read_in_sino_korean() {
        for code in ["200", "306", "510", "496", "520", "523", "526", "100", "0"] {
            assert_eq!(final_of(code), Final::Consonant, "{code}");
        }
        for code in ["404", "502", "429", "2", "305"] {
            assert_eq!(final_of(code), Final::Vowel, "{code}");
        }
        for code in ["401", "417", "418", "201"] {
            assert_eq!(final_of(code), Final::Rieul, "{code}");
        }
    }

    #[test]
    fn each_marker_takes_the_form_its_word_needs() {
        assert_eq!(particles("200(으)로 쓰세요").to_string(), "200으로 쓰세요");
        assert_eq!(particles("404(으)로 쓰세요").to_string(), "404로 쓰세요");
        assert_eq!(particles("401(으)로 쓰세요").to_string(), "401로 쓰세요");
        assert_eq!(
            particles("allow_nonstandard(496)(으)로").to_string(),
            "allow_nonstandard(496)으로"
        );
        assert_eq!(
            particles("allow_unused(418)(으)로").to_string(),
            "allow_unused(418)로"
        );
        assert_eq!(
            particles("306은(는) 사용하지").to_string(),
            "306은 사용하지"
        );
        assert_eq!(
            particles("305 Use Proxy은(는)").to_string(),
            "305 Use Proxy는"
        );
        assert_eq!(particles("`get`이(가)").to_string(), "`get`이");
        assert_eq!(
            particles("`create_user`이(가)").to_string(),
            "`create_user`가"
        );
        assert_eq!(particles("200 OK은(는)").to_string(), "200 OK는");
        assert_eq!(
            particles("504 Gateway Timeout을(를)").to_string(),
            "504 Gateway Timeout을"
        );
        assert_eq!(
            particles("414 URI Too Long(으)로").to_string(),
            "414 URI Too Long으로"
        );
        assert_eq!(particles("`strict`은(는)").to_string(), "`strict`는");
        assert_eq!(
            particles("`NOT_FOUN`(이)라는").to_string(),
            "`NOT_FOUN`이라는"
        );
        assert_eq!(
            particles("`URI_TOO_LONG`(으)로").to_string(),
            "`URI_TOO_LONG`으로"
        );
        assert_eq!(
            particles("`IM_A_TEAPOT`을(를)").to_string(),
            "`IM_A_TEAPOT`을"
        );
        assert_eq!(particles("`OK`(이)라는").to_string(), "`OK`라는");
        assert_eq!(
            particles("`MY_CONST`(이)라는").to_string(),
            "`MY_CONST`라는"
        );
        assert_eq!(particles("410 Gone을(를)").to_string(), "410 Gone을");
        assert_eq!(
            particles("RFC 9110 15.4.7절에").to_string(),
            "RFC 9110 15.4.7절에"
        );
        assert_eq!(
            particles("상태({status})가").to_string(),
            "상태({status})가"
        );
    }

    #[test]
    fn a_parenthesis_is_read_by_the_word_before_it_unless_it_holds_a_number() {
        assert_eq!(
            particles("305(Use Proxy)은(는)").to_string(),
            "305(Use Proxy)는"
        );
        assert_eq!(
            particles("510(Not Extended)은(는)").to_string(),
            "510(Not Extended)은"
        );
        assert_eq!(
            particles("Redirect(메서드 유지)와(과)").to_string(),
            "Redirect(메서드 유지)와"
        );
        assert_eq!(
            particles("allow_unused(418)와(과)").to_string(),
            "allow_unused(418)과"
        );
    }

    fn lookup_title() -> crate::Title<'static> {
        crate::lookup(404).unwrap().title()
    }

    #[test]
    fn a_particle_reads_the_word_an_earlier_piece_wrote() {
        use core::fmt::Write;
        let mut out = alloc::string::String::new();
        let long = "가".repeat(LOOKBEHIND);
        write!(
            Resolving::new(&mut out),
            "{long}{}은(는) {}(으)로",
            lookup_title(),
            200
        )
        .unwrap();
        assert!(out.ends_with("404 Not Found는 200으로"), "{out}");
        let mut out = alloc::string::String::new();
        let mut writer = Resolving::new(&mut out);
        writer.write_str("510(Not Extended)").unwrap();
        writer.write_str("을(를)").unwrap();
        assert_eq!(out, "510(Not Extended)을");
    }

    #[test]
    fn english_words_end_as_korean_writes_them() {
        for (word, expected) in [
            ("OK", Final::Vowel),
            ("URL", Final::Rieul),
            ("Gone", Final::Consonant),
            ("Satisfiable", Final::Rieul),
            ("teapot", Final::Consonant),
            ("out", Final::Consonant),
            ("Found", Final::Vowel),
        ] {
            assert_eq!(english_final(word, true), expected, "{word}");
        }
    }
}
