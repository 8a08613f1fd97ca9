//! The Rust reader: parses a file with syn and finds the status codes it names.
//!
//! What is read:
//! - `StatusCode::IM_A_TEAPOT` and the other constants `http` keeps for codes that should not
//!   be sent, written alone or through `http`, `axum::http`, `actix_web::http` and the other
//!   re-exports in [`STATUS_CODE_PATHS`];
//! - `StatusCode::from_u16(N)` (and `try_from`, `from`), Rocket's `Status::new(N)` and
//!   `Status::from_code(N)`, and the `http` builder's `.status(N)`, for a literal `N`;
//! - `status = N` in `#[utoipa::path(responses(...))]`, `#[response(...)]` (utoipa's derives)
//!   and poem-openapi's `#[oai(...)]`; salvo's `#[endpoint(status_codes(...))]`; Rocket's
//!   `#[catch(N)]`; and the same code twice in one `responses(...)` or `status_codes(...)`;
//! - actix-web's `HttpResponse::ImATeapot()` and the other constructors named after those
//!   constants;
//! - the same constants and constructors inside macro calls (`vec!`, `json!`, ...).
//!
//! What is not a finding: a code compared with (`==`, `!=`, a `match` or `if let` pattern,
//! `assert_eq!`, `matches!` and the like), which reads what a response carries rather than
//! sending it, as the macros treat it.

use std::collections::HashMap;
use std::sync::OnceLock;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use status_table::{entries, Date, Entry, State};
use syn::visit::{self, Visit};
use syn::{Expr, Lit};

use crate::finding::{Hit, Place, Said};
use crate::openapi::check_key;
use crate::rules::{judge, judge_entry, outdated_name_in, outdated_names, Rule, Verdict};

/// The paths through which `http`'s `StatusCode` is usually reached (besides a bare
/// `StatusCode` brought in by `use`).
pub const STATUS_CODE_PATHS: &[&str] = &[
    "http",
    "http::status",
    "axum::http",
    "axum::http::status",
    "axum_core::http",
    "actix_web::http",
    "actix_web::http::status",
    "actix_http",
    "actix_http::http",
    "hyper",
    "hyper::http",
    "reqwest",
    "poem::http",
    "salvo::http",
    "warp::http",
    "tower_http::http",
];

/// The constant name `http` gives each code the linter reports, derived from the table's
/// reason phrases and former names: "I'm a teapot" is `IM_A_TEAPOT`.
fn constants() -> &'static HashMap<String, &'static Entry> {
    static NAMES: OnceLock<HashMap<String, &'static Entry>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for entry in entries() {
            if entry.state() == State::Assigned {
                continue;
            }
            let spelled = entry
                .phrase()
                .into_iter()
                .chain(entry.former_names().iter().copied());
            for name in spelled {
                names.insert(status_table::constant_name(name).to_string(), entry);
            }
        }
        names
    })
}

/// True when a file may name a status code or an outdated reason phrase: the cheap test that
/// lets the walk skip parsing files that cannot have a finding.
pub fn may_have_codes(text: &str) -> bool {
    use memchr::memmem;
    static FINDERS: OnceLock<[memmem::Finder<'static>; 4]> = OnceLock::new();
    static PHRASES: OnceLock<Vec<memmem::Finder<'static>>> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        [
            memmem::Finder::new("Status"),
            memmem::Finder::new("status"),
            memmem::Finder::new("catch"),
            memmem::Finder::new("HttpResponse"),
        ]
    });
    if finders
        .iter()
        .any(|finder| finder.find(text.as_bytes()).is_some())
    {
        return true;
    }
    // The phrases are matched in any case, so they are sought in a lower-case copy.
    let phrases = PHRASES.get_or_init(|| {
        outdated_names()
            .map(|(_, name)| memmem::Finder::new(name.to_ascii_lowercase().as_bytes()).into_owned())
            .collect()
    });
    let lower = text.to_ascii_lowercase();
    phrases
        .iter()
        .any(|finder| finder.find(lower.as_bytes()).is_some())
}

/// Why a file does not parse: syn's words and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// syn's message.
    pub message: String,
    /// Where it points.
    pub place: Place,
}

