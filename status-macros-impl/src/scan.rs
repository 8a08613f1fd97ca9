//! Finds what a handler body answers with, for the body contract of `#[responds]`.
//!
//! Statuses, seen by their tokens: `status!(...)`, `status_code!(...)`, `Status::NAME` and `StatusCode::NAME`
//! (bare, or through `status_core`, `http`, `axum::http`, `actix_web::http` and the like),
//! `StatusCode::from_u16(<literal>)`, `Status::from_code(<literal>)`, and the redirect
//! constructors of the `implied` table (`Redirect::to(..)` is 303). Error values, seen by their
//! path: `ApiError::NotFound`, `ApiError::Taken { .. }`, `ApiError::Db(e)`, `BadInput { .. }`;
//! whether such a path is a variant of the handler's error type, and what it answers with, is
//! decided later (by `check.rs`, and by the compiler for the type's map).
//!
//! Everywhere in the body, closures, `async` blocks and local `const` and `static` items
//! included, except where a value is only read, not answered:
//! - patterns, and the operands of `==`, `!=`, `<`, `<=`, `>`, `>=`;
//! - the receiver and arguments of comparisons and lookups (`got.eq(&X)`,
//!   `[X, Y].contains(&got)`) and of readers (`X.as_u16()`, `X.as_str()`,
//!   `X.canonical_reason()`, `X.is_success()`...);
//! - arguments of other macros (`matches!`, `assert_eq!`, `tracing::info!`);
//! - nested `fn` items, which carry their own contract;
//! - `Status` and `StatusCode` reached through a module that is neither this workspace's nor
//!   a web crate's (`orders::Status::ACCEPTED`, `crate::model::StatusCode::OK`).
//!
//! What a syntactic scan still cannot tell apart: a user type imported under the name `Status`
//! or `StatusCode` and used bare (`use orders::Status; Status::ACCEPTED`); an error variant
//! built and then dropped instead of returned; a variant brought in by `use ApiError::*` and
//! written bare.

use proc_macro2::TokenStream;
use quote::ToTokens;
use status_table::implied::REDIRECT_CONSTRUCTORS;
use status_table::{lookup, Entry};
use syn::visit::{self, Visit};
use syn::{
    BinOp, Block, Expr, ExprBinary, ExprCall, ExprLit, ExprMethodCall, ExprPath, ExprStruct, Item,
    Lit, Macro, Pat, Path,
};

use crate::ctxt::Ctxt;
use crate::messages::Lang;
use crate::parse::status_args;
use crate::resolve::{entry_named, resolve};

/// A status named in the body, and the tokens that name it.
pub struct Mention {
    pub entry: &'static Entry,
    pub tokens: TokenStream,
}

/// A path in the body that may name a value of an error type: `ApiError::NotFound` (a variant
/// of `ApiError`), or `BadInput` (a whole struct).
pub struct ValueMention {
    /// The path as written.
    pub path: TokenStream,
    /// The type's name: the second-last segment for a variant, the last for a struct.
    pub type_name: String,
    /// The variant's name; `None` for a struct.
    pub variant: Option<String>,
}

/// What the body answers with, in order of appearance.
#[derive(Default)]
pub struct Answers {
    pub statuses: Vec<Mention>,
    pub values: Vec<ValueMention>,
    /// True if a `?` returns from the function itself (not from a closure or `async` block
    /// inside it): through `From`, it may answer with any status of the error type.
    pub question_mark: bool,
}

/// Everything the body answers with.
pub fn answers(body: &Block) -> Answers {
    let mut scanner = Scanner::default();
    scanner.visit_block(body);
    scanner.found
}

#[derive(Default)]
struct Scanner {
    found: Answers,
    /// How many closures and `async` blocks the visitor is inside.
    nested_bodies: usize,
}

/// The crates (and their modules) whose `Status` or `StatusCode` a status path may go through.
const STATUS_CRATES: &[&str] = &[
    "status_core",
    "http",
    "status",
    "axum",
    "axum_core",
    "actix_web",
    "hyper",
    "reqwest",
    "poem",
    "salvo",
    "warp",
    "tide",
];

/// `[.., Type, Name]` where `Type` is one of the status types and every segment before it is a
/// known crate or module: the member's name.
fn status_type_member(path: &Path) -> Option<String> {
    let mut segments = path.segments.iter().rev();
    let member = segments.next()?;
    let owner = segments.next()?;
    let is_status_type = owner.ident == "Status" || owner.ident == "StatusCode";
    let through_known =
        segments.all(|segment| STATUS_CRATES.iter().any(|known| segment.ident == known));
    (is_status_type && through_known).then(|| member.ident.to_string())
}

