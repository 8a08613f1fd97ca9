//! Finds what a handler body answers with, for the body contract of `#[responds]`.
//!
#![doc = include_str!("scan_sees.md")]
//!
#![doc = include_str!("scan_limits.md")]

use proc_macro2::TokenStream;
use quote::ToTokens;
use status_table::implied::REDIRECT_CONSTRUCTORS;
use status_table::{lookup, Entry};
use syn::visit::{self, Visit};
use syn::{
    BinOp, Block, Expr, ExprBinary, ExprCall, ExprLit, ExprMethodCall, ExprPath, ExprStruct, Item,
    Lit, Macro, Pat, Path, Type,
};

use crate::check::resolve::{entry_named, resolve};
use crate::ctxt::Ctxt;
use crate::parse::status_args;
use status_table::words::Lang;

/// A status named in the body, and the tokens that name it.
pub struct Mention {
    pub entry: &'static Entry,
    pub tokens: TokenStream,
}

/// A path in the body that may name a value of an error type: `ApiError::NotFound` (a variant
/// of `ApiError`), or `BadInput { .. }` (a whole struct).
pub struct ValueMention {
    /// The path as written.
    pub path: TokenStream,
    /// The type's path: all but the last segment for a variant, the whole path for a struct.
    pub owner: TypeName,
    /// The variant's name; `None` for a struct.
    pub variant: Option<String>,
    /// True for the value handed straight to `Err(..)`, whose type the compiler fixes.
    pub in_err: bool,
}

/// A type's path as written, split so that a name the body binds at its start can be
/// replaced by what it stands for.
#[derive(Clone)]
pub struct TypeName {
    /// `::` before the first segment.
    pub leading_colon: bool,
    /// The first segment's name.
    pub first: syn::Ident,
    /// The first segment's generic arguments and every later segment, as written.
    pub rest: TokenStream,
    /// The last segment's name.
    pub last: syn::Ident,
    /// True if the last segment has generic arguments.
    pub last_has_arguments: bool,
    /// How many segments the path has.
    pub segments: usize,
}

impl TypeName {
    /// The path's segments, up to (not including) `upto`.
    fn of(path: &Path, upto: usize) -> Option<TypeName> {
        let segments: Vec<&syn::PathSegment> = path.segments.iter().take(upto).collect();
        let (first, last) = (segments.first()?, segments.last()?);
        let mut rest = first.arguments.to_token_stream();
        for segment in &segments[1..] {
            rest.extend(quote::quote!(:: #segment));
        }
        Some(TypeName {
            leading_colon: path.leading_colon.is_some(),
            first: first.ident.clone(),
            rest,
            last: last.ident.clone(),
            last_has_arguments: !last.arguments.is_none(),
            segments: segments.len(),
        })
    }

    /// This path with its first segment's name replaced by `target`, the path a local alias
    /// stands for.
    pub fn through(&self, target: &TypeName) -> TypeName {
        let mut through = target.clone();
        through.rest.extend(self.rest.clone());
        if self.segments > 1 {
            through.last = self.last.clone();
            through.last_has_arguments = self.last_has_arguments;
        }
        through.segments = target.segments + self.segments - 1;
        through
    }
}

impl ToTokens for TypeName {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        if self.leading_colon {
            tokens.extend(quote::quote!(::));
        }
        self.first.to_tokens(tokens);
        self.rest.to_tokens(tokens);
    }
}

/// The names the body itself binds with items, which a check outside the function cannot see.
#[derive(Default)]
pub struct LocalNames {
    /// `use errors::ApiError as AE;` and `type E2 = ApiError;`: the name and what it stands for.
    pub aliases: Vec<(syn::Ident, TypeName)>,
    /// Names bound by any other item (a local `struct`, `enum`, `mod`, `const`...), by an alias
    /// whose target is not a plain path, or twice.
    pub opaque: Vec<syn::Ident>,
    /// True if the body has a glob import: any name may come from it.
    pub glob: bool,
}

impl LocalNames {
    fn bind(&mut self, name: &syn::Ident, target: Option<TypeName>) {
        let bound_before =
            self.aliases.iter().any(|(alias, _)| alias == name) || self.opaque.contains(name);
        match target {
            Some(target) if !bound_before => self.aliases.push((name.clone(), target)),
            _ => {
                self.aliases.retain(|(alias, _)| alias != name);
                if !self.opaque.contains(name) {
                    self.opaque.push(name.clone());
                }
            }
        }
    }

