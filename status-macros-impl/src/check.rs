//! Every rule, in one place: which codes may be sent, which need an opt-in, which only warn;
//! what a `#[derive(ResponseStatus)]` type must carry; and what a `#[responds]` contract must
//! agree with (its list, the body, the success type, the request extractors, the error type,
//! the `responses(...)` of a `#[utoipa::path]` below it). No code generation here; `expand.rs` turns what this returns into tokens.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use status_table::openapi::{description, Origin};
use status_table::{lookup, Entry, State};
use syn::visit::Visit;
use syn::{Lit, Type, TypeImplTrait};

use crate::ast::{
    is_crate_attr, is_status_attr, Code, CodeArg, CrateOverride, DocumentedResponse,
    DocumentedStatus, ErrorType, ErrorVariant, OptIn, Root, UtoipaPath,
};
use crate::ctxt::{at_last_token, Ctxt};
use crate::handler::{written, ErrorTypeSource, Handler};
use crate::messages::Speak;
use crate::parse::{status_attr, top_level, utoipa_path, MiddlewareArg, RespondsArgs, StatusAttr};
use crate::resolve::{entry_named, entry_with_phrase, range_class, resolve};
use crate::scan::{answers, Answers, ValueMention};

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

/// Where a code is written, for the one piece of advice that depends on it: where an opt-in
/// would go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In `status!`, `#[responds]` or `#[status]`, where the opt-in is written around the code.
    Macro,
    /// As `status = ...` in `#[utoipa::path]`, which takes no opt-in: the contract's does.
    UtoipaPath,
}

/// Checks one written code, reporting every problem with it to `ctxt`.
pub fn check_code(arg: &CodeArg, ctxt: &mut Ctxt) -> Option<Checked> {
    check_code_in(arg, Place::Macro, ctxt)
}

/// [`check_code`], for a code written at `place`.
fn check_code_in(arg: &CodeArg, place: Place, ctxt: &mut Ctxt) -> Option<Checked> {
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

/// A variant of a `#[derive(ResponseStatus)]` type that passed, and what it answers with.
pub struct CheckedVariant<'a> {
    pub variant: &'a ErrorVariant<'a>,
    pub answer: VariantAnswer<'a>,
}

pub enum VariantAnswer<'a> {
    /// `#[status(404)]`.
    Status(Checked),
    /// `#[status(transparent)]`: the status of the one field.
    Transparent(&'a syn::Field),
    /// `#[status(any_of(400, 422))]`: the status the one field carries, among these, ascending.
    AnyOf(&'a syn::Field, Vec<Checked>),
}

/// Checks a type under `#[derive(ResponseStatus)]`: every variant carries exactly one
/// `#[status(...)]`, checked as `status!` checks its code, or `#[status(transparent)]` on a
/// variant with exactly one field. Returns the variants that passed (all of them when nothing
/// was reported), or `None` for a type the derive cannot apply to at all.
pub fn check_error_type<'a>(
    error_type: &'a ErrorType<'a>,
    ctxt: &mut Ctxt,
) -> Option<Vec<CheckedVariant<'a>>> {
    let lang = ctxt.lang;
    let input = error_type.input;
    match &input.data {
        syn::Data::Union(data) => {
            ctxt.error_at(data.union_token.span, lang.say().derive_on_union());
            return None;
        }
        syn::Data::Enum(_) => {
            let misplaced = input
                .attrs
                .iter()
                .filter(|attr| is_status_attr(attr) && !is_crate_attr(attr));
            for attr in misplaced {
                ctxt.error_spanned(attr, lang.say().status_on_enum());
            }
        }
        syn::Data::Struct(_) => {}
    }
    let mut passed = Vec::new();
    for variant in &error_type.variants {
        for field in variant.fields.iter() {
            for attr in field.attrs.iter().filter(|attr| is_status_attr(attr)) {
                ctxt.error_spanned(attr, lang.say().status_on_field());
            }
        }
        if let Some(answer) = check_variant(variant, ctxt) {
            passed.push(CheckedVariant { variant, answer });
        }
    }
    Some(passed)
}

