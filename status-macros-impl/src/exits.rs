//! The places a function body hands back its value: each `return EXPR` that leaves the
//! function itself, and the tail expression. The debug-build check of `#[responds]` wraps each
//! of them, so a panic points at the expression the value was written in.
//!
//! syn is built without its `visit-mut` feature, so the walk is written out here. It goes
//! into every expression that can hold a `return` of the function, and not into closures or
//! `async` blocks (their `return`s leave them, not the function), `const` blocks or nested
//! items. Arguments of macros are tokens, not expressions, and are left alone.

use proc_macro2::{TokenStream, TokenTree};
use syn::{Block, Expr, Stmt};

/// What `wrap_exits` saw.
pub struct Exits {
    /// How many values were wrapped.
    pub wrapped: usize,
    /// True if a bare `return` (the unit value) leaves the function: an exit left unwrapped.
    pub bare_return: bool,
}

/// The wrapping function, and what the walk has seen so far.
struct Wrap<'a> {
    each: &'a mut dyn FnMut(Expr) -> Expr,
    exits: Exits,
}

/// Replaces, in `block`, the value of each `return` that leaves the function and then the
/// tail expression with what `wrap` makes of them. Where such a value is an `if`/`else`, a
/// `match` or a block, each branch's own value is wrapped instead of the whole, so the place
/// is the branch's.
///
/// A bare `return` (the unit value), a tail that is itself a `return`, and values that plainly
/// never come (`todo!()`, `panic!(..)`, `unreachable!()`, `unimplemented!()`) are left as they
/// are.
pub fn wrap_exits(block: &mut Block, each: &mut dyn FnMut(Expr) -> Expr) -> Exits {
    let mut wrap = Wrap {
        each,
        exits: Exits {
            wrapped: 0,
            bare_return: false,
        },
    };
    walk_block(block, &mut wrap);
    wrap_tail_of_block(block, &mut wrap);
    wrap.exits
}

/// True if the block ends in a value (an expression without a semicolon).
pub fn has_tail(block: &Block) -> bool {
    ends_in_value(block)
}

/// Macros that never leave the function they are written in, unless a `return` or a `?` is
/// written in their arguments: the macros' own, and those of the standard library that a
/// handler uses. Any other macro may expand to a `return` (anyhow's `bail!` does).
const STAYING_MACROS: &[&str] = &[
    "status",
    "status_code",
    "format",
    "format_args",
    "vec",
    "print",
    "println",
    "eprint",
    "eprintln",
    "write",
    "writeln",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "matches",
    "panic",
    "todo",
    "unimplemented",
    "unreachable",
    "dbg",
    "concat",
    "stringify",
];

/// Words that are never a macro's name, though `!` and a group may follow them (`if !(a)`).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "yield",
];

