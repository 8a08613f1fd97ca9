//! A written code (number, constant name or reason phrase) into its table entry, with "did you
//! mean" suggestions for near misses. Whether the entry may be sent is `check.rs`'s question.

use quote::ToTokens;
use status_table::{constant_name, entries, lookup, Entry, CODE_RANGE};
use syn::Lit;

use crate::ast::Code;
use crate::ctxt::Ctxt;
use crate::messages::Speak;

/// A code found in the table, and the former name it was written by, if it was.
pub struct Found {
    pub entry: &'static Entry,
    pub former_name: Option<String>,
}

/// The entry for `code`, or `None` after reporting why there is none.
pub fn resolve(code: &Code, ctxt: &mut Ctxt) -> Option<Found> {
    let lang = ctxt.lang;
    match code {
        Code::Literal(Lit::Int(int)) => {
            if !int.suffix().is_empty() {
                let message = match range_class(int.base10_digits(), int.suffix()) {
                    Some(class) => {
                        lang.say()
                            .class_range(&int.to_string(), class, &class_examples(class))
                    }
                    None => lang.say().suffixed(int.suffix(), int.base10_digits()),
                };
                ctxt.error_spanned(int, message);
                return None;
            }
            // base10_digits has underscores removed and hex, octal or binary converted, so
            // `3_06` and `0x132` are both read as 306.
            let digits = int.base10_digits();
            let Some(code) = digits
                .parse::<u16>()
                .ok()
                .filter(|code| CODE_RANGE.contains(code))
            else {
                ctxt.error_spanned(int, lang.say().out_of_range(digits));
                return None;
            };
            match lookup(code) {
                Some(entry) => Some(Found {
                    entry,
                    former_name: None,
                }),
                None => {
                    ctxt.error_spanned(int, lang.say().unassigned(code));
                    None
                }
            }
        }
        Code::Literal(Lit::Float(float)) => {
            ctxt.error_spanned(float, lang.say().not_an_integer(&float.to_string()));
            None
        }
        Code::Literal(other) => {
            let written = other.to_token_stream().to_string();
            ctxt.error_spanned(other, lang.say().not_an_integer(&written));
            None
        }
        Code::Negative(minus, lit) => {
            ctxt.error_spanned(
                quote::quote!(#minus #lit),
                lang.say().negative(&lit.to_token_stream().to_string()),
            );
            None
        }
        Code::Name(ident) => resolve_named(&ident.to_string(), Spelling::Constant, ident, ctxt),
        Code::Path(path) => {
            let last = path
                .segments
                .last()
                .map(|segment| segment.ident.to_string());
            ctxt.error_spanned(
                path,
                lang.say()
                    .path_instead_of_name(last.as_deref().unwrap_or("NOT_FOUND")),
            );
            None
        }
        Code::Phrase(phrase) => {
            let value = phrase.value();
            if !value.is_empty() && value.len() <= 5 && value.bytes().all(|b| b.is_ascii_digit()) {
                ctxt.error_spanned(phrase, lang.say().quoted_number(&value));
                return None;
            }
            resolve_named(&value, Spelling::Phrase, phrase, ctxt)
        }
        Code::Macro(mac) => {
            let name = mac
                .path
                .segments
                .last()
                .map(|segment| segment.ident.to_string())
                .unwrap_or_default();
            ctxt.error_spanned(mac, lang.say().macro_instead_of_code(&name));
            None
        }
    }
}

/// The class of a status range (`"4XX"`, or `4XX` read as `4` with the suffix `XX`): its
/// first digit.
pub fn range_class(digits: &str, suffix: &str) -> Option<u16> {
    let written = format!("{digits}{suffix}");
    match written.as_bytes() {
        [class @ b'1'..=b'5', b'X' | b'x', b'X' | b'x'] => Some(u16::from(class - b'0')),
        _ => None,
    }
}

/// The first two codes of a class that may be sent without an opt-in: `200, 201`.
fn class_examples(class: u16) -> String {
    let codes: Vec<String> = entries()
        .iter()
        .filter(|entry| entry.code() / 100 == class && entry.state().is_sendable())
        .take(2)
        .map(|entry| entry.code().to_string())
        .collect();
    codes.join(", ")
}

/// Names and phrases longer than this are not compared for a suggestion, and are shortened
/// in messages: the longest in the table is about half as long, and comparing a megabyte
/// literal with every name would take seconds.
const LONGEST_COMPARED: usize = 64;

/// `written`, cut to a length a message can show.
fn shown(written: &str) -> String {
    const SHOWN: usize = 40;
    if written.chars().count() <= SHOWN {
        written.to_owned()
    } else {
        written.chars().take(SHOWN).collect::<String>() + "..."
    }
}

/// The first character of `written` that looks like a space but is not one, and its position
/// counted from 1.
fn lookalike_space(written: &str) -> Option<(usize, char)> {
    written
        .chars()
        .enumerate()
        .find(|(_, c)| {
            *c != ' '
                && (c.is_whitespace()
                    || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'))
        })
        .map(|(position, c)| (position + 1, c))
}

/// The entry `written` names in `spelling`, or `None` after reporting the name unknown, with
/// the closest current name when one is close enough.
fn resolve_named(
    written: &str,
    spelling: Spelling,
    tokens: impl ToTokens,
    ctxt: &mut Ctxt,
) -> Option<Found> {
    let found = find_by(written, spelling);
    if found.is_none() {
        let lang = ctxt.lang;
        let suggestion = suggest(written, spelling);
        let suggestion = suggestion
            .as_ref()
            .map(|(name, entry)| (name.as_str(), *entry));
        let lookalike = lookalike_space(written);
        // A phrase with a lookalike space is shown with it escaped, so it does not read the
        // same as the suggestion.
        let shown = match lookalike {
            Some(_) => shown(written)
                .chars()
                .map(|c| match lookalike_space(&c.to_string()) {
                    Some(_) => c.escape_unicode().to_string(),
                    None => c.to_string(),
                })
                .collect(),
            None => shown(written),
        };
        let mut message = match spelling {
            Spelling::Constant => lang.say().unknown_name(&shown, suggestion),
            Spelling::Phrase => lang.say().unknown_phrase(&shown, suggestion),
        };
        let lowered = written.to_lowercase();
        match (spelling, suggestion) {
            (Spelling::Constant, None) if crate::parse::FLAGS.contains(&lowered.as_str()) => {
                message += &lang.say().flag_in_capitals(&lowered)
            }
            (Spelling::Constant, None) => message += &lang.say().names_are_not_evaluated(),
            (Spelling::Phrase, _) => {
                if let Some((position, character)) = lookalike {
                    message += &lang.say().lookalike_space(character, position);
                }
            }
            (Spelling::Constant, Some(_)) => {}
        }
        ctxt.error_spanned(tokens, message);
    }
    found
}

/// The two ways a code is written by name: the reason phrase as the registry spells it
/// (`"Content Too Large"`), and the same phrase as a constant (`CONTENT_TOO_LARGE`).
#[derive(Clone, Copy)]
enum Spelling {
    Phrase,
    Constant,
}

impl Spelling {
    /// `phrase` written this way, one character at a time, so comparing allocates nothing.
    fn spell(self, phrase: &'static str) -> impl Iterator<Item = char> {
        let (as_written, as_constant) = match self {
            Spelling::Phrase => (Some(phrase.chars()), None),
            Spelling::Constant => (None, Some(constant_name(phrase).chars())),
        };
        as_written
            .into_iter()
            .flatten()
            .chain(as_constant.into_iter().flatten())
    }
}

/// True if `phrase` written in `spelling` is `written`.
fn spelled_as(phrase: &'static str, spelling: Spelling, written: &str) -> bool {
    spelling.spell(phrase).eq(written.chars())
}

/// The entry a constant name stands for, current or former: `NOT_FOUND`, `PAYLOAD_TOO_LARGE`.
/// `http::StatusCode`'s names are all among these.
pub fn entry_named(name: &str) -> Option<&'static Entry> {
    find_by(name, Spelling::Constant).map(|found| found.entry)
}

/// The entry a reason phrase stands for, current or former: `"Not Found"`.
pub fn entry_with_phrase(phrase: &str) -> Option<&'static Entry> {
    find_by(phrase, Spelling::Phrase).map(|found| found.entry)
}

fn find_by(written: &str, spelling: Spelling) -> Option<Found> {
    let is_written = |phrase: &'static str| spelled_as(phrase, spelling, written);
    entries().iter().find_map(|entry| {
        if entry.phrase().is_some_and(is_written) {
            return Some(Found {
                entry,
                former_name: None,
            });
        }
        entry
            .former_names()
            .iter()
            .any(|former| is_written(former))
            .then(|| Found {
                entry,
                former_name: Some(written.to_owned()),
            })
    })
}

/// The closest current name to `written`, if one is close enough to be a likely typo.
fn suggest(written: &str, spelling: Spelling) -> Option<(String, &'static Entry)> {
    const THRESHOLD: f64 = 0.85;
    if written.chars().count() > LONGEST_COMPARED {
        return None;
    }
    let written = written.to_lowercase();
    entries()
        .iter()
        .filter_map(|entry| {
            let name: String = spelling.spell(entry.phrase()?).collect();
            let score = strsim::jaro_winkler(&written, &name.to_lowercase());
            Some((score, name, entry))
        })
        .filter(|(score, _, _)| *score >= THRESHOLD)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name, entry)| (name, entry))
}
