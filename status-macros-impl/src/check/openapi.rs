//! The rules for a `#[utoipa::path]` under `#[responds]`: what it documents agrees with
//! the contract.

use proc_macro2::TokenStream;
use quote::ToTokens;
use status_table::openapi::{description, Origin};
use status_table::{lookup, Entry};
use syn::Lit;

use super::code::{check_code_in, Declared};
use crate::ast::{Code, CodeArg, DocumentedResponse, DocumentedStatus, Place, UtoipaPath};
use crate::check::resolve::{entry_named, entry_with_phrase, range_class};
use crate::ctxt::Ctxt;
use crate::handler::{written, Handler};
use crate::messages::Speak;
use crate::parse::{top_level, utoipa_path};

/// `#[utoipa::path(...)]` on the handler, checked against the contract.
pub struct OpenApi {
    pub path: UtoipaPath,
    pub rewrite: Rewrite,
    /// Documented statuses the list does not declare, which only a parameter's type can
    /// imply: the tokens to point at, the code, and the message if none implies it.
    pub deferred: Vec<(TokenStream, u16, String)>,
}

/// What becomes of `#[utoipa::path(...)]`.
pub enum Rewrite {
    /// It has no `responses(...)`: add one listing every declared status, ascending.
    Fill(Vec<&'static Entry>),
    /// Its `responses(...)` agree with the contract: keep them as written.
    Keep,
    /// Something was reported: re-emit it as written, without the entries of `responses(...)`
    /// at these positions, whose status was refused (utoipa would refuse some of them again).
    AsWritten { dropped: Vec<usize> },
}

/// The declared statuses, ascending and once each: what the macro writes into an operation
/// with no `responses(...)`. The statuses the request implies are the compiler's to know, and
/// the document check (`DocumentCheck::fill`) adds them when the document is built.
fn documented_contract(declared: &[Declared]) -> Vec<&'static Entry> {
    status_table::entries()
        .iter()
        .filter(|entry| {
            declared
                .iter()
                .any(|declared| declared.checked.entry.code() == entry.code())
        })
        .collect()
}