fn check_variant<'a>(variant: &'a ErrorVariant<'a>, ctxt: &mut Ctxt) -> Option<VariantAnswer<'a>> {
    let lang = ctxt.lang;
    let Some((first, extra)) = variant.status_attrs.split_first() else {
        ctxt.error_spanned(
            variant.ident,
            lang.say()
                .variant_without_status(&variant.ident.to_string(), variant.is_struct),
        );
        return None;
    };
    for attr in extra {
        ctxt.error_spanned(attr, lang.say().second_status_attr());
    }
    let tokens = match &first.meta {
        syn::Meta::List(list) => list.tokens.clone(),
        _ => {
            ctxt.error_spanned(first, lang.say().status_attr_shape());
            return None;
        }
    };
    let parsed = match status_attr(tokens.clone(), lang) {
        Ok(parsed) => parsed,
        Err(error) => {
            let error = at_last_token(error, &tokens);
            ctxt.error_at(error.span(), error.to_string());
            return None;
        }
    };
    match parsed {
        StatusAttr::Crate(found) => {
            ctxt.error_spanned(found.tokens(), lang.say().crate_on_variant());
            None
        }
        StatusAttr::Transparent(keyword) => match only_field(variant) {
            Some(field) => Some(VariantAnswer::Transparent(field)),
            None => {
                ctxt.error_spanned(keyword, lang.say().transparent_needs_one_field());
                None
            }
        },
        StatusAttr::AnyOf(keyword, codes) => {
            let field = only_field(variant);
            if field.is_none() {
                ctxt.error_at(keyword.span, lang.say().any_of_needs_one_field());
            }
            if codes.is_empty() {
                ctxt.error_at(keyword.span, lang.say().empty_any_of());
            }
            let mut checked: Vec<Checked> = Vec::new();
            let mut passed = true;
            for code in &codes {
                let Some(one) = check_code(code, ctxt) else {
                    passed = false;
                    continue;
                };
                let entry = one.entry;
                if entry.class() == status_table::Class::Informational {
                    ctxt.error_spanned(code.code.tokens(), lang.say().informational_error(entry));
                    passed = false;
                } else if checked
                    .iter()
                    .any(|earlier| earlier.entry.code() == entry.code())
                {
                    ctxt.error_spanned(code.tokens(), lang.say().listed_twice_in_any_of(entry));
                    passed = false;
                } else {
                    checked.push(one);
                }
            }
            checked.sort_by_key(|one| one.entry.code());
            match field {
                Some(field) if passed && !checked.is_empty() => {
                    Some(VariantAnswer::AnyOf(field, checked))
                }
                _ => None,
            }
        }
        StatusAttr::Codes(codes) => {
            let Some((code, extra)) = codes.split_first() else {
                ctxt.error_spanned(first, lang.say().status_attr_shape());
                return None;
            };
            for extra in extra {
                ctxt.error_spanned(extra.tokens(), lang.say().one_status_per_variant());
            }
            let checked = check_code(code, ctxt)?;
            let entry = checked.entry;
            if entry.class() == status_table::Class::Informational {
                ctxt.error_spanned(code.code.tokens(), lang.say().informational_error(entry));
                return None;
            }
            Some(VariantAnswer::Status(checked))
        }
    }
}

/// The variant's field when it has exactly one.
fn only_field<'a>(variant: &ErrorVariant<'a>) -> Option<&'a syn::Field> {
    let mut fields = variant.fields.iter();
    match (fields.next(), fields.next()) {
        (Some(field), None) => Some(field),
        _ => None,
    }
}

/// The root of the generated paths: the first `crate = ...` written, or `::status_core`. Each
/// further override is an error at it.
pub fn check_crate(overrides: &[CrateOverride], ctxt: &mut Ctxt) -> Root {
    for extra in overrides.iter().skip(1) {
        ctxt.error_spanned(extra.tokens(), ctxt.lang.say().duplicate_crate());
    }
    Root::new(overrides.first().map(|first| &first.path))
}

