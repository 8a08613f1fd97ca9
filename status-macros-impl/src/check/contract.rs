//! The rules for a `#[responds]` contract against the handler it is on.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use status_table::Entry;
use syn::visit::Visit;
use syn::{Type, TypeImplTrait};

use super::code::{check_crate, check_declared, Declared};
use super::openapi::{check_openapi, OpenApi};
use crate::ast::Root;
use crate::ctxt::Ctxt;
use crate::handler::ImpliedSuccess;
use crate::handler::{written, ErrorTypeSource, Handler};
use crate::messages::Speak;
use crate::parse::{MiddlewareArg, RespondsArgs};
use crate::scan::{answers, Answers, ValueMention};
use status_table::words::Lang;

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

/// What every rule of the contract reads: the handler, its list as checked, and what the body
/// and the signature say.
struct Judged<'a> {
    /// The handler's name, as messages give it.
    name: String,
    /// The declared statuses that passed.
    entries: Vec<&'static Entry>,
    /// True when every code of the list passed: the handler is judged against a list only
    /// then, so one bad code in it does not also flag every use of it.
    list_passed: bool,
    /// True when a status the macro cannot see may still be implied by a parameter's type or
    /// added by the declared middleware, which only the compiler can tell: rules that would
    /// refuse such a status are deferred to it.
    may_be_implied: bool,
    /// The status the success type implies.
    success: Option<ImpliedSuccess>,
    /// What the body names.
    found: &'a Answers,
    error_type: &'a ErrorTypeSource<'a>,
    /// The body's mentions that may be values of the error type.
    type_mentions: Vec<(&'a ValueMention, TypeMention)>,
}

impl Judged<'_> {
    fn is_declared(&self, code: u16) -> bool {
        self.entries.iter().any(|entry| entry.code() == code)
    }
}

/// Every check of `#[responds]` against its list and the handler, each a rule of its own
/// below. Errors go into `ctxt`; rules that depend on the error type's map come back as
/// deferred checks.
pub fn check_contract(handler: &Handler, args: &RespondsArgs, ctxt: &mut Ctxt) -> Contract {
    let root = check_crate(&args.crates, ctxt);
    list_is_not_empty(args, ctxt);
    flags_are_written_once(args, ctxt);
    let middleware = middleware_is_well_formed(&args.middleware, ctxt);
    let declared = check_declared(&args.codes, ctxt);
    let request_types = handler.request_types();
    let found = match &handler.body {
        Some(body) => answers(body),
        None => Answers::default(),
    };
    let error_type = handler.error_type();
    let type_mentions = error_type_mentions(handler, &error_type, &found);
    let judged = Judged {
        name: handler.name(),
        entries: declared
            .iter()
            .map(|declared| declared.checked.entry)
            .collect(),
        list_passed: !args.codes.is_empty() && declared.len() == args.codes.len(),
        may_be_implied: !request_types.is_empty() || !middleware.is_empty(),
        success: handler.implied_success(),
        found: &found,
        error_type: &error_type,
        type_mentions,
    };

    success_status_is_declared(&judged, ctxt);
    body_statuses_are_declared(&judged, ctxt);
    let mut checks = error_mentions_are_declared(&judged, ctxt.lang);
    checks.extend(strict_names_every_status(&judged, args, &declared, ctxt));
    checks.extend(all_errors_covers_the_type(&judged, args, ctxt));
    let openapi = check_openapi(
        handler,
        &declared,
        judged.list_passed,
        judged.may_be_implied,
        ctxt,
    );
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
        || judged.error_type.result().is_some_and(names_self)
        || judged
            .type_mentions
            .iter()
            .any(|(_, mention)| mention.owner.as_ref().is_some_and(names_self));
    let deferred = (!checks.is_empty()).then(|| DeferredChecks {
        in_impl,
        result: judged.error_type.result().cloned(),
        declared: judged.entries.iter().map(|entry| entry.code()).collect(),
        checks,
    });
    Contract {
        root,
        declared,
        request_types,
        middleware,
        debug_check: debug_check_applies(handler, args, ctxt),
        deferred,
        openapi,
    }
}

/// A contract lists at least one status.
fn list_is_not_empty(args: &RespondsArgs, ctxt: &mut Ctxt) {
    if args.codes.is_empty() {
        ctxt.error_at(Span::call_site(), ctxt.lang.say().empty_responds());
    }
}

/// `strict`, `debug_check` and `all_errors` are each written at most once.
fn flags_are_written_once(args: &RespondsArgs, ctxt: &mut Ctxt) {
    // Each flag is its own keyword type, so the three lists become spans first.
    for (flag, written) in [
        (
            "strict",
            args.strict.iter().map(|k| k.span).collect::<Vec<_>>(),
        ),
        (
            "debug_check",
            args.debug_check.iter().map(|k| k.span).collect(),
        ),
        (
            "all_errors",
            args.all_errors.iter().map(|k| k.span).collect(),
        ),
    ] {
        for extra in written.iter().skip(1) {
            ctxt.error_at(*extra, ctxt.lang.say().duplicate_flag(flag));
        }
    }
}