/// `#[utoipa::path(...)]` against the contract. Without `responses(...)`, the declared list
/// fills it in. With it, each documented status is checked as `status!` checks a code, must be
/// declared or implied by a parameter's type (`may_be_implied`: the compiler checks that) and
/// documented once, and each declared status must be documented. Skipped when the declared
/// list itself was refused, so one bad code is reported once.
pub fn check_openapi(
    handler: &Handler,
    declared: &[Declared],
    list_passed: bool,
    may_be_implied: bool,
    ctxt: &mut Ctxt,
) -> Option<OpenApi> {
    let lang = ctxt.lang;
    let (index, attr) = handler.utoipa_path()?;
    let path = utoipa_path(index, attr)?;
    let as_written = |path| OpenApi {
        path,
        rewrite: Rewrite::AsWritten {
            dropped: Vec::new(),
        },
        deferred: Vec::new(),
    };
    if !list_passed {
        return Some(as_written(path));
    }
    let contract = documented_contract(declared);
    let Some(responses) = path.responses.last() else {
        return Some(OpenApi {
            path,
            rewrite: Rewrite::Fill(contract),
            deferred: Vec::new(),
        });
    };
    if path.responses.len() > 1 {
        for later in &path.responses[1..] {
            ctxt.error_spanned(&later.key, lang.say().responses_replaced());
        }
        return Some(as_written(path));
    }
    let Some(entries) = &responses.entries else {
        return Some(as_written(path));
    };

    let name = handler.name();
    let declared_entries: Vec<&'static Entry> = declared
        .iter()
        .map(|declared| declared.checked.entry)
        .collect();
    let mut failed = false;
    let mut dropped = Vec::new();
    let mut has_type = false;
    // Each status documented so far (`None` for "default"), with the entry documenting it.
    let mut documented: Vec<(Option<&'static Entry>, &proc_macro2::Group)> = Vec::new();
    // Codes a refused entry stands for (`"4XX"`, `"Created"`): already reported there, so not
    // reported again as undocumented.
    let mut meant_by_refused: Vec<u16> = Vec::new();
    let mut deferred = Vec::new();
    for (position, response) in entries.iter().enumerate() {
        let (group, status) = match response {
            DocumentedResponse::IntoResponses(ty) => {
                ctxt.error_spanned(ty, lang.say().into_responses(&written(ty)));
                failed = true;
                has_type = true;
                continue;
            }
            DocumentedResponse::Tuple {
                group,
                status: None,
            } => {
                ctxt.error_at(group.span(), lang.say().response_without_status());
                failed = true;
                dropped.push(position);
                continue;
            }
            DocumentedResponse::Tuple {
                group,
                status: Some(status),
            } => (group, status),
        };
        let code = match documented_code(status, &contract, ctxt) {
            DocumentedCode::Listed(entry) => Some(entry),
            DocumentedCode::Default => None,
            DocumentedCode::Refused { meant } => {
                failed = true;
                dropped.push(position);
                meant_by_refused.extend(meant);
                continue;
            }
            DocumentedCode::Unlisted(entry) if may_be_implied => {
                let message = lang
                    .say()
                    .documented_unlisted(&name, entry, &declared_entries, true);
                deferred.push((status.tokens(), entry.code(), message));
                Some(entry)
            }
            DocumentedCode::Unlisted(entry) => {
                ctxt.error_spanned(
                    status.tokens(),
                    lang.say()
                        .documented_unlisted(&name, entry, &declared_entries, false),
                );
                failed = true;
                dropped.push(position);
                continue;
            }
        };
        let same = |entry: &Option<&'static Entry>| entry.map(Entry::code) == code.map(Entry::code);
        match documented.iter().find(|(earlier, _)| same(earlier)) {
            Some((_, first)) => {
                ctxt.error_spanned(
                    status.tokens(),
                    lang.say().documented_twice(code, &shown_response(first)),
                );
                failed = true;
            }
            None => documented.push((code, group)),
        }
    }

    let is_documented = |entry: &Entry| {
        documented
            .iter()
            .any(|(documented, _)| documented.is_some_and(|other| other.code() == entry.code()))
    };
    // A type's statuses are unknown, so nothing can be said to be missing.
    if !has_type {
        for entry in &contract {
            if is_documented(entry) || meant_by_refused.contains(&entry.code()) {
                continue;
            }
            let Some(undocumented) = declared
                .iter()
                .find(|declared| declared.checked.entry.code() == entry.code())
            else {
                continue;
            };
            let suggested = description(entry, Origin::Declared).to_string();
            ctxt.error_spanned(
                &undocumented.tokens,
                lang.say().declared_undocumented(entry, &suggested),
            );
            failed = true;
        }
    }
    let rewrite = if failed {
        Rewrite::AsWritten { dropped }
    } else {
        Rewrite::Keep
    };
    Some(OpenApi {
        path,
        rewrite,
        deferred,
    })
}

/// What a documented status stands for.
enum DocumentedCode {
    /// A status of the contract.
    Listed(&'static Entry),
    /// `"default"`: the responses not listed, which the contract has no opinion on.
    Default,
    /// A code that passed `status!`'s checks but is not in the contract.
    Unlisted(&'static Entry),
    /// Not a status that can be compared, as reported; `meant` are the contract's codes it
    /// plainly stands for (those of a range, the number of a phrase).
    Refused { meant: Vec<u16> },
}

/// The status a documented `status = ...` stands for, after reporting why when it is not one.
/// A code of the contract is taken as it is, opt-in included; any other is checked as
/// `status!` checks it, with the same messages. A name is the last segment of the path, the
/// way utoipa reads it; former names are what `http::StatusCode` calls some statuses
/// (`UNPROCESSABLE_ENTITY`), and utoipa knows no others, so they do not warn here.
fn documented_code(
    status: &DocumentedStatus,
    contract: &[&'static Entry],
    ctxt: &mut Ctxt,
) -> DocumentedCode {
    let lang = ctxt.lang;
    let in_class = |class: u16| -> Vec<&'static Entry> {
        contract
            .iter()
            .copied()
            .filter(|entry| entry.code() / 100 == class)
            .collect()
    };
    let range = |written: String, class: u16, at: TokenStream, ctxt: &mut Ctxt| {
        let listed = in_class(class);
        ctxt.error_spanned(at, lang.say().documented_range(&written, class, &listed));
        DocumentedCode::Refused {
            meant: listed.iter().map(|entry| entry.code()).collect(),
        }
    };
    let code = match status {
        DocumentedStatus::Str(string) => {
            let value = string.value();
            if value == "default" {
                return DocumentedCode::Default;
            }
            if let Some(class) = range_class(&value, "") {
                return range(
                    format!("\"{value}\""),
                    class,
                    string.to_token_stream(),
                    ctxt,
                );
            }
            // `"404"` and `"Not Found"` name a status; say which number to write.
            let named = value
                .parse()
                .ok()
                .and_then(lookup)
                .or_else(|| entry_with_phrase(&value))
                .map(Entry::code);
            ctxt.error_spanned(string, lang.say().string_status(&value, named));
            return DocumentedCode::Refused {
                meant: named.into_iter().collect(),
            };
        }
        DocumentedStatus::Int(int) => {
            if let Some(class) = range_class(int.base10_digits(), int.suffix()) {
                return range(int.to_string(), class, int.to_token_stream(), ctxt);
            }
            // utoipa reads the literal's digits and ignores a suffix (`200u16` is 200), so the
            // code is judged as the number alone.
            Code::Literal(Lit::Int(syn::LitInt::new(int.base10_digits(), int.span())))
        }
        DocumentedStatus::Name(path) => match path.segments.last() {
            Some(last) => Code::Name(last.ident.clone()),
            None => {
                ctxt.error_spanned(path, lang.say().documented_status_shape());
                return DocumentedCode::Refused { meant: Vec::new() };
            }
        },
        DocumentedStatus::Other(tokens) => {
            ctxt.error_spanned(tokens, lang.say().documented_status_shape());
            return DocumentedCode::Refused { meant: Vec::new() };
        }
    };
    let named = match &code {
        Code::Literal(Lit::Int(int)) => int.base10_digits().parse().ok().and_then(lookup),
        Code::Name(ident) => entry_named(&ident.to_string()),
        _ => None,
    };
    if let Some(entry) = named {
        if contract.iter().any(|listed| listed.code() == entry.code()) {
            return DocumentedCode::Listed(entry);
        }
    }
    let arg = CodeArg { opt_in: None, code };
    match check_code_in(&arg, Place::UtoipaPath, ctxt) {
        Some(checked) => DocumentedCode::Unlisted(checked.entry),
        // A refused code (306, say) still stands for its number.
        None => DocumentedCode::Refused {
            meant: named.map(Entry::code).into_iter().collect(),
        },
    }
}

/// The status and description of a response tuple as the user wrote them, for a message that
/// refers to it: `(status = 201, description = "User created", ..)`.
fn shown_response(group: &proc_macro2::Group) -> String {
    const LIMIT: usize = 40;
    let tokens: Vec<proc_macro2::TokenTree> = group.stream().into_iter().collect();
    let items = top_level(&tokens);
    let mut shown = Vec::new();
    for key in ["status", "description"] {
        let value = items.iter().map(|item| &tokens[item.clone()]).find(
            |item| matches!(item, [proc_macro2::TokenTree::Ident(ident), _, _, ..] if ident == key),
        );
        if let Some(value) = value {
            let mut value = written(value[2..].iter().cloned().collect::<TokenStream>());
            if value.chars().count() > LIMIT {
                value = value.chars().take(LIMIT).collect::<String>() + "...\"";
            }
            shown.push(format!("{key} = {value}"));
        }
    }
    if items.len() > shown.len() {
        shown.push("..".to_owned());
    }
    format!("({})", shown.join(", "))
}

#[cfg(test)]
mod tests;