/// Parses `text` and returns what it finds, or where syn stopped for a file that does not
/// parse.
pub fn scan(text: &str, today: Date) -> Result<Vec<Hit>, SyntaxError> {
    let result = match syn::parse_file(text) {
        Ok(file) => {
            let mut scan = Scan {
                today,
                hits: Vec::new(),
                reading: 0,
                in_attribute: 0,
                responding: 0,
            };
            scan.visit_file(&file);
            Ok(scan.hits)
        }
        Err(error) => Err(SyntaxError {
            message: error.to_string(),
            place: Place {
                len: 1,
                ..place(error.span())
            },
        }),
    };
    // proc-macro2 keeps every parsed file's text for span lookups; nothing refers to this one
    // any more (every place above is plain numbers), so let it go before the next file.
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

struct Scan {
    /// The day codes are judged on (a temporary registration may have expired).
    today: Date,
    hits: Vec<Hit>,
    /// Above 0 inside a comparison (`==`, `!=`, a pattern, `assert_eq!`, `matches!`): a code
    /// named there is read from a response, not sent, so it is no finding.
    reading: usize,
    /// Above 0 inside an attribute: its strings are documentation or configuration, not text
    /// a response sends.
    in_attribute: usize,
    /// Above 0 inside an expression that builds a response from a status: a tuple with a
    /// `StatusCode` in it, or a call on a response builder that was given one. Only there is a
    /// string taken for text a response sends; elsewhere a reason phrase may as well be a
    /// lookup key, a test input or a table row.
    responding: usize,
}

/// The names that mark an expression as one that builds a response from a status.
const RESPONSE_MARKS: &[&str] = &["StatusCode", "HttpResponse"];

/// Macros whose tokens are code being generated, not run: nothing in them answers a request.
const CODE_WRITING_MACROS: &[&str] = &["quote", "quote_spanned", "parse_quote"];

/// True when `expr` names `StatusCode` or an actix-web `HttpResponse` (in its syntax or in a
/// macro's tokens), calls `.status(..)` or `status!(..)`.
fn names_a_status(expr: &Expr) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_path_segment(&mut self, segment: &'ast syn::PathSegment) {
            self.0 |= RESPONSE_MARKS.iter().any(|mark| segment.ident == mark);
            visit::visit_path_segment(self, segment);
        }
        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            self.0 |= call.method == "status";
            visit::visit_expr_method_call(self, call);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            let name = mac.path.segments.last().map(|last| &last.ident);
            if name.is_some_and(|name| CODE_WRITING_MACROS.iter().any(|code| name == code)) {
                return;
            }
            self.0 |= name.is_some_and(|name| name == "status") || mentions(mac.tokens.clone());
            visit::visit_macro(self, mac);
        }
    }
    fn mentions(stream: TokenStream) -> bool {
        stream.into_iter().any(|tree| match tree {
            TokenTree::Ident(ident) => RESPONSE_MARKS.iter().any(|mark| ident == mark),
            TokenTree::Group(group) => mentions(group.stream()),
            _ => false,
        })
    }
    let mut finder = Finder(false);
    finder.visit_expr(expr);
    finder.0
}

/// Macros whose arguments are compared, so the codes in them are read.
const COMPARING_MACROS: &[&str] = &[
    "assert_eq",
    "assert_ne",
    "debug_assert_eq",
    "debug_assert_ne",
    "matches",
    "assert_matches",
];

/// Where a span starts, and how many characters it covers on its first line.
fn place(span: Span) -> Place {
    let start = span.start();
    let end = span.end();
    let len = if end.line == start.line {
        end.column.saturating_sub(start.column)
    } else {
        1
    };
    Place {
        line: start.line,
        column: start.column,
        len: len.max(1),
    }
}

/// The idents of a path, when it is `StatusCode::NAME` behind one of the known prefixes.
fn status_code_member<'p>(segments: &[&'p proc_macro2::Ident]) -> Option<&'p proc_macro2::Ident> {
    let [prefix @ .., ty, member] = segments else {
        return None;
    };
    if *ty != "StatusCode" {
        return None;
    }
    if !prefix.is_empty() {
        let joined = prefix
            .iter()
            .map(|ident| ident.to_string())
            .collect::<Vec<_>>()
            .join("::");
        if !STATUS_CODE_PATHS.contains(&joined.as_str()) {
            return None;
        }
    }
    Some(member)
}