    fn bind_use(&mut self, prefix: &mut Vec<syn::Ident>, leading: bool, tree: &syn::UseTree) {
        // The segments of a `use` path carry no generic arguments: the name is built from them
        // as they are.
        let path_of = |prefix: &[syn::Ident], last: &syn::Ident| -> Option<TypeName> {
            let mut segments = prefix.iter().chain([last]);
            let first = segments.next()?.clone();
            Some(TypeName {
                leading_colon: leading,
                first,
                rest: quote::quote!(#(:: #segments)*),
                last: last.clone(),
                last_has_arguments: false,
                segments: prefix.len() + 1,
            })
        };
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.clone());
                self.bind_use(prefix, leading, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) if name.ident == "self" => {
                if let Some((last, rest)) = prefix.split_last() {
                    self.bind(last, path_of(rest, last));
                }
            }
            syn::UseTree::Name(name) => self.bind(&name.ident, path_of(prefix, &name.ident)),
            syn::UseTree::Rename(rename) if rename.rename == "_" => {}
            syn::UseTree::Rename(rename) => {
                self.bind(&rename.rename, path_of(prefix, &rename.ident))
            }
            syn::UseTree::Glob(_) => self.glob = true,
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.bind_use(prefix, leading, tree);
                }
            }
        }
    }

    fn bind_item(&mut self, item: &Item) {
        let name = match item {
            Item::Use(item) => {
                return self.bind_use(&mut Vec::new(), item.leading_colon.is_some(), &item.tree)
            }
            Item::Type(alias) => {
                let target = match alias.ty.as_ref() {
                    Type::Path(target)
                        if target.qself.is_none() && alias.generics.params.is_empty() =>
                    {
                        TypeName::of(&target.path, target.path.segments.len())
                    }
                    _ => None,
                };
                return self.bind(&alias.ident, target);
            }
            Item::Const(item) => &item.ident,
            Item::Enum(item) => &item.ident,
            Item::ExternCrate(item) => item
                .rename
                .as_ref()
                .map_or(&item.ident, |(_, rename)| rename),
            Item::Fn(item) => &item.sig.ident,
            Item::Macro(item) => match &item.ident {
                Some(ident) => ident,
                None => return,
            },
            Item::Mod(item) => &item.ident,
            Item::Static(item) => &item.ident,
            Item::Struct(item) => &item.ident,
            Item::Trait(item) => &item.ident,
            Item::TraitAlias(item) => &item.ident,
            Item::Union(item) => &item.ident,
            _ => return,
        };
        self.bind(name, None);
    }
}

/// What the body answers with, in order of appearance.
#[derive(Default)]
pub struct Answers {
    pub statuses: Vec<Mention>,
    pub values: Vec<ValueMention>,
    /// True if a `?`, or an `Err(..)` of a value the scan cannot see into (`Err(error)`), is
    /// in the function itself (not in a closure or `async` block inside it): through `From`,
    /// or as it is, it may answer with any status of the error type.
    pub whole_error_type: bool,
    /// The names the body's own items bind, at any depth.
    pub locals: LocalNames,
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
const NOT_ERROR_TYPES: &[&str] = &["Some", "None", "Ok", "Err", "Option", "Result"];

/// `ApiError::NotFound`, `errors::ApiError::Taken` or `Self::Taken`: a variant of a type;
/// `BadInput`: possibly a whole struct. Whether the type is the handler's error type is the
/// compiler's to say.
fn value_mention(path: &Path) -> Option<ValueMention> {
    let mut segments = path.segments.iter().rev();
    let last = segments.next()?;
    if !last.arguments.is_none()
        || !is_capitalised(&last.ident)
        || NOT_ERROR_TYPES.iter().any(|name| last.ident == name)
    {
        return None;
    }
    let count = path.segments.len();
    let (owner, variant) = match segments.next() {
        Some(owner) if is_capitalised(&owner.ident) => {
            if NOT_ERROR_TYPES.iter().any(|name| owner.ident == name) {
                return None;
            }
            (TypeName::of(path, count - 1)?, Some(last.ident.to_string()))
        }
        Some(_) | None if last.ident == "Self" => return None,
        Some(_) | None => (TypeName::of(path, count)?, None),
    };
    Some(ValueMention {
        path: path.to_token_stream(),
        owner,
        variant,
        in_err: false,
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
        self.found.locals.bind_item(nested);
        match nested {
            Item::Const(constant) => self.visit_expr(&constant.expr),
            Item::Static(item) => self.visit_expr(&item.expr),
            _ => {}
        }
    }

    fn visit_pat(&mut self, _pattern: &'ast Pat) {}

    fn visit_expr_try(&mut self, expr: &'ast syn::ExprTry) {
        self.found.whole_error_type |= self.nested_bodies == 0;
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
            _ if func.qself.is_none() && constructor.is_none() => {
                if let Some(value) = value_mention(&func.path) {
                    self.found.values.push(value);
                }
                let before = self.found.values.len();
                call.args.iter().for_each(|arg| self.visit_expr(arg));
                // `Err(ApiError::Taken)`: a value handed straight to `Err` is the first
                // mention its argument adds, when the argument's own path is a mention.
                let is_err = func
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "Err");
                let handed_straight = match call.args.iter().collect::<Vec<_>>().as_slice() {
                    [argument] => {
                        own_path(argument).is_some_and(|path| value_mention(path).is_some())
                    }
                    _ => false,
                };
                if is_err && handed_straight {
                    if let Some(first) = self.found.values.get_mut(before) {
                        first.in_err = true;
                    }
                } else if is_err {
                    self.found.whole_error_type |= self.nested_bodies == 0;
                }
            }
            _ => visit::visit_expr_call(self, call),
        }
    }
}

/// The path a value is written with: `ApiError::Taken`, `ApiError::Db(..)`,
/// `ApiError::Conflict { .. }`.
fn own_path(value: &Expr) -> Option<&Path> {
    match value {
        Expr::Path(value) if value.qself.is_none() => Some(&value.path),
        Expr::Call(call) => match call.func.as_ref() {
            Expr::Path(func) if func.qself.is_none() => Some(&func.path),
            _ => None,
        },
        Expr::Struct(value) if value.qself.is_none() => Some(&value.path),
        _ => None,
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

#[cfg(test)]
mod tests;