/// The root for a `#[derive(ResponseStatus)]` type, from its `#[status(crate = ...)]`
/// attributes: malformed ones and every one after the first are reported.
pub fn check_crate_attrs(error_type: &ErrorType, ctxt: &mut Ctxt) -> Root {
    let lang = ctxt.lang;
    let mut overrides = Vec::new();
    for attr in error_type
        .input
        .attrs
        .iter()
        .filter(|attr| is_crate_attr(attr))
    {
        let syn::Meta::List(list) = &attr.meta else {
            continue;
        };
        match status_attr(list.tokens.clone(), lang) {
            Ok(StatusAttr::Crate(found)) => overrides.push(found),
            Ok(_) => {}
            Err(error) => {
                let error = at_last_token(error, &list.tokens);
                ctxt.error_at(error.span(), error.to_string());
            }
        }
    }
    check_crate(&overrides, ctxt)
}

/// A `#[responds]` contract after every check: what `expand.rs` needs to emit it.
pub struct Contract {
    /// The path the generated code reaches status-core by.
    pub root: Root,
    /// The declared statuses that passed.
    pub declared: Vec<Declared>,
    /// The parameters' types, as the constant names them to ask the compiler which statuses
    /// each one implies (`Handler::request_types`).
    pub request_types: Vec<syn::Type>,
    /// The constants of `middleware(...)` as written, each once.
    pub middleware: Vec<TokenStream>,
    /// Whether the debug-build check can be applied.
    pub debug_check: bool,
    /// Checks that need the error type's map, which only the compiler knows: emitted as
    /// constants that fail to evaluate, at the user's tokens, when the rule is broken.
    pub deferred: Option<DeferredChecks>,
    /// `#[utoipa::path]` on the handler, and what to emit in its place.
    pub openapi: Option<OpenApi>,
}

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

/// Rules that need what only the compiler knows (the error type's map, the statuses the
/// parameters' types imply), checked during constant evaluation.
pub struct DeferredChecks {
    /// The return type as a `Result` with `()` for its success type, whose error type's map
    /// the checks read; `None` when the error type cannot be named.
    pub result: Option<TokenStream>,
    /// True when the checks name what only an `impl` or `trait` block can (the function takes
    /// `self`, or `Self` is in the error type or a mention).
    pub in_impl: bool,
    /// The declared codes, which every check compares against.
    pub declared: Vec<u16>,
    pub checks: Vec<DeferredCheck>,
}

pub struct DeferredCheck {
    /// The user's tokens the error points at.
    pub at: TokenStream,
    pub rule: DeferredRule,
}

/// A mention in the body that may be of the error type: a variant (`Some`), or the whole
/// type (`None`).
#[derive(Clone)]
pub struct TypeMention {
    /// The mention's type as the contract's constant names it, which the compiler compares
    /// with the error type; `None` for a `?`, which is of the error type itself.
    pub owner: Option<TokenStream>,
    pub variant: Option<String>,
}

pub enum DeferredRule {
    /// Everything the mention can answer with is declared. `message` has `{status}` and
    /// `{code}` in it, filled in once the status is known.
    Declared {
        mention: TypeMention,
        message: String,
    },
    /// `strict`: for each of `codes` (declared, not named in the body), some mention answers
    /// with it, or a parameter's type implies it. One check for them all, so one evaluation and
    /// one error that lists every code left; each code keeps its tokens, where the error points
    /// when it is the lowest one left. `message` has `{unnamed}` in it.
    Named {
        codes: Vec<(u16, TokenStream)>,
        mentions: Vec<TypeMention>,
        message: String,
    },
    /// `#[utoipa::path]` documents `code`, which is not declared: a parameter's type implies it.
    Documented { code: u16, message: String },
    /// `all_errors`: the type derives `ResponseStatus` and every status it has is declared.
    /// `undeclared` has `{variant}`, `{status}` and `{code}` in it.
    Every {
        not_derived: String,
        undeclared: String,
    },
}

