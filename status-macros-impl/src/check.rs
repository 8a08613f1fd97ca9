//! The rules: which listed codes may be sent, which need an opt-in, which only warn. No code
//! generation here; `expand.rs` turns what this returns into tokens.

use proc_macro2::Span;
use status_core::{Entry, State};

use crate::ast::{CodeArg, OptIn};
use crate::ctxt::Ctxt;
use crate::resolve::resolve;

/// A code that passed, ready to expand.
pub struct Checked {
    pub entry: &'static Entry,
    /// Where the user wrote the code, for the expansion and any warning.
    pub span: Span,
    pub warning: Option<Warning>,
}

/// A valid code that is better avoided; shown as a deprecation warning at the user's token so
/// that `#[allow(deprecated)]` silences it and `-D warnings` denies it.
pub struct Warning {
    /// The name of the deprecated item the compiler will mention.
    pub item: &'static str,
    pub note: String,
}

/// Codes that stay refused even with an opt-in. 306 was never deployed in the meaning it once
/// had, so there is nothing to send; 418, also unused, keeps an opt-in because RFC 9110 reserves
/// it precisely because servers send it.
const NO_OPT_IN: &[u16] = &[306];

/// The opt-in that lets a code in this state through, if any.
fn opt_in_for(entry: &Entry) -> Option<OptIn> {
    if NO_OPT_IN.contains(&entry.code()) {
        return None;
    }
    match entry.state() {
        State::NonStandard { .. } => Some(OptIn::NonStandard),
        State::Deprecated => Some(OptIn::Deprecated),
        State::Unused => Some(OptIn::Unused),
        State::Obsoleted { .. } => Some(OptIn::Obsoleted),
        _ => None,
    }
}

/// Checks one written code, reporting every problem with it to `ctxt`.
pub fn check_code(arg: &CodeArg, ctxt: &mut Ctxt) -> Option<Checked> {
    let lang = ctxt.lang;
    let written_opt_in = match &arg.opt_in {
        Some(keyword) => {
            let written = keyword.to_string();
            match OptIn::from_keyword(&written) {
                Some(known) => Some((known, keyword)),
                None => {
                    let suggestion = suggest_opt_in(&written);
                    ctxt.error_spanned(keyword, lang.unknown_opt_in(&written, suggestion));
                    // Still look the code up, so a bad code in a bad opt-in shows both errors.
                    resolve(&arg.code, ctxt);
                    return None;
                }
            }
        }
        None => None,
    };

    let Some(found) = resolve(&arg.code, ctxt) else {
        if let Some((_, keyword)) = written_opt_in {
            ctxt.error_spanned(keyword, lang.opt_in_for_unlisted());
        }
        return None;
    };
    let entry = found.entry;
    let state = entry.state();

    if state.is_sendable() {
        if let Some((written, keyword)) = written_opt_in {
            ctxt.error_spanned(keyword, lang.needless_opt_in(entry, written));
            return None;
        }
    } else {
        let needed = opt_in_for(entry);
        match (written_opt_in, needed) {
            (None, _) => {
                ctxt.error_spanned(arg.code.tokens(), lang.refused(entry, needed));
                return None;
            }
            (Some((_, keyword)), None) => {
                ctxt.error_spanned(keyword, lang.no_opt_in_for(entry));
                return None;
            }
            (Some((written, keyword)), Some(needed)) if written != needed => {
                ctxt.error_spanned(keyword, lang.wrong_opt_in(entry, written, needed));
                return None;
            }
            (Some(_), Some(_)) => {}
        }
    }

    // A former name only warns when there is a current name to point to instead.
    let warning = match (state, found.former_name.as_deref(), entry.constant()) {
        (_, Some(former), Some(constant)) => Some(Warning {
            item: "FORMER_NAME",
            note: lang.former_name(former, entry, constant),
        }),
        (State::Discouraged { dropped_by }, _, _) => Some(Warning {
            item: "DISCOURAGED_STATUS",
            note: lang.discouraged(entry, dropped_by),
        }),
        (
            State::Temporary {
                registered,
                expires,
            },
            _,
            _,
        ) => Some(Warning {
            item: "TEMPORARY_STATUS",
            note: lang.temporary(entry, registered, expires),
        }),
        _ => None,
    };
    Some(Checked {
        entry,
        span: arg.code.span(),
        warning,
    })
}

fn suggest_opt_in(written: &str) -> Option<OptIn> {
    OptIn::ALL
        .into_iter()
        .map(|opt_in| (strsim::jaro_winkler(written, opt_in.keyword()), opt_in))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, opt_in)| opt_in)
}

/// A status in a `#[responds(...)]` list that passed, with the tokens that declare it.
pub struct Declared {
    pub checked: Checked,
    pub tokens: proc_macro2::TokenStream,
}

/// Checks a declared list: each code as `status!` would, then duplicates (reported at the
/// second) and informational codes that cannot end a response.
pub fn check_declared(codes: &[CodeArg], ctxt: &mut Ctxt) -> Vec<Declared> {
    let lang = ctxt.lang;
    let mut declared: Vec<Declared> = Vec::new();
    for arg in codes {
        let Some(checked) = check_code(arg, ctxt) else {
            continue;
        };
        let entry = checked.entry;
        if declared
            .iter()
            .any(|earlier| earlier.checked.entry.code() == entry.code())
        {
            ctxt.error_spanned(arg.tokens(), lang.duplicate_status(entry));
        } else if entry.class() == status_core::Class::Informational && entry.code() != 101 {
            ctxt.error_spanned(arg.code.tokens(), lang.informational_final(entry));
        } else {
            declared.push(Declared {
                checked,
                tokens: arg.code.tokens(),
            });
        }
    }
    declared
}
