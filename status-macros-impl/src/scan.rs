//! Finds the statuses a handler body produces, for the body contract of `#[responds]`.
//!
//! Seen: `status!(...)`, `Status::NAME`, `StatusCode::NAME` (any path ending so, such as
//! `http::StatusCode::NAME`), `StatusCode::from_u16(<literal>)` and `Status::from_code(<literal>)`,
//! anywhere in the body including closures, `async` blocks and local `const` and `static`
//! items. Not seen: nested `fn` items (they carry their own contract), patterns and `==`/`!=` comparisons (they read a status rather than
//! produce one), arguments of other macros, and statuses made by called functions or by an error
//! type's conversion; the debug-build check covers those.

use proc_macro2::TokenStream;
use quote::ToTokens;
use status_core::{lookup, Entry};
use syn::visit::{self, Visit};
use syn::{
    BinOp, Block, Expr, ExprBinary, ExprCall, ExprLit, ExprPath, Item, Lit, Macro, Pat, Path,
};

use crate::ctxt::Ctxt;
use crate::messages::Lang;
use crate::parse::code_list;
use crate::resolve::{entry_named, resolve};

/// A status named in the body, and the tokens that name it.
pub struct Mention {
    pub entry: &'static Entry,
    pub tokens: TokenStream,
}

/// Every status the body names, in order.
pub fn mentions(body: &Block) -> Vec<Mention> {
    let mut scanner = Scanner { found: Vec::new() };
    scanner.visit_block(body);
    scanner.found
}

struct Scanner {
    found: Vec<Mention>,
}

/// `[.., Type, Name]` where `Type` is one of the status types.
fn status_type_member(path: &Path) -> Option<String> {
    let mut segments = path.segments.iter().rev();
    let member = segments.next()?;
    let owner = segments.next()?;
    (owner.ident == "Status" || owner.ident == "StatusCode").then(|| member.ident.to_string())
}

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

    fn visit_expr_binary(&mut self, binary: &'ast ExprBinary) {
        if !matches!(binary.op, BinOp::Eq(_) | BinOp::Ne(_)) {
            visit::visit_expr_binary(self, binary);
        }
    }

    fn visit_macro(&mut self, mac: &'ast Macro) {
        if mac
            .path
            .segments
            .last()
            .is_none_or(|last| last.ident != "status")
        {
            return;
        }
        // A malformed `status!` reports its own errors when it expands; here it names nothing.
        let Ok(codes) = code_list(mac.tokens.clone(), Lang::English) else {
            return;
        };
        for arg in &codes {
            let mut quiet = Ctxt::new(Lang::English);
            if let Some(found) = resolve(&arg.code, &mut quiet) {
                self.found.push(Mention {
                    entry: found.entry,
                    tokens: arg.code.tokens(),
                });
            }
            let _ = quiet.finish();
        }
    }

    fn visit_expr_path(&mut self, expr: &'ast ExprPath) {
        if let Some(entry) = status_type_member(&expr.path).and_then(|name| entry_named(&name)) {
            self.found.push(Mention {
                entry,
                tokens: expr.to_token_stream(),
            });
        }
    }

    fn visit_expr_call(&mut self, call: &'ast ExprCall) {
        let constructor = match call.func.as_ref() {
            Expr::Path(func) => status_type_member(&func.path),
            _ => None,
        };
        let literal = match call.args.iter().collect::<Vec<_>>().as_slice() {
            [Expr::Lit(ExprLit {
                lit: Lit::Int(int), ..
            })] => int.base10_parse::<u16>().ok(),
            _ => None,
        };
        match (constructor.as_deref(), literal.and_then(lookup)) {
            (Some("from_u16" | "from_code"), Some(entry)) => self.found.push(Mention {
                entry,
                tokens: call.to_token_stream(),
            }),
            _ => visit::visit_expr_call(self, call),
        }
    }
}