/// Every check of `#[responds]` against its list and the handler: the list itself, the body's
/// named statuses, the statuses implied by the success type and by the request, `strict`,
/// `all_errors` and `debug_check`. Errors go into `ctxt`; rules that depend on the error type's
/// map come back as deferred checks.
pub fn check_contract(handler: &Handler, args: &RespondsArgs, ctxt: &mut Ctxt) -> Contract {
    let lang = ctxt.lang;
    let root = check_crate(&args.crates, ctxt);
    if args.codes.is_empty() {
        ctxt.error_at(Span::call_site(), lang.say().empty_responds());
    }
    for extra in args.strict.iter().skip(1) {
        ctxt.error_spanned(extra, lang.say().duplicate_flag("strict"));
    }
    for extra in args.debug_check.iter().skip(1) {
        ctxt.error_spanned(extra, lang.say().duplicate_flag("debug_check"));
    }
    for extra in args.all_errors.iter().skip(1) {
        ctxt.error_spanned(extra, lang.say().duplicate_flag("all_errors"));
    }
    let middleware = check_middleware(&args.middleware, ctxt);
    let declared = check_declared(&args.codes, ctxt);
    let name = handler.name();
    let entries: Vec<&'static Entry> = declared
        .iter()
        .map(|declared| declared.checked.entry)
        .collect();
    let is_declared = |code: u16| entries.iter().any(|entry| entry.code() == code);
    // Only judge the handler against a list that fully passed, so one bad code in the list
    // does not also flag every use of it.
    let list_passed = !args.codes.is_empty() && declared.len() == args.codes.len();

    let request_types = handler.request_types();
    // Whether a status the macro cannot see may still be implied by a parameter's type or added
    // by the declared middleware, which only the compiler can tell: rules that would refuse
    // such a status are deferred to it.
    let may_be_implied = !request_types.is_empty() || !middleware.is_empty();

    let success = handler.implied_success();
    if let Some(success) = &success {
        if list_passed && !is_declared(success.entry.code()) {
            ctxt.error_spanned(
                &success.at,
                lang.say()
                    .implied_undeclared(&name, &success.written, success.entry, &entries),
            );
        }
    }

    let found = match &handler.body {
        Some(body) => answers(body),
        None => Answers::default(),
    };
    if list_passed {
        for mention in &found.statuses {
            if !is_declared(mention.entry.code()) {
                ctxt.error_spanned(
                    &mention.tokens,
                    lang.say().undeclared(&name, mention.entry, &entries),
                );
            }
        }
    }

    let error_type = handler.error_type();
    let type_mentions = error_type_mentions(handler, &error_type, &found);
    let mut checks = Vec::new();
    if list_passed {
        for (value, mention) in &type_mentions {
            checks.push(DeferredCheck {
                at: value.path.to_token_stream(),
                rule: DeferredRule::Declared {
                    mention: mention.clone(),
                    message: lang
                        .say()
                        .undeclared_through(&name, &written(&value.path), &entries),
                },
            });
        }
    }

    if !args.strict.is_empty() {
        let named = |code: u16| {
            found
                .statuses
                .iter()
                .any(|mention| mention.entry.code() == code)
                || success.as_ref().is_some_and(|s| s.entry.code() == code)
        };
        // A `?` may convert into any variant of the error type, so for strict it names every
        // status the type has.
        let through_whole_type = (found.whole_error_type
            && !matches!(error_type, ErrorTypeSource::Unknown))
        .then_some(TypeMention {
            owner: None,
            variant: None,
        });
        let mentions: Vec<TypeMention> = type_mentions
            .iter()
            .map(|(_, mention)| mention.clone())
            .chain(through_whole_type)
            .collect();
        let unnamed = declared
            .iter()
            .filter(|declared| !named(declared.checked.entry.code()));
        if mentions.is_empty() && !may_be_implied {
            // Nothing the compiler knows could name them: each is an error now.
            for unnamed in unnamed {
                let message = lang
                    .say()
                    .never_named(&name, unnamed.checked.entry, may_be_implied);
                ctxt.error_spanned(&unnamed.tokens, message);
            }
        } else {
            let codes: Vec<(u16, TokenStream)> = unnamed
                .map(|unnamed| (unnamed.checked.entry.code(), unnamed.tokens.clone()))
                .collect();
            if let Some((_, first)) = codes.first() {
                checks.push(DeferredCheck {
                    at: first.clone(),
                    rule: DeferredRule::Named {
                        message: lang.say().never_named_any(&name, may_be_implied),
                        codes,
                        mentions,
                    },
                });
            }
        }
    }

    if let Some(flag) = args.all_errors.first() {
        match &error_type {
            ErrorTypeSource::Unknown => {
                ctxt.error_spanned(flag, lang.say().all_errors_without_error_type());
            }
            ErrorTypeSource::Written { .. } | ErrorTypeSource::Alias { .. } => {
                let described = match &error_type {
                    ErrorTypeSource::Alias { alias, .. } => {
                        lang.say().error_type_of(&written(alias))
                    }
                    ErrorTypeSource::Written { error, .. } => format!("`{}`", written(error)),
                    ErrorTypeSource::Unknown => String::new(),
                };
                if list_passed {
                    checks.push(DeferredCheck {
                        at: flag.to_token_stream(),
                        rule: DeferredRule::Every {
                            not_derived: lang.say().all_errors_not_derived(&described),
                            undeclared: lang
                                .say()
                                .all_errors_undeclared(&name, &described, &entries),
                        },
                    });
                }
            }
        }
    }

    let openapi = check_openapi(handler, &declared, list_passed, may_be_implied, ctxt);
    if let Some(openapi) = &openapi {
        checks.extend(
            openapi
                .deferred
                .iter()
                .map(|(at, code, message)| DeferredCheck {
                    at: at.clone(),
                    rule: DeferredRule::Documented {
                        code: *code,
                        message: message.clone(),
                    },
                }),
        );
    }
    let in_impl = handler.has_receiver()
        || error_type.result().is_some_and(names_self)
        || type_mentions
            .iter()
            .any(|(_, mention)| mention.owner.as_ref().is_some_and(names_self));
    let deferred = (!checks.is_empty()).then(|| DeferredChecks {
        in_impl,
        result: error_type.result().cloned(),
        declared: entries.iter().map(|entry| entry.code()).collect(),
        checks,
    });
    Contract {
        root,
        declared,
        request_types,
        middleware,
        debug_check: check_debug_check(handler, args, ctxt),
        deferred,
        openapi,
    }
}

