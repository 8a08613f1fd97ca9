//! Every rule, in one place: which codes may be sent, which need an opt-in, which only warn;
//! what a `#[derive(ResponseStatus)]` type must carry; and what a `#[responds]` contract must
//! agree with (its list, the body, the success type, the request extractors, the error type).
//! No code generation here; `expand.rs` turns what this returns into tokens.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use status_core::{Entry, State};
use syn::visit::Visit;
use syn::{Type, TypeImplTrait};

use crate::ast::{is_status_attr, CodeArg, ErrorType, ErrorVariant, OptIn};
use crate::ctxt::{at_last_token, Ctxt};
use crate::handler::{written, ErrorTypeSource, Handler};
use crate::parse::{status_attr, RespondsArgs, StatusAttr};
use crate::resolve::resolve;
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
            ctxt.error_at(data.union_token.span, lang.derive_on_union());
            return None;
        }
        syn::Data::Enum(_) => {
            for attr in input.attrs.iter().filter(|attr| is_status_attr(attr)) {
                ctxt.error_spanned(attr, lang.status_on_enum());
            }
        }
        syn::Data::Struct(_) => {}
    }
    let mut passed = Vec::new();
    for variant in &error_type.variants {
        for field in variant.fields.iter() {
            for attr in field.attrs.iter().filter(|attr| is_status_attr(attr)) {
                ctxt.error_spanned(attr, lang.status_on_field());
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
            lang.variant_without_status(&variant.ident.to_string(), variant.is_struct),
        );
        return None;
    };
    for attr in extra {
        ctxt.error_spanned(attr, lang.second_status_attr());
    }
    let tokens = match &first.meta {
        syn::Meta::List(list) => list.tokens.clone(),
        _ => {
            ctxt.error_spanned(first, lang.status_attr_shape());
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
        StatusAttr::Transparent(keyword) => {
            let mut fields = variant.fields.iter();
            match (fields.next(), fields.next()) {
                (Some(field), None) => Some(VariantAnswer::Transparent(field)),
                _ => {
                    ctxt.error_spanned(keyword, lang.transparent_needs_one_field());
                    None
                }
            }
        }
        StatusAttr::Codes(codes) => {
            let Some((code, extra)) = codes.split_first() else {
                ctxt.error_spanned(first, lang.status_attr_shape());
                return None;
            };
            for extra in extra {
                ctxt.error_spanned(extra.tokens(), lang.one_status_per_variant());
            }
            let checked = check_code(code, ctxt)?;
            let entry = checked.entry;
            if entry.class() == status_core::Class::Informational {
                ctxt.error_spanned(code.code.tokens(), lang.informational_error(entry));
                return None;
            }
            Some(VariantAnswer::Status(checked))
        }
    }
}

/// A `#[responds]` contract after every check: what `expand.rs` needs to emit it.
pub struct Contract {
    /// The declared statuses that passed.
    pub declared: Vec<Declared>,
    /// The statuses the request extractors answer with before the handler runs, ascending.
    pub implied: Vec<&'static Entry>,
    /// The names of those extractors, in the order of the parameters, each once.
    pub extractors: Vec<&'static str>,
    /// Whether the debug-build check can be applied.
    pub debug_check: bool,
    /// Checks that need the error type's map, which only the compiler knows: emitted as
    /// constants that fail to evaluate, at the user's tokens, when the rule is broken.
    pub deferred: Option<DeferredChecks>,
}

/// Rules about the handler's error type, checked during constant evaluation.
pub struct DeferredChecks {
    /// An expression for the error type's `StatusMap`: `<ApiError>::RESPONSE_STATUSES`, or the
    /// same through a `Result` alias.
    pub map: TokenStream,
    /// The declared codes, which every check compares against.
    pub declared: Vec<u16>,
    pub checks: Vec<DeferredCheck>,
}

pub struct DeferredCheck {
    /// The user's tokens the error points at.
    pub at: TokenStream,
    pub rule: DeferredRule,
}

/// A mention of the error type in the body: a variant (`Some`), or the whole type (`None`).
#[derive(Clone)]
pub struct TypeMention {
    /// Only when the map's type has this name: needed where the error type is behind an alias
    /// and the mention's own type name is all that is known.
    pub only_for_type: Option<String>,
    pub variant: Option<String>,
}

pub enum DeferredRule {
    /// Everything the mention can answer with is declared. `message` has `{status}` and
    /// `{code}` in it, filled in once the status is known.
    Declared {
        mention: TypeMention,
        message: String,
    },
    /// `strict`: some mention answers with `code`.
    Named {
        code: u16,
        mentions: Vec<TypeMention>,
        message: String,
    },
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
    if args.codes.is_empty() {
        ctxt.error_at(Span::call_site(), lang.empty_responds());
    }
    for extra in args.strict.iter().skip(1) {
        ctxt.error_spanned(extra, lang.duplicate_flag("strict"));
    }
    for extra in args.debug_check.iter().skip(1) {
        ctxt.error_spanned(extra, lang.duplicate_flag("debug_check"));
    }
    for extra in args.all_errors.iter().skip(1) {
        ctxt.error_spanned(extra, lang.duplicate_flag("all_errors"));
    }
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

    let by_request = handler.implied_by_request();
    let mut extractors: Vec<&'static str> = Vec::new();
    for extractor in &by_request {
        if !extractors.contains(&extractor.name) {
            extractors.push(extractor.name);
        }
    }
    let mut implied: Vec<&'static Entry> = by_request
        .iter()
        .flat_map(|extractor| extractor.statuses.iter().map(|status| status.entry()))
        .collect();
    implied.sort_by_key(|entry| entry.code());
    implied.dedup_by_key(|entry| entry.code());

    let success = handler.implied_success();
    if let Some(success) = &success {
        if list_passed && !is_declared(success.entry.code()) {
            ctxt.error_spanned(
                &success.at,
                lang.implied_undeclared(&name, &success.written, success.entry, &entries),
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
                    lang.undeclared(&name, mention.entry, &entries),
                );
            }
        }
    }

    let error_type = handler.error_type();
    let type_mentions = error_type_mentions(&error_type, &found.values);
    let mut checks = Vec::new();
    if list_passed {
        for (value, mention) in &type_mentions {
            checks.push(DeferredCheck {
                at: value.path.to_token_stream(),
                rule: DeferredRule::Declared {
                    mention: mention.clone(),
                    message: lang.undeclared_through(&name, &written(&value.path), &entries),
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
                || implied.iter().any(|entry| entry.code() == code)
        };
        for unnamed in declared
            .iter()
            .filter(|declared| !named(declared.checked.entry.code()))
        {
            let message = lang.never_named(&name, unnamed.checked.entry);
            // A `?` may convert into any variant of the error type, so for strict it names
            // every status the type has.
            let through_question_mark = (found.question_mark
                && !matches!(error_type, ErrorTypeSource::Unknown))
            .then_some(TypeMention {
                only_for_type: None,
                variant: None,
            });
            let mentions: Vec<TypeMention> = type_mentions
                .iter()
                .map(|(_, mention)| mention.clone())
                .chain(through_question_mark)
                .collect();
            if mentions.is_empty() {
                ctxt.error_spanned(&unnamed.tokens, message);
            } else {
                checks.push(DeferredCheck {
                    at: unnamed.tokens.clone(),
                    rule: DeferredRule::Named {
                        code: unnamed.checked.entry.code(),
                        mentions,
                        message,
                    },
                });
            }
        }
    }

    if let Some(flag) = args.all_errors.first() {
        match &error_type {
            ErrorTypeSource::Unknown => {
                ctxt.error_spanned(flag, lang.all_errors_without_error_type());
            }
            ErrorTypeSource::Written(path) | ErrorTypeSource::Alias(path) => {
                let described = match &error_type {
                    ErrorTypeSource::Written(_) => format!("`{}`", written(path)),
                    _ => lang.error_type_of(&written(path)),
                };
                if list_passed {
                    checks.push(DeferredCheck {
                        at: flag.to_token_stream(),
                        rule: DeferredRule::Every {
                            not_derived: lang.all_errors_not_derived(&described),
                            undeclared: lang.all_errors_undeclared(&name, &described, &entries),
                        },
                    });
                }
            }
        }
    }

    let deferred = error_type_map(&error_type).and_then(|map| {
        (!checks.is_empty()).then(|| DeferredChecks {
            map,
            declared: entries.iter().map(|entry| entry.code()).collect(),
            checks,
        })
    });
    Contract {
        declared,
        implied,
        extractors,
        debug_check: check_debug_check(handler, args, ctxt),
        deferred,
    }
}

/// The body's mentions that may be values of the handler's error type: by name where the type
/// is written in the signature, and (with the name checked by the compiler) where it is behind
/// a `Result` alias.
fn error_type_mentions<'a>(
    error_type: &ErrorTypeSource,
    values: &'a [ValueMention],
) -> Vec<(&'a ValueMention, TypeMention)> {
    values
        .iter()
        .filter_map(|value| {
            let only_for_type = match error_type {
                ErrorTypeSource::Written(path) => {
                    let last = path.segments.last()?;
                    if last.ident != value.type_name {
                        return None;
                    }
                    None
                }
                ErrorTypeSource::Alias(_) => Some(value.type_name.clone()),
                ErrorTypeSource::Unknown => return None,
            };
            Some((
                value,
                TypeMention {
                    only_for_type,
                    variant: value.variant.clone(),
                },
            ))
        })
        .collect()
}

/// The expression for the error type's map, if the type can be named outside the function.
fn error_type_map(error_type: &ErrorTypeSource) -> Option<TokenStream> {
    match error_type {
        ErrorTypeSource::Written(path) => Some(quote!(<#path>::RESPONSE_STATUSES)),
        ErrorTypeSource::Alias(path) => {
            // The alias with `()` for its success type has the same error type.
            let leading = &path.leading_colon;
            let last = path.segments.last()?;
            let modules = path.segments.iter().take(path.segments.len() - 1);
            let name = &last.ident;
            let alias = quote!(#leading #(#modules ::)* #name<()>);
            Some(quote!(
                <<#alias as ::status_core::__private::ResultParts>::Error>::RESPONSE_STATUSES
            ))
        }
        ErrorTypeSource::Unknown => None,
    }
}

/// `debug_check` needs a body, and a return type that names its status: a function that
/// returns nothing answers 200, and `impl Trait` anywhere in the type hides the status.
fn check_debug_check(handler: &Handler, args: &RespondsArgs, ctxt: &mut Ctxt) -> bool {
    let lang = ctxt.lang;
    let Some(keyword) = args.debug_check.first() else {
        return false;
    };
    if handler.body.is_none() {
        ctxt.error_spanned(keyword, lang.debug_check_no_body());
        return false;
    }
    match handler.return_type().and_then(first_impl_trait) {
        Some(opaque) => {
            let message = lang.debug_check_opaque(
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