/// The integer in a literal expression such as `306` or `(3_06)`, with how it is written.
fn int_literal(expr: &Expr) -> Option<(u64, String, Span)> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(int) => Some(int_value(int)),
            _ => None,
        },
        Expr::Paren(inner) => int_literal(&inner.expr),
        Expr::Group(inner) => int_literal(&inner.expr),
        _ => None,
    }
}

fn int_value(int: &syn::LitInt) -> (u64, String, Span) {
    let digits = int.base10_digits();
    (
        digits.parse().unwrap_or(u64::MAX),
        digits.to_owned(),
        int.span(),
    )
}

impl Scan {
    fn code(&mut self, value: u64, written: String, span: Span) {
        if self.reading > 0 {
            return;
        }
        if let Some(verdict) = judge(value, self.today) {
            self.verdict(verdict, written, place(span), None);
        }
    }

    /// A string literal a response sends: a reason phrase the registry has replaced is a
    /// finding where the string goes into a response built from a status, unless it is
    /// compared (a test reading another server's answer) or sits in an attribute
    /// (documentation).
    fn string(&mut self, literal: &syn::LitStr) {
        if self.responding == 0 || self.reading > 0 || self.in_attribute > 0 {
            return;
        }
        if let Some((entry, name)) = outdated_name_in(&literal.value(), None) {
            self.hits.push(Hit {
                rule: Rule::OutdatedPhrase,
                code: entry.code().to_string(),
                place: place(literal.span()),
                said: Said::OutdatedPhrase {
                    entry,
                    phrase: name.to_owned(),
                },
                first: None,
            });
        }
    }

    /// A judged code; `constant` is the path it was written as, for a named constant.
    fn verdict(&mut self, verdict: Verdict, code: String, place: Place, constant: Option<String>) {
        self.hits.push(Hit {
            rule: verdict.rule(),
            code: code.clone(),
            place,
            said: Said::Verdict {
                verdict,
                written: code,
                constant,
            },
            first: None,
        });
    }

    fn constant(&mut self, segments: &[&proc_macro2::Ident]) {
        let Some(member) = status_code_member(segments) else {
            return;
        };
        self.named(
            member,
            &format!("StatusCode::{member}"),
            &member.to_string(),
        );
    }

    /// actix-web's `HttpResponse::ImATeapot()`: the constructor named after `http`'s constant
    /// (`IM_A_TEAPOT`) in camel case.
    fn actix_constructor(&mut self, member: &proc_macro2::Ident) {
        let camel = member.to_string();
        let mut screaming = String::new();
        for (at, c) in camel.char_indices() {
            if c.is_ascii_uppercase() && at > 0 {
                screaming.push('_');
            }
            screaming.push(c.to_ascii_uppercase());
        }
        self.named(member, &format!("HttpResponse::{camel}()"), &screaming);
    }

    /// The code behind `constant`, the name of one of `http`'s constants, written as `path`
    /// at `member`.
    fn named(&mut self, member: &proc_macro2::Ident, path: &str, constant: &str) {
        if self.reading > 0 {
            return;
        }
        let Some(&entry) = constants().get(constant) else {
            return;
        };
        let Some(verdict) = judge_entry(entry, self.today) else {
            return;
        };
        self.verdict(
            verdict,
            entry.code().to_string(),
            place(member.span()),
            Some(path.to_owned()),
        );
    }

    /// A literal in an attribute: a number, or a string that OpenAPI would read as a key.
    fn attribute_literal(&mut self, literal: &proc_macro2::Literal) -> Option<(String, Place)> {
        match Lit::new(literal.clone()) {
            Lit::Int(int) => {
                let (value, written, span) = int_value(&int);
                self.code(value, written.clone(), span);
                Some((written, place(span)))
            }
            Lit::Str(string) => {
                let key = string.value();
                let mut where_ = place(string.span());
                if let Some(hit) = check_key(&key, where_, self.today) {
                    self.hits.push(hit);
                }
                // Point at the text inside the quotes for duplicates.
                where_.len = where_.len.max(1);
                Some((key, where_))
            }
            _ => None,
        }
    }

