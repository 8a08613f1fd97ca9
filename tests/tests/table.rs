//! Invariants of the status table that hold whatever the registry says.

use std::collections::BTreeSet;

use status_core::{entries, lookup, Date, Document, Entry, State, Status, StatusError};

fn entry(code: u16) -> &'static Entry {
    lookup(code).unwrap_or_else(|| panic!("no table entry for {code}"))
}

fn date(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

#[test]
fn codes_are_strictly_ascending() {
    for pair in entries().windows(2) {
        assert!(
            pair[0].code() < pair[1].code(),
            "{} comes before {}",
            pair[0].code(),
            pair[1].code()
        );
    }
}

#[test]
fn only_the_unused_rows_lack_a_phrase() {
    for entry in entries() {
        match entry.code() {
            306 | 418 => assert_eq!(entry.phrase(), None, "{}", entry.code()),
            code => assert_eq!(entry.phrase(), Some(entry.reason()), "{code}"),
        }
    }
}

#[test]
fn the_why_notes_are_for_the_codes_their_documents_gave_up_on() {
    let noted: Vec<u16> = entries()
        .iter()
        .filter(|entry| entry.why_en().is_some())
        .map(|entry| entry.code())
        .collect();
    assert_eq!(noted, [305, 306, 418, 510]);
    for entry in entries() {
        let (en, ko) = (entry.why_en(), entry.why_ko());
        assert_eq!(
            en.is_some(),
            ko.is_some(),
            "{}: a note in one language only",
            entry.code()
        );
        for why in en.into_iter().chain(ko) {
            assert!(
                !why.contains('\n'),
                "{}: the note spans lines",
                entry.code()
            );
            assert!(
                !why.ends_with('.'),
                "{}: callers end the sentence",
                entry.code()
            );
        }
    }
}

#[test]
fn advice_is_for_codes_not_to_send_or_discouraged_in_both_languages_as_one_line() {
    for entry in entries() {
        let code = entry.code();
        let (en, ko) = (entry.advice_en(), entry.advice_ko());
        assert_eq!(
            en.is_some(),
            ko.is_some(),
            "{code}: advice in one language only"
        );
        // A code that may be sent has advice only when its document recommends against it.
        if entry.state().is_sendable() && !matches!(entry.state(), State::Discouraged { .. }) {
            assert_eq!(en, None, "{code} may be sent, so it needs no advice");
        }
        for advice in en.into_iter().chain(ko) {
            assert!(!advice.contains('\n'), "{code}: advice spans lines");
            assert!(!advice.ends_with('.'), "{code}: callers end the sentence");
        }
        if let Some(en) = en {
            assert!(en.starts_with(char::is_lowercase), "{code}: {en}");
        }
    }
    // The codes the macros refuse most often each say what to send.
    for code in [305, 306, 418, 510, 444, 499, 520] {
        assert!(entry(code).advice_en().is_some(), "{code} has no advice");
    }
}

#[test]
fn lookup_finds_each_entry_and_nothing_else() {
    for code in 0..=u16::MAX {
        let expected = entries().iter().find(|entry| entry.code() == code);
        assert_eq!(lookup(code), expected, "lookup({code})");
    }
}

#[test]
fn constants_exist_for_sendable_codes_and_spell_the_reason() {
    for entry in entries() {
        let expected = entry.state().is_sendable().then(|| {
            entry
                .reason()
                .chars()
                .filter(|&c| c != '\'')
                .map(|c| match c {
                    ' ' | '-' => '_',
                    other => other.to_ascii_uppercase(),
                })
                .collect::<String>()
        });
        assert_eq!(
            entry.constant().map(str::to_owned),
            expected,
            "constant for {} {} ({})",
            entry.code(),
            entry.reason(),
            entry.state()
        );
    }
}

#[test]
fn from_code_accepts_exactly_the_sendable_entries() {
    for code in 0..=u16::MAX {
        let result = Status::from_code(code);
        match lookup(code) {
            Some(entry) if entry.state().is_sendable() => {
                let status = result.unwrap_or_else(|error| panic!("{code}: {error}"));
                assert_eq!(status.code(), code);
                assert_eq!(u16::from(status), code);
                assert_eq!(status.reason(), entry.reason());
                assert_eq!(status.entry(), entry);
                assert_eq!(status.to_string(), format!("{code} {}", entry.reason()));
            }
            Some(entry) => assert_eq!(
                result,
                Err(StatusError::NotSendable {
                    code,
                    state: entry.state()
                })
            ),
            None if (100..=599).contains(&code) => {
                assert_eq!(result, Err(StatusError::Unassigned { code }))
            }
            None => assert_eq!(result, Err(StatusError::OutOfRange { code })),
        }
    }
    assert_eq!(Status::NOT_FOUND.to_string(), "404 Not Found");
}

#[test]
fn heuristically_cacheable_codes_are_those_rfc_9110_and_7725_name() {
    let expected = BTreeSet::from([
        200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
    ]);
    let cacheable: BTreeSet<u16> = entries()
        .iter()
        .filter(|entry| entry.heuristically_cacheable())
        .map(Entry::code)
        .collect();
    assert_eq!(cacheable, expected);
}

#[test]
fn only_1xx_204_and_304_never_have_content() {
    for entry in entries() {
        let code = entry.code();
        let expected = (100..200).contains(&code) || code == 204 || code == 304;
        assert_eq!(entry.never_has_content(), expected, "{code}");
    }
}

#[test]
fn non_standard_entries_cite_their_vendor() {
    for entry in entries() {
        let State::NonStandard { used_by } = entry.state() else {
            continue;
        };
        let code = entry.code();
        assert!(!used_by.trim().is_empty(), "{code}: used_by is empty");
        match entry.reference().document {
            Document::Vendor { title, url } => {
                assert!(!title.trim().is_empty(), "{code}: vendor title is empty");
                assert!(url.starts_with("https://"), "{code}: {url} is not https");
                assert_eq!(entry.reference().section, None, "{code}: a vendor section");
            }
            other => panic!("{code} is non-standard but cites {other}"),
        }
    }
}

/// Hangul syllables, or the jamo they are built from.
fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
    })
}