/// `middleware(...)`: written once, naming at least one constant, each once. The constants'
/// type and values are the compiler's to check.
fn check_middleware(written_args: &[MiddlewareArg], ctxt: &mut Ctxt) -> Vec<TokenStream> {
    let lang = ctxt.lang;
    for extra in written_args.iter().skip(1) {
        ctxt.error_at(extra.keyword.span, lang.say().middleware_twice());
    }
    let Some(first) = written_args.first() else {
        return Vec::new();
    };
    if first.constants.is_empty() {
        ctxt.error_at(first.keyword.span, lang.say().empty_middleware());
    }
    let mut names: Vec<String> = Vec::new();
    let mut constants = Vec::new();
    for constant in &first.constants {
        let name = written(constant);
        if names.contains(&name) {
            ctxt.error_spanned(constant, lang.say().middleware_named_twice(&name));
        } else {
            names.push(name);
            constants.push(constant.to_token_stream());
        }
    }
    constants
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
fn check_openapi(
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

/// True if `tokens` name `Self` anywhere.
fn names_self(tokens: &TokenStream) -> bool {
    tokens.clone().into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => ident == "Self",
        proc_macro2::TokenTree::Group(group) => names_self(&group.stream()),
        _ => false,
    })
}

/// The body's mentions that may be values of the handler's error type, each with its type as
/// the contract's constant can name it; whether it is the error type is the compiler's to
/// say (`ErrorIs`). So that a mention of an unrelated type costs no check that could fail,
/// only these are asked about: a type with the error type's name (`ApiError`, or `ApiError`
/// for a `Result` alias named `ApiResult`), `Self`, and a variant handed straight to
/// `Err(..)`, where the compiler fixes its type. A name the body binds is replaced by what it
/// stands for, and a mention through anything else the body binds, or a generic parameter of
/// the function, is left out, as the constant cannot name it.
fn error_type_mentions<'a>(
    handler: &Handler,
    error_type: &ErrorTypeSource,
    found: &'a Answers,
) -> Vec<(&'a ValueMention, TypeMention)> {
    let (error_name, error_arguments) = match error_type {
        ErrorTypeSource::Written { name, .. } => match name {
            Some((name, arguments)) => (Some(name.to_string()), arguments.clone()),
            None => (None, TokenStream::new()),
        },
        ErrorTypeSource::Alias { alias, .. } => {
            let alias = alias.segments.last().map(|last| last.ident.to_string());
            let stem = alias
                .as_deref()
                .and_then(|alias| alias.strip_suffix("Result"));
            (stem.map(|stem| format!("{stem}Error")), TokenStream::new())
        }
        ErrorTypeSource::Unknown => return Vec::new(),
    };
    let locals = &found.locals;
    if locals.glob {
        return Vec::new();
    }
    found
        .values
        .iter()
        .filter_map(|value| {
            let mut owner = value.owner.clone();
            if let Some((_, target)) = locals
                .aliases
                .iter()
                .find(|(alias, _)| *alias == owner.first)
            {
                owner = owner.through(target);
            } else if locals.opaque.contains(&owner.first)
                || handler.is_type_parameter(&owner.first)
            {
                return None;
            }
            let same_name = error_name.as_ref().is_some_and(|name| owner.last == name);
            let is_self = owner.segments == 1 && owner.first == "Self";
            let candidate = match value.variant {
                Some(_) => same_name || is_self || value.in_err,
                None => same_name,
            };
            if !candidate {
                return None;
            }
            let mut tokens = owner.to_token_stream();
            // `ApiError::NotFound` of a handler answering `ApiError<String>`.
            if same_name && !owner.last_has_arguments {
                tokens.extend(error_arguments.clone());
            }
            Some((
                value,
                TypeMention {
                    owner: Some(tokens),
                    variant: value.variant.clone(),
                },
            ))
        })
        .collect()
}