    /// `responses((status = 200, ...), (status = 404, ...))` or `status_codes(200, 404)`:
    /// every code, and the second of two equal codes.
    fn code_list(&mut self, list: TokenStream, key: Option<&str>) {
        let mut seen: HashMap<String, Place> = HashMap::new();
        for element in split_commas(list) {
            let found = match key {
                // Each element is a parenthesised group holding `key = literal`.
                Some(key) => element.iter().find_map(|tree| match tree {
                    TokenTree::Group(group) if group.delimiter() == Delimiter::Parenthesis => {
                        assigned(group.stream(), key)
                    }
                    _ => None,
                }),
                None => match element.as_slice() {
                    [TokenTree::Literal(literal)] => Some(literal.clone()),
                    _ => None,
                },
            };
            let Some(literal) = found else { continue };
            let Some((code, where_)) = self.attribute_literal(&literal) else {
                continue;
            };
            if let Some(&first) = seen.get(&code) {
                self.hits.push(Hit {
                    rule: Rule::Duplicate,
                    code: code.clone(),
                    place: where_,
                    said: Said::Duplicate {
                        written: code,
                        first_line: first.line,
                        line: where_.line,
                    },
                    first: Some(first),
                });
            } else {
                seen.insert(code, where_);
            }
        }
    }

    fn attribute(&mut self, attr: &syn::Attribute) {
        let syn::Meta::List(list) = &attr.meta else {
            return;
        };
        let segments: Vec<&proc_macro2::Ident> =
            list.path.segments.iter().map(|s| &s.ident).collect();
        let (first, last) = match segments.as_slice() {
            [] => return,
            [only] => (None, *only),
            [first, .., last] => (Some(*first), *last),
        };
        let crate_is = |name: &str| first.is_none_or(|first| first == name);
        if last == "path" && crate_is("utoipa") {
            if let Some(list) = group_after(list.tokens.clone(), "responses") {
                self.code_list(list, Some("status"));
            }
        } else if last == "endpoint" && crate_is("salvo") {
            if let Some(list) = group_after(list.tokens.clone(), "status_codes") {
                self.code_list(list, None);
            }
            if let Some(list) = group_after(list.tokens.clone(), "responses") {
                self.code_list(list, Some("status_code"));
            }
        } else if (last == "oai" && crate_is("poem_openapi"))
            || (last == "response" && crate_is("utoipa"))
        {
            if let Some(literal) = assigned(list.tokens.clone(), "status") {
                self.attribute_literal(&literal);
            }
        } else if last == "catch" && crate_is("rocket") {
            if let [TokenTree::Literal(literal)] = list
                .tokens
                .clone()
                .into_iter()
                .collect::<Vec<_>>()
                .as_slice()
            {
                self.attribute_literal(literal);
            }
        }
    }

