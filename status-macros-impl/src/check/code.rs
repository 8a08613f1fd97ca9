//! The rules for one written code, wherever it is written: `status!`, each code of a
//! `#[responds]` list, each `#[status]` of a `ResponseStatus` type.

use proc_macro2::Span;
use status_table::{Entry, State};
use syn::Lit;

use crate::ast::{Code, CodeArg, CrateOverride, OptIn, Place, Root};
use crate::check::resolve::resolve;
use crate::ctxt::Ctxt;
use crate::messages::Speak;

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
    /// The name of the deprecated item the compiler will mention: a macro, which the compiler
    /// names without the path of the anonymous constant it sits in.
    pub item: &'static str,
    pub note: String,
}

/// The opt-in that lets a code through, if any: the table says which (`Entry::opt_in`).
fn opt_in_for(entry: &Entry) -> Option<OptIn> {
    entry.opt_in().and_then(OptIn::from_keyword)
}

/// Checks one written code, reporting every problem with it to `ctxt`.
pub fn check_code(arg: &CodeArg, ctxt: &mut Ctxt) -> Option<Checked> {
    check_code_in(arg, Place::Macro, ctxt)
}

/// [`check_code`], for a code written at `place`.
pub(super) fn check_code_in(arg: &CodeArg, place: Place, ctxt: &mut Ctxt) -> Option<Checked> {
    let lang = ctxt.lang;
    let written_opt_in = match &arg.opt_in {
        Some(keyword) => {
            let written = keyword.to_string();
            match OptIn::from_keyword(&written) {
                Some(known) => Some((known, keyword)),
                None if crate::parse::FLAGS.contains(&written.as_str()) => {
                    ctxt.error_spanned(keyword, lang.say().flag_with_code(&written));
                    resolve(&arg.code, ctxt);
                    return None;
                }
                None => {
                    let suggestion = suggest_opt_in(&written);
                    ctxt.error_spanned(keyword, lang.say().unknown_opt_in(&written, suggestion));
                    // Still look the code up, so a bad code in a bad opt-in shows both errors.
                    resolve(&arg.code, ctxt);
                    return None;
                }
            }
        }
        None => None,
    };

    let Some(found) = resolve(&arg.code, ctxt) else {
        // Only a number the table lacks is blamed on the opt-in too; a misspelt name or a
        // malformed code is one mistake, already reported.
        let is_number =
            matches!(&arg.code, Code::Literal(Lit::Int(int)) if int.suffix().is_empty());
        if let (Some((_, keyword)), true) = (written_opt_in, is_number) {
            ctxt.error_spanned(keyword, lang.say().opt_in_for_unlisted());
        }
        return None;
    };
    let entry = found.entry;
    let state = entry.state();

    if state.is_sendable() {
        if let Some((written, keyword)) = written_opt_in {
            ctxt.error_spanned(keyword, lang.say().needless_opt_in(entry, written));
            return None;
        }
    } else {
        let needed = opt_in_for(entry);
        match (written_opt_in, needed) {
            (None, _) => {
                ctxt.error_spanned(arg.code.tokens(), lang.say().refused(entry, needed, place));
                return None;
            }
            (Some((_, keyword)), None) => {
                ctxt.error_spanned(keyword, lang.say().no_opt_in_for(entry));
                return None;
            }
            (Some((written, keyword)), Some(needed)) if written != needed => {
                ctxt.error_spanned(keyword, lang.say().wrong_opt_in(entry, written, needed));
                return None;
            }
            (Some(_), Some(_)) => {}
        }
    }

    // A former name only warns when there is a current name to point to instead.
    let warning = match (state, found.former_name.as_deref(), entry.constant()) {
        (_, Some(former), Some(constant)) => Some(Warning {
            item: "former_name",
            note: lang.say().former_name(former, entry, constant),
        }),
        (State::Discouraged { .. }, _, _) => Some(Warning {
            item: "discouraged_status",
            note: lang.say().discouraged(entry),
        }),
        (State::Temporary { .. }, _, _) => Some(Warning {
            item: "temporary_status",
            note: lang.say().temporary(entry),
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
            ctxt.error_spanned(arg.tokens(), lang.say().duplicate_status(entry));
        } else if entry.class() == status_table::Class::Informational && entry.code() != 101 {
            ctxt.error_spanned(arg.code.tokens(), lang.say().informational_final(entry));
        } else {
            declared.push(Declared {
                checked,
                tokens: arg.code.tokens(),
            });
        }
    }
    declared
}

/// The root of the generated paths: the first `crate = ...` written, or `::status_core`. Each
/// further override is an error at it.
pub fn check_crate(overrides: &[CrateOverride], ctxt: &mut Ctxt) -> Root {
    for extra in overrides.iter().skip(1) {
        ctxt.error_spanned(extra.tokens(), ctxt.lang.say().duplicate_crate());
    }
    Root::new(overrides.first().map(|first| &first.path))
}

/// `status!` names exactly one code: none is an error at the call, each one after the first an
/// error at itself (a list of codes belongs in `#[responds]`).
pub fn has_exactly_one_code(codes: &[CodeArg], ctxt: &mut Ctxt) {
    if codes.is_empty() {
        ctxt.error_at(Span::call_site(), ctxt.lang.say().empty_status());
    }
    for extra in codes.iter().skip(1) {
        ctxt.error_spanned(extra.tokens(), ctxt.lang.say().more_than_one_code());
    }
}