/// `debug_check` needs a body, and a return type that names its status: a function that
/// returns nothing answers 200, and `impl Trait` anywhere in the type hides the status.
fn check_debug_check(handler: &Handler, args: &RespondsArgs, ctxt: &mut Ctxt) -> bool {
    let lang = ctxt.lang;
    let Some(keyword) = args.debug_check.first() else {
        return false;
    };
    if handler.body.is_none() {
        ctxt.error_spanned(keyword, lang.say().debug_check_no_body());
        return false;
    }
    if let Some(never @ Type::Never(_)) = handler.return_type() {
        ctxt.error_spanned(never, lang.say().debug_check_never_returns());
        return false;
    }
    match handler.return_type().and_then(first_impl_trait) {
        Some(opaque) => {
            let message = lang.say().debug_check_opaque(
                &written(&opaque),
                &handler.name(),
                &handler.responses_const(),
            );
            ctxt.error_spanned(opaque, message);
            false
        }
        None => true,
    }
}

/// The first `impl Trait` anywhere in a type, such as the one in
/// `Result<(Status, impl Debug), E>`: the debug-build check must name the return type.
fn first_impl_trait(ty: &Type) -> Option<TokenStream> {
    struct Finder(Option<TokenStream>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_type_impl_trait(&mut self, opaque: &'ast TypeImplTrait) {
            self.0.get_or_insert_with(|| opaque.to_token_stream());
        }
    }
    let mut finder = Finder(None);
    finder.visit_type(ty);
    finder.0
}