    /// Macro bodies are tokens, not syntax: look for the constants and constructors there.
    fn tokens(&mut self, stream: TokenStream) {
        let trees: Vec<TokenTree> = stream.into_iter().collect();
        for (at, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Group(group) => {
                    // `matches!(..)` inside another macro's tokens compares too.
                    let comparing = at >= 2
                        && matches!(&trees[at - 1], TokenTree::Punct(bang) if bang.as_char() == '!')
                        && matches!(&trees[at - 2], TokenTree::Ident(name)
                            if COMPARING_MACROS.iter().any(|comparing| name == comparing));
                    // `#[doc = "..."]` (a `///` comment) inside a macro's tokens is an attribute.
                    let attribute = group.delimiter() == Delimiter::Bracket
                        && trees[..at].iter().rev().find(|tree| {
                            !matches!(tree, TokenTree::Punct(bang) if bang.as_char() == '!')
                        }).is_some_and(|tree| {
                            matches!(tree, TokenTree::Punct(hash) if hash.as_char() == '#')
                        });
                    self.reading += usize::from(comparing);
                    self.in_attribute += usize::from(attribute);
                    self.tokens(group.stream());
                    self.in_attribute -= usize::from(attribute);
                    self.reading -= usize::from(comparing);
                }
                TokenTree::Literal(literal) => {
                    if let Lit::Str(string) = Lit::new(literal.clone()) {
                        self.string(&string);
                    }
                }
                TokenTree::Ident(ident) if ident == "HttpResponse" => {
                    if let (
                        Some(TokenTree::Punct(a)),
                        Some(TokenTree::Punct(b)),
                        Some(TokenTree::Ident(member)),
                        Some(TokenTree::Group(arguments)),
                    ) = (
                        trees.get(at + 1),
                        trees.get(at + 2),
                        trees.get(at + 3),
                        trees.get(at + 4),
                    ) {
                        if a.as_char() == ':'
                            && b.as_char() == ':'
                            && arguments.delimiter() == Delimiter::Parenthesis
                            && arguments.stream().is_empty()
                        {
                            self.actix_constructor(member);
                        }
                    }
                }
                TokenTree::Ident(ident) if ident == "StatusCode" || ident == "Status" => {
                    let (
                        Some(TokenTree::Punct(a)),
                        Some(TokenTree::Punct(b)),
                        Some(TokenTree::Ident(member)),
                    ) = (trees.get(at + 1), trees.get(at + 2), trees.get(at + 3))
                    else {
                        continue;
                    };
                    if a.as_char() != ':' || b.as_char() != ':' {
                        continue;
                    }
                    let argument = match trees.get(at + 4) {
                        Some(TokenTree::Group(group))
                            if group.delimiter() == Delimiter::Parenthesis =>
                        {
                            match group.stream().into_iter().collect::<Vec<_>>().as_slice() {
                                [TokenTree::Literal(literal)] => Some(literal.clone()),
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    if ident == "StatusCode" && argument.is_none() {
                        self.constant(&[ident, member]);
                    } else if let Some(literal) = argument {
                        if is_constructor(ident, member) {
                            if let Lit::Int(int) = Lit::new(literal) {
                                let (value, written, span) = int_value(&int);
                                self.code(value, written, span);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// `StatusCode::from_u16`, `StatusCode::try_from`, `StatusCode::from`, and Rocket's
/// `Status::new` and `Status::from_code`.
fn is_constructor(ty: &proc_macro2::Ident, member: &proc_macro2::Ident) -> bool {
    if ty == "StatusCode" {
        member == "from_u16" || member == "try_from" || member == "from"
    } else {
        ty == "Status" && (member == "new" || member == "from_code")
    }
}

/// The top-level elements of a comma-separated token list.
fn split_commas(stream: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut elements = vec![Vec::new()];
    for tree in stream {
        match &tree {
            TokenTree::Punct(punct) if punct.as_char() == ',' => elements.push(Vec::new()),
            _ => elements.last_mut().expect("never empty").push(tree),
        }
    }
    elements.retain(|element| !element.is_empty());
    elements
}

/// The contents of the parenthesised group right after the top-level ident `name`.
fn group_after(stream: TokenStream, name: &str) -> Option<TokenStream> {
    let trees: Vec<TokenTree> = stream.into_iter().collect();
    trees.windows(2).find_map(|pair| match pair {
        [TokenTree::Ident(ident), TokenTree::Group(group)]
            if ident == name && group.delimiter() == Delimiter::Parenthesis =>
        {
            Some(group.stream())
        }
        _ => None,
    })
}

/// The literal in a top-level `name = literal`.
fn assigned(stream: TokenStream, name: &str) -> Option<proc_macro2::Literal> {
    let trees: Vec<TokenTree> = stream.into_iter().collect();
    trees.windows(3).find_map(|triple| match triple {
        [TokenTree::Ident(ident), TokenTree::Punct(eq), TokenTree::Literal(literal)]
            if ident == name && eq.as_char() == '=' =>
        {
            Some(literal.clone())
        }
        _ => None,
    })
}

impl<'ast> Visit<'ast> for Scan {
    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        self.attribute(attr);
        self.in_attribute += 1;
        visit::visit_attribute(self, attr);
        self.in_attribute -= 1;
    }

    fn visit_lit_str(&mut self, literal: &'ast syn::LitStr) {
        self.string(literal);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.segments.len() >= 2 {
            let segments: Vec<&proc_macro2::Ident> =
                path.segments.iter().map(|s| &s.ident).collect();
            self.constant(&segments);
        }
        visit::visit_path(self, path);
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let Expr::Path(function) = &*call.func {
            if let [.., ty, member] = function.path.segments.iter().collect::<Vec<_>>().as_slice() {
                if ty.ident == "HttpResponse" && call.args.is_empty() {
                    self.actix_constructor(&member.ident);
                }
            }
        }
        if let (Expr::Path(function), [argument]) =
            (&*call.func, call.args.iter().collect::<Vec<_>>().as_slice())
        {
            let segments: Vec<&proc_macro2::Ident> =
                function.path.segments.iter().map(|s| &s.ident).collect();
            if let [.., ty, member] = segments.as_slice() {
                let known = if *ty == "StatusCode" {
                    status_code_member(&segments).is_some()
                } else {
                    true
                };
                if known && is_constructor(ty, member) {
                    if let Some((value, written, span)) = int_literal(argument) {
                        self.code(value, written, span);
                    }
                }
            }
        }
        visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if call.method == "status" && call.args.len() == 1 {
            if let Some((value, written, span)) = int_literal(&call.args[0]) {
                self.code(value, written, span);
            }
        }
        // `HttpResponse::PayloadTooLarge().body("...")`, `builder.status(413).body("...")`.
        let responding = names_a_status(&call.receiver);
        self.responding += usize::from(responding);
        visit::visit_expr_method_call(self, call);
        self.responding -= usize::from(responding);
    }

    fn visit_expr_tuple(&mut self, tuple: &'ast syn::ExprTuple) {
        // `(StatusCode::PAYLOAD_TOO_LARGE, "...")`, axum's `IntoResponse` for a tuple.
        let responding = tuple.elems.iter().any(names_a_status);
        self.responding += usize::from(responding);
        visit::visit_expr_tuple(self, tuple);
        self.responding -= usize::from(responding);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let comparing = mac
            .path
            .segments
            .last()
            .is_some_and(|last| COMPARING_MACROS.iter().any(|name| last.ident == name));
        self.reading += usize::from(comparing);
        self.tokens(mac.tokens.clone());
        visit::visit_macro(self, mac);
        self.reading -= usize::from(comparing);
    }

    fn visit_expr_binary(&mut self, binary: &'ast syn::ExprBinary) {
        let comparing = matches!(binary.op, syn::BinOp::Eq(_) | syn::BinOp::Ne(_));
        self.reading += usize::from(comparing);
        visit::visit_expr_binary(self, binary);
        self.reading -= usize::from(comparing);
    }

    fn visit_pat(&mut self, pat: &'ast syn::Pat) {
        self.reading += 1;
        visit::visit_pat(self, pat);
        self.reading -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<(Rule, String, usize, usize)> {
        scan(text, status_table::REGISTRY_DATE)
            .unwrap()
            .into_iter()
            .map(|hit| (hit.rule, hit.code, hit.place.line, hit.place.column))
            .collect()
    }

    /// `unused 418` for each finding: the rule id without its `status::`, and the code.
    fn codes(text: &str) -> Vec<String> {
        rules(text)
            .into_iter()
            .map(|(rule, code, _, _)| format!("{} {code}", &rule.id()["status::".len()..]))
            .collect()
    }

    /// A replaced reason phrase in a string that goes into a response built from a status is a
    /// finding; anywhere else (a table, a lookup, a help text), in a comparison, a doc comment
    /// (also inside a macro's tokens) or an attribute it is not.
    #[test]
    fn replaced_phrases_in_strings() {
        let found = codes(
            r#"
            fn f() -> (u16, &'static str) { (413, "Payload Too Large") }
            fn g() -> serde_json::Value { serde_json::json!({"error": "unprocessable entity"}) }
            fn h(reason: &str) -> bool { reason == "Payload Too Large" }
            #[error("Unprocessable Entity")]
            struct Invalid;
            /// Answers 413 Payload Too Large.
            fn i() {}
            status_codes! {
                /// 413 Payload Too Large
                (413, PAYLOAD_TOO_LARGE, "Request Entity Too Large");
            }
            #[test]
            fn t() { assert_eq!(f().1, "Payload Too Large"); }
            fn j() -> impl IntoResponse { (StatusCode::PAYLOAD_TOO_LARGE, "Payload Too Large") }
            fn k() -> Response { (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"error": "unprocessable entity"}))).into_response() }
            fn l() -> HttpResponse { HttpResponse::PayloadTooLarge().body("413 Payload Too Large") }
            fn m() -> Response<String> { Response::builder().status(504).body("Gateway Time-out".into()).unwrap() }
            fn n() -> (u16, &'static str) { lookup("Payload Too Large") }
            fn o() -> impl IntoResponse { (status!(413), "Payload Too Large") }
            fn p() -> Vec<(TokenStream, TokenStream)> { vec![(quote!("Payload Too Large"), quote!(status!(201)))] }
            "#,
        );
        assert_eq!(
            found,
            [
                "outdated-phrase 413",
                "outdated-phrase 422",
                "outdated-phrase 413",
                "outdated-phrase 504",
                "outdated-phrase 413"
            ]
        );
    }

    #[test]
    fn constants_are_named_from_the_table() {
        let names = constants();
        assert_eq!(names["IM_A_TEAPOT"].code(), 418);
        assert_eq!(names["USE_PROXY"].code(), 305);
        assert_eq!(names["NOT_EXTENDED"].code(), 510);
        assert_eq!(names["PROCESSING"].code(), 102);
        assert!(!names.contains_key("NOT_FOUND"));
    }

    #[test]
    fn constants_behind_known_paths_only() {
        let found = rules(
            "fn f() { let a = http::StatusCode::IM_A_TEAPOT; let b = StatusCode::USE_PROXY; let c = mine::StatusCode::IM_A_TEAPOT; let d = StatusCode::NOT_FOUND; }",
        );
        assert_eq!(
            found,
            [
                (Rule::Unused, "418".into(), 1, 35),
                (Rule::Deprecated, "305".into(), 1, 68)
            ]
        );
    }

    #[test]
    fn constructors_and_builders() {
        assert_eq!(
            codes("fn f() { StatusCode::from_u16(299); Status::new(499); Response::builder().status(3_06); StatusCode::from_u16(200); StatusCode::from_u16(1000); }"),
            [
                "unassigned 299",
                "non-standard 499",
                "unused 306",
                "out-of-range 1000"
            ]
        );
    }

    #[test]
    fn attributes_and_duplicates() {
        let found = codes(
            r#"
#[utoipa::path(get, path = "/", responses((status = 200), (status = 418, description = "x"), (status = 200), (status = "6XX")))]
fn a() {}
#[oai(status = 510)]
struct B;
#[endpoint(status_codes(200, 444, 444))]
fn c() {}
#[catch(306)]
fn d() {}
"#,
        );
        assert_eq!(
            found,
            [
                "unused 418",
                "duplicate 200",
                "malformed 6XX",
                "obsoleted 510",
                "non-standard 444",
                "non-standard 444",
                "duplicate 444",
                "unused 306",
            ]
        );
    }

    #[test]
    fn inside_macros() {
        assert_eq!(
            codes("fn f() { json!(StatusCode::IM_A_TEAPOT); vec![StatusCode::from_u16(306)]; }"),
            ["unused 418", "unused 306"]
        );
    }

    /// A code compared with is read from a response, not sent: `==`, `!=`, patterns and the
    /// comparing macros. The same code sent beside it is still a finding.
    #[test]
    fn comparisons_are_reads() {
        assert_eq!(
            codes(
                "fn f(s: StatusCode) -> StatusCode {
                    if s == StatusCode::IM_A_TEAPOT || StatusCode::from_u16(306).unwrap() != s {}
                    match s { StatusCode::USE_PROXY => {} _ => {} }
                    if let http::StatusCode::IM_A_TEAPOT = s {}
                    assert_eq!(s, StatusCode::IM_A_TEAPOT);
                    assert!(matches!(s, StatusCode::IM_A_TEAPOT));
                    StatusCode::IM_A_TEAPOT
                }"
            ),
            ["unused 418"]
        );
    }

    /// actix-web's constructors named after `http`'s constants, called and inside macros.
    #[test]
    fn actix_web_named_constructors() {
        assert_eq!(
            codes(
                "fn f() -> HttpResponse { let _ = vec![HttpResponse::UseProxy()]; \
                 if ok() { HttpResponse::Ok().finish() } else { HttpResponse::ImATeapot().finish() } }"
            ),
            ["deprecated 305", "unused 418"]
        );
        assert!(may_have_codes("HttpResponse::ImATeapot()"));
    }

    #[test]
    fn syntax_errors_are_errors() {
        assert!(scan("fn (", status_table::REGISTRY_DATE).is_err());
    }
}