/// A name that starts with a capital letter: a type or a variant, written in any case
/// (`NotFound`, `DB`, `E409`, a type named `E`), not a function (`new`). A constant
/// (`MAX_RETRIES`) passes too; the check it leads to finds no variant of that name and says
/// nothing.
fn is_capitalised(ident: &syn::Ident) -> bool {
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Names that are never an error type a handler answers with.
const NOT_ERROR_TYPES: &[&str] = &["Self", "Some", "None", "Ok", "Err", "Option", "Result"];

/// `ApiError::NotFound` or `errors::ApiError::Taken`: a variant of a type; `BadInput`: possibly
/// a whole struct. Paths with generic arguments and `Self::` are left out: a check placed
/// outside the function could not name them.
fn value_mention(path: &Path) -> Option<ValueMention> {
    if path
        .segments
        .iter()
        .any(|segment| !segment.arguments.is_none())
    {
        return None;
    }
    let mut segments = path.segments.iter().rev();
    let last = &segments.next()?.ident;
    if !is_capitalised(last) || NOT_ERROR_TYPES.iter().any(|name| last == name) {
        return None;
    }
    let (type_name, variant) = match segments.next() {
        Some(owner) if is_capitalised(&owner.ident) => {
            if NOT_ERROR_TYPES.iter().any(|name| owner.ident == name) {
                return None;
            }
            (owner.ident.to_string(), Some(last.to_string()))
        }
        Some(_) | None => (last.to_string(), None),
    };
    Some(ValueMention {
        path: path.to_token_stream(),
        type_name,
        variant,
    })
}

/// Methods that only read or compare a status: their receiver and arguments are not answers.
const READERS: &[&str] = &[
    "as_str",
    "as_u16",
    "canonical_reason",
    "is_informational",
    "is_success",
    "is_redirection",
    "is_client_error",
    "is_server_error",
    "code",
    "reason",
    "entry",
    "class",
    "to_string",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "lt",
    "le",
    "gt",
    "ge",
    "contains",
    "starts_with",
    "ends_with",
    "binary_search",
    "hash",
    "fmt",
];

impl<'ast> Visit<'ast> for Scanner {
    fn visit_item(&mut self, nested: &'ast Item) {
        // A local constant is a value the body can answer with; a nested `fn` has its own
        // contract, and other items produce no value.
        match nested {
            Item::Const(constant) => self.visit_expr(&constant.expr),
            Item::Static(item) => self.visit_expr(&item.expr),
            _ => {}
        }
    }

    fn visit_pat(&mut self, _pattern: &'ast Pat) {}

    fn visit_expr_try(&mut self, expr: &'ast syn::ExprTry) {
        self.found.question_mark |= self.nested_bodies == 0;
        visit::visit_expr_try(self, expr);
    }

    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        self.nested_bodies += 1;
        visit::visit_expr_closure(self, closure);
        self.nested_bodies -= 1;
    }

    fn visit_expr_async(&mut self, block: &'ast syn::ExprAsync) {
        self.nested_bodies += 1;
        visit::visit_expr_async(self, block);
        self.nested_bodies -= 1;
    }

    fn visit_expr_binary(&mut self, binary: &'ast ExprBinary) {
        let compares = matches!(
            binary.op,
            BinOp::Eq(_) | BinOp::Ne(_) | BinOp::Lt(_) | BinOp::Le(_) | BinOp::Gt(_) | BinOp::Ge(_)
        );
        if !compares {
            visit::visit_expr_binary(self, binary);
        }
    }

    fn visit_expr_method_call(&mut self, call: &'ast ExprMethodCall) {
        if !READERS.iter().any(|reader| call.method == reader) {
            visit::visit_expr_method_call(self, call);
        }
    }

    fn visit_macro(&mut self, mac: &'ast Macro) {
        if mac
            .path
            .segments
            .last()
            .is_none_or(|last| last.ident != "status" && last.ident != "status_code")
        {
            return;
        }
        // A malformed `status!` reports its own errors when it expands; here it names nothing.
        let Ok(args) = status_args(mac.tokens.clone(), Lang::English) else {
            return;
        };
        for arg in &args.codes {
            let mut quiet = Ctxt::new(Lang::English);
            if let Some(found) = resolve(&arg.code, &mut quiet) {
                self.found.statuses.push(Mention {
                    entry: found.entry,
                    tokens: arg.code.tokens(),
                });
            }
            let _ = quiet.finish();
        }
    }

    fn visit_expr_path(&mut self, expr: &'ast ExprPath) {
        if expr.qself.is_some() {
            return;
        }
        if let Some(entry) = status_type_member(&expr.path).and_then(|name| entry_named(&name)) {
            self.found.statuses.push(Mention {
                entry,
                tokens: expr.to_token_stream(),
            });
        } else if let Some(value) = value_mention(&expr.path) {
            self.found.values.push(value);
        }
    }

    fn visit_expr_struct(&mut self, expr: &'ast ExprStruct) {
        if expr.qself.is_none() {
            if let Some(value) = value_mention(&expr.path) {
                self.found.values.push(value);
            }
        }
        for field in &expr.fields {
            self.visit_expr(&field.expr);
        }
        if let Some(rest) = &expr.rest {
            self.visit_expr(rest);
        }
    }

    fn visit_expr_call(&mut self, call: &'ast ExprCall) {
        let Expr::Path(func) = call.func.as_ref() else {
            return visit::visit_expr_call(self, call);
        };
        if let Some(entry) = redirect_status(&func.path) {
            self.found.statuses.push(Mention {
                entry,
                tokens: func.to_token_stream(),
            });
            return call.args.iter().for_each(|arg| self.visit_expr(arg));
        }
        let literal = match call.args.iter().collect::<Vec<_>>().as_slice() {
            [Expr::Lit(ExprLit {
                lit: Lit::Int(int), ..
            })] => int.base10_parse::<u16>().ok(),
            _ => None,
        };
        let constructor = status_type_member(&func.path);
        match (constructor.as_deref(), literal.and_then(lookup)) {
            (Some("from_u16" | "from_code"), Some(entry)) => self.found.statuses.push(Mention {
                entry,
                tokens: call.to_token_stream(),
            }),
            _ => visit::visit_expr_call(self, call),
        }
    }
}

/// The status a redirect constructor sets: `Redirect::to` is 303 See Other.
fn redirect_status(path: &Path) -> Option<&'static Entry> {
    let mut segments = path.segments.iter().rev();
    let constructor = segments.next()?;
    let owner = segments.next()?;
    REDIRECT_CONSTRUCTORS
        .iter()
        .find(|known| owner.ident == known.type_name && constructor.ident == known.constructor)
        .map(|known| known.status)
}