#[test]
fn every_entry_has_english_and_korean_text() {
    for entry in entries() {
        let code = entry.code();
        assert!(!entry.summary_en().trim().is_empty(), "{code}: summary_en");
        assert!(!entry.summary_ko().trim().is_empty(), "{code}: summary_ko");
        assert!(!entry.name_ko().trim().is_empty(), "{code}: name_ko");
        assert!(
            has_hangul(entry.summary_ko()),
            "{code}: summary_ko has no Hangul"
        );
        assert!(has_hangul(entry.name_ko()), "{code}: name_ko has no Hangul");
    }
}

#[test]
fn reference_display_and_link() {
    let reference = entry(306).reference();
    assert_eq!(reference.to_string(), "RFC 9110 section 15.4.7");
    assert_eq!(
        reference.link().to_string(),
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7"
    );
}

#[test]
fn special_states() {
    match entry(102).state() {
        State::Discouraged { dropped_by } => {
            assert_eq!(dropped_by.document, Document::Rfc(4918), "102 dropped by")
        }
        other => panic!("102 is {other}, not discouraged"),
    }
    assert_eq!(
        entry(104).state(),
        State::Temporary {
            registered: date(2024, 11, 13),
            expires: date(2026, 11, 13),
        }
    );
    assert_eq!(entry(305).state(), State::Deprecated);
    assert_eq!(entry(306).state(), State::Unused);
    assert_eq!(entry(418).state(), State::Unused);
    match entry(510).state() {
        State::Obsoleted { by, .. } => assert!(!by.trim().is_empty(), "510 obsoleted by"),
        other => panic!("510 is {other}, not obsoleted"),
    }
}

#[test]
fn well_known_non_standard_codes_are_present() {
    let codes = [
        444, 494, 495, 496, 497, 499, // nginx
        520, 521, 522, 523, 524, 525, 526, // Cloudflare
        419, // Laravel
        449, // Microsoft
    ];
    // Collect every problem so one run shows all that is missing.
    let problems: Vec<String> = codes
        .into_iter()
        .filter_map(|code| match lookup(code).map(Entry::state) {
            Some(State::NonStandard { .. }) => None,
            Some(state) => Some(format!("{code} is {state}, not non-standard")),
            None => Some(format!("{code} is missing")),
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn former_names() {
    assert_eq!(
        entry(413).former_names(),
        ["Request Entity Too Large", "Payload Too Large"]
    );
    assert!(
        entry(422).former_names().contains(&"Unprocessable Entity"),
        "422 former names: {:?}",
        entry(422).former_names()
    );
}

/// A temporary registration's summary speaks of the registry the table follows and points to
/// the current one, so that it reads true whether or not the registration was renewed.
#[test]
fn temporary_summaries_are_true_on_any_date() {
    let date = status_core::REGISTRY_DATE.to_string();
    for entry in entries() {
        if let State::Temporary { .. } = entry.state() {
            for summary in [entry.summary_en(), entry.summary_ko()] {
                assert!(summary.contains(&date), "{}: {summary}", entry.code());
                assert!(summary.contains("iana.org"), "{}: {summary}", entry.code());
                assert!(
                    !summary.contains("lapses unless renewed"),
                    "{}",
                    entry.code()
                );
            }
        }
    }
    assert!(status_core::REGISTRY_URL.starts_with("https://www.iana.org/"));
}