/// True if the only ways out of the function with a value are the `return`s and the tail that
/// `wrap_exits` walks, read from the body's tokens: no `?` anywhere (it returns through
/// `From`), no macro but those of [`STAYING_MACROS`] (any other may expand to a `return`), and
/// no `return` in any macro's arguments, which the walk does not read. Conservative: a `?` in a
/// nested closure or item also counts.
pub fn only_walked_exits(body: TokenStream) -> bool {
    let tokens: Vec<TokenTree> = body.into_iter().collect();
    for (position, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == '?' => return false,
            TokenTree::Group(group) => {
                let invoked = macro_name(&tokens[..position]);
                if let Some(name) = invoked {
                    let path_ok = macro_path_is_std(&tokens[..position]);
                    if !path_ok
                        || !STAYING_MACROS.contains(&name.as_str())
                        || mentions_return_or_try(group.stream())
                    {
                        return false;
                    }
                } else if !only_walked_exits(group.stream()) {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// The name of the macro whose arguments follow `before` (`name !`), if they do.
fn macro_name(before: &[TokenTree]) -> Option<String> {
    match before {
        [.., TokenTree::Ident(name), TokenTree::Punct(bang)] if bang.as_char() == '!' => {
            let name = name.to_string();
            (!KEYWORDS.contains(&name.as_str())).then_some(name)
        }
        _ => None,
    }
}

/// True unless the macro is reached through a path other than `std::`, `core::` or `alloc::`.
fn macro_path_is_std(before: &[TokenTree]) -> bool {
    // `[.., a, :, :, name, !]`: the segment before the name, if any.
    match before {
        [.., TokenTree::Punct(colon), TokenTree::Ident(_), TokenTree::Punct(_)]
            if colon.as_char() == ':' =>
        {
            let segments = &before[..before.len() - 2];
            match segments {
                [.., TokenTree::Ident(krate), TokenTree::Punct(_), TokenTree::Punct(_)] => {
                    ["std", "core", "alloc"].iter().any(|known| krate == known)
                }
                _ => false,
            }
        }
        _ => true,
    }
}

/// True if `return` or `?` is anywhere in the tokens.
fn mentions_return_or_try(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == "return",
        TokenTree::Punct(punct) => punct.as_char() == '?',
        TokenTree::Group(group) => mentions_return_or_try(group.stream()),
        TokenTree::Literal(_) => false,
    })
}

fn walk_block(block: &mut Block, wrap: &mut Wrap) {
    for stmt in &mut block.stmts {
        match stmt {
            Stmt::Local(local) => {
                if let Some(init) = &mut local.init {
                    walk(&mut init.expr, wrap);
                    if let Some((_, diverge)) = &mut init.diverge {
                        walk(diverge, wrap);
                    }
                }
            }
            Stmt::Expr(expr, _) => walk(expr, wrap),
            Stmt::Item(_) | Stmt::Macro(_) => {}
        }
    }
}

fn walk_all<'a>(exprs: impl IntoIterator<Item = &'a mut Expr>, wrap: &mut Wrap) {
    for expr in exprs {
        walk(expr, wrap);
    }
}

fn walk(expr: &mut Expr, wrap: &mut Wrap) {
    match expr {
        Expr::Return(ret) => match &mut ret.expr {
            Some(value) => {
                walk(value, wrap);
                wrap_value(value, wrap);
            }
            None => wrap.exits.bare_return = true,
        },
        // Their `return`s leave them, not the function; a `const` block has none.
        Expr::Closure(_) | Expr::Async(_) | Expr::Const(_) => {}
        Expr::Array(array) => walk_all(&mut array.elems, wrap),
        Expr::Tuple(tuple) => walk_all(&mut tuple.elems, wrap),
        Expr::Call(call) => {
            walk(&mut call.func, wrap);
            walk_all(&mut call.args, wrap);
        }
        Expr::MethodCall(call) => {
            walk(&mut call.receiver, wrap);
            walk_all(&mut call.args, wrap);
        }
        Expr::Assign(assign) => walk_all([&mut *assign.left, &mut *assign.right], wrap),
        Expr::Binary(binary) => walk_all([&mut *binary.left, &mut *binary.right], wrap),
        Expr::Index(index) => walk_all([&mut *index.expr, &mut *index.index], wrap),
        Expr::Await(inner) => walk(&mut inner.base, wrap),
        Expr::Field(inner) => walk(&mut inner.base, wrap),
        Expr::Cast(inner) => walk(&mut inner.expr, wrap),
        Expr::Group(inner) => walk(&mut inner.expr, wrap),
        Expr::Paren(inner) => walk(&mut inner.expr, wrap),
        Expr::Let(inner) => walk(&mut inner.expr, wrap),
        Expr::Reference(inner) => walk(&mut inner.expr, wrap),
        Expr::RawAddr(inner) => walk(&mut inner.expr, wrap),
        Expr::Repeat(inner) => walk(&mut inner.expr, wrap),
        Expr::Try(inner) => walk(&mut inner.expr, wrap),
        Expr::Unary(inner) => walk(&mut inner.expr, wrap),
        Expr::Break(inner) => walk_all(inner.expr.as_deref_mut(), wrap),
        Expr::Yield(inner) => walk_all(inner.expr.as_deref_mut(), wrap),
        Expr::Range(range) => walk_all(
            range
                .start
                .as_deref_mut()
                .into_iter()
                .chain(range.end.as_deref_mut()),
            wrap,
        ),
        Expr::Struct(literal) => {
            walk_all(literal.fields.iter_mut().map(|field| &mut field.expr), wrap);
            walk_all(literal.rest.as_deref_mut(), wrap);
        }
        Expr::Block(inner) => walk_block(&mut inner.block, wrap),
        Expr::Unsafe(inner) => walk_block(&mut inner.block, wrap),
        Expr::TryBlock(inner) => walk_block(&mut inner.block, wrap),
        Expr::Loop(inner) => walk_block(&mut inner.body, wrap),
        Expr::ForLoop(inner) => {
            walk(&mut inner.expr, wrap);
            walk_block(&mut inner.body, wrap);
        }
        Expr::While(inner) => {
            walk(&mut inner.cond, wrap);
            walk_block(&mut inner.body, wrap);
        }
        Expr::If(inner) => {
            walk(&mut inner.cond, wrap);
            walk_block(&mut inner.then_branch, wrap);
            if let Some((_, otherwise)) = &mut inner.else_branch {
                walk(otherwise, wrap);
            }
        }
        Expr::Match(inner) => {
            walk(&mut inner.expr, wrap);
            walk_all(inner.arms.iter_mut().map(|arm| &mut *arm.body), wrap);
        }
        // Paths, literals, macros, `continue`, `_`, and whatever syn adds later.
        _ => {}
    }
}

/// Wraps the tail expression of `block`, if it has one.
fn wrap_tail_of_block(block: &mut Block, wrap: &mut Wrap) {
    if let Some(Stmt::Expr(tail, None)) = block.stmts.last_mut() {
        wrap_value(tail, wrap);
    }
}

/// Wraps a value the function hands back (a tail, or what a `return` returns), or each branch
/// of it.
fn wrap_value(value: &mut Expr, wrap: &mut Wrap) {
    match value {
        // A `return` already wrapped by `walk`, or no value at all.
        _ if never_comes(value) => {}
        // An `if` without `else` is `()`: the whole is the value.
        Expr::If(inner) if inner.else_branch.is_some() => {
            wrap_tail_of_block(&mut inner.then_branch, wrap);
            if let Some((_, otherwise)) = &mut inner.else_branch {
                wrap_value(otherwise, wrap);
            }
        }
        Expr::Match(inner) => {
            for arm in &mut inner.arms {
                wrap_value(&mut arm.body, wrap);
            }
        }
        // A labelled block may also be left by `break 'label value`.
        Expr::Block(inner) if inner.label.is_none() && ends_in_value(&inner.block) => {
            wrap_tail_of_block(&mut inner.block, wrap);
        }
        Expr::Unsafe(inner) if ends_in_value(&inner.block) => {
            wrap_tail_of_block(&mut inner.block, wrap);
        }
        _ => replace_with(value, wrap),
    }
}

/// True for an expression that plainly never produces a value: a panicking macro, or a jump.
/// Such a value needs no check, and wrapping it would only add unreachable code after it.
fn never_comes(expr: &Expr) -> bool {
    const PANICKING: &[&str] = &["panic", "todo", "unimplemented", "unreachable"];
    match expr {
        Expr::Macro(mac) => mac
            .mac
            .path
            .segments
            .last()
            .is_some_and(|last| PANICKING.iter().any(|name| last.ident == name)),
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => true,
        _ => false,
    }
}

/// True if the block ends in an expression without a semicolon.
fn ends_in_value(block: &Block) -> bool {
    matches!(block.stmts.last(), Some(Stmt::Expr(_, None)))
}

fn replace_with(expr: &mut Expr, wrap: &mut Wrap) {
    let taken = std::mem::replace(expr, Expr::Verbatim(TokenStream::new()));
    wrap.exits.wrapped += 1;
    *expr = (wrap.each)(taken);
}
