//! The places a function body hands back its value: each `return EXPR` that leaves the
//! function itself, and the tail expression. The debug-build check of `#[responds]` wraps each
//! of them, so a panic points at the expression the value was written in.
//!
//! syn is built without its `visit-mut` feature, so the walk is written out here. It goes
//! into every expression that can hold a `return` of the function, and not into closures or
//! `async` blocks (their `return`s leave them, not the function), `const` blocks or nested
//! items. Arguments of macros are tokens, not expressions, and are left alone.

use syn::{Block, Expr, Stmt};

/// Replaces, in `block`, the value of each `return` that leaves the function and then the
/// tail expression with what `wrap` makes of them. Where such a value is an `if`/`else`, a
/// `match` or a block, each branch's own value is wrapped instead of the whole, so the place
/// is the branch's.
///
/// A bare `return` (the unit value), a tail that is itself a `return`, and values that plainly
/// never come (`todo!()`, `panic!(..)`, `unreachable!()`, `unimplemented!()`) are left as they
/// are.
pub fn wrap_exits(block: &mut Block, wrap: &mut dyn FnMut(Expr) -> Expr) {
    walk_block(block, wrap);
    wrap_tail_of_block(block, wrap);
}

fn walk_block(block: &mut Block, wrap: &mut dyn FnMut(Expr) -> Expr) {
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

fn walk_all<'a>(exprs: impl IntoIterator<Item = &'a mut Expr>, wrap: &mut dyn FnMut(Expr) -> Expr) {
    for expr in exprs {
        walk(expr, wrap);
    }
}

fn walk(expr: &mut Expr, wrap: &mut dyn FnMut(Expr) -> Expr) {
    match expr {
        Expr::Return(ret) => {
            if let Some(value) = &mut ret.expr {
                walk(value, wrap);
                wrap_value(value, wrap);
            }
        }
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
fn wrap_tail_of_block(block: &mut Block, wrap: &mut dyn FnMut(Expr) -> Expr) {
    if let Some(Stmt::Expr(tail, None)) = block.stmts.last_mut() {
        wrap_value(tail, wrap);
    }
}

/// Wraps a value the function hands back (a tail, or what a `return` returns), or each branch
/// of it.
fn wrap_value(value: &mut Expr, wrap: &mut dyn FnMut(Expr) -> Expr) {
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

fn replace_with(expr: &mut Expr, wrap: &mut dyn FnMut(Expr) -> Expr) {
    let taken = std::mem::replace(expr, Expr::Verbatim(proc_macro2::TokenStream::new()));
    *expr = wrap(taken);
}