/// The status the success type answers with (`Json<T>` is 200) is declared.
fn success_status_is_declared(judged: &Judged<'_>, ctxt: &mut Ctxt) {
    let Some(success) = &judged.success else {
        return;
    };
    if judged.list_passed && !judged.is_declared(success.entry.code()) {
        let message = ctxt.lang.say().implied_undeclared(
            &judged.name,
            &success.written,
            success.entry,
            &judged.entries,
        );
        ctxt.error_spanned(&success.at, message);
    }
}

/// Every status the body names is declared.
fn body_statuses_are_declared(judged: &Judged<'_>, ctxt: &mut Ctxt) {
    if !judged.list_passed {
        return;
    }
    for mention in &judged.found.statuses {
        if !judged.is_declared(mention.entry.code()) {
            let message = ctxt
                .lang
                .say()
                .undeclared(&judged.name, mention.entry, &judged.entries);
            ctxt.error_spanned(&mention.tokens, message);
        }
    }
}

/// Everything a value of the error type named in the body answers with is declared; the
/// compiler knows the type's map, so the check is deferred to it.
fn error_mentions_are_declared(judged: &Judged<'_>, lang: Lang) -> Vec<DeferredCheck> {
    if !judged.list_passed {
        return Vec::new();
    }
    judged
        .type_mentions
        .iter()
        .map(|(value, mention)| DeferredCheck {
            at: value.path.to_token_stream(),
            rule: DeferredRule::Declared {
                mention: mention.clone(),
                message: lang.say().undeclared_through(
                    &judged.name,
                    &written(&value.path),
                    &judged.entries,
                ),
            },
        })
        .collect()
}

/// With `strict`, every declared status is named somewhere the macro or the compiler can see:
/// in the body, by the success type, by a value of the error type, or by a parameter's type.
/// What the macro can rule out is an error now; the rest is deferred to the compiler.
fn strict_names_every_status(
    judged: &Judged<'_>,
    args: &RespondsArgs,
    declared: &[Declared],
    ctxt: &mut Ctxt,
) -> Option<DeferredCheck> {
    if args.strict.is_empty() {
        return None;
    }
    let lang = ctxt.lang;
    let named = |code: u16| {
        judged
            .found
            .statuses
            .iter()
            .any(|mention| mention.entry.code() == code)
            || judged
                .success
                .as_ref()
                .is_some_and(|s| s.entry.code() == code)
    };
    // A `?` may convert into any variant of the error type, so for strict it names every
    // status the type has.
    let through_whole_type = (judged.found.whole_error_type
        && !matches!(judged.error_type, ErrorTypeSource::Unknown))
    .then_some(TypeMention {
        owner: None,
        variant: None,
    });
    let mentions: Vec<TypeMention> = judged
        .type_mentions
        .iter()
        .map(|(_, mention)| mention.clone())
        .chain(through_whole_type)
        .collect();
    let unnamed = declared
        .iter()
        .filter(|declared| !named(declared.checked.entry.code()));
    if mentions.is_empty() && !judged.may_be_implied {
        // Nothing the compiler knows could name them: each is an error now.
        for unnamed in unnamed {
            let message =
                lang.say()
                    .never_named(&judged.name, unnamed.checked.entry, judged.may_be_implied);
            ctxt.error_spanned(&unnamed.tokens, message);
        }
        return None;
    }
    let codes: Vec<(u16, TokenStream)> = unnamed
        .map(|unnamed| (unnamed.checked.entry.code(), unnamed.tokens.clone()))
        .collect();
    let (_, first) = codes.first()?;
    Some(DeferredCheck {
        at: first.clone(),
        rule: DeferredRule::Named {
            message: lang
                .say()
                .never_named_any(&judged.name, judged.may_be_implied),
            codes,
            mentions,
        },
    })
}

/// With `all_errors`, the handler's error type is known, derives `ResponseStatus`, and every
/// status it has is declared (the last two are the compiler's to check).
fn all_errors_covers_the_type(
    judged: &Judged<'_>,
    args: &RespondsArgs,
    ctxt: &mut Ctxt,
) -> Option<DeferredCheck> {
    let flag = args.all_errors.first()?;
    let lang = ctxt.lang;
    let described = match judged.error_type {
        ErrorTypeSource::Unknown => {
            ctxt.error_spanned(flag, lang.say().all_errors_without_error_type());
            return None;
        }
        ErrorTypeSource::Alias { alias, .. } => lang.say().error_type_of(&written(alias)),
        ErrorTypeSource::Written { error, .. } => format!("`{}`", written(error)),
    };
    judged.list_passed.then(|| DeferredCheck {
        at: flag.to_token_stream(),
        rule: DeferredRule::Every {
            not_derived: lang.say().all_errors_not_derived(&described),
            undeclared: lang
                .say()
                .all_errors_undeclared(&judged.name, &described, &judged.entries),
        },
    })
}

/// `middleware(...)`: written once, naming at least one constant, each once. The constants'
/// type and values are the compiler's to check.
fn middleware_is_well_formed(written_args: &[MiddlewareArg], ctxt: &mut Ctxt) -> Vec<TokenStream> {
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
fn debug_check_applies(handler: &Handler, args: &RespondsArgs, ctxt: &mut Ctxt) -> bool {
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

#[cfg(test)]
mod tests;
