#!/usr/bin/env python3
"""Compile cost of `status!` and `#[responds]`, as a ratio measured side by side.

Generates crates that differ only in how they write their statuses, then times
`cargo check` of each crate alone, interleaved (A B C D, then B C D A, ...), so that the
noise of a shared machine hits every variant alike. Absolute times mean little here; the
ratios are the result.

Variants (same functions, same modules, same dependencies):

  bare               u16 literals, functions return u16, no macros
  plain-status       `Status::NAME` written by hand, no macros (what `status!` expands to)
  status-only        2,000 `status!(...)` calls, no `#[responds]`
  responds-expanded  (with --probe) with-macros with each `#[responds]` handler replaced by
                     the text of its expansion: the generated code, without running the macro
  with-macros        the same 2,000 `status!(...)` calls, 800 of them in the bodies of 400
                     `#[responds(...)]` handlers (80 strict, 133 async, 100 debug_check)

Each step is one cost: bare -> plain-status the `Status` type, plain-status -> status-only
running `status!`, status-only -> responds-expanded compiling the code `#[responds]`
generates, responds-expanded -> with-macros running `#[responds]`.

And a generated axum service, written twice (needs axum 0.8 and serde, as the workspace
already locks them):

  axum-plain         50 handlers in 10 modules with State, Path, Query and Json extractors,
                     returning Result<Json<T>, ApiError>; ApiError maps itself to a status by
                     hand, with From conversions and an IntoResponse impl; no status crates
  axum-checked       the same service with ApiError deriving ResponseStatus, #[responds(...)]
                     on every handler (strict on 4 in 5, debug_check on 2 in 5, all_errors on
                     1 in 5), each handler under its contract (`get(NAME_RESPONSES.on(handler))`)
                     and the router under ContractCheckLayer
  axum-checked-layer the same, with each contract as a tower layer on its handler instead
                     (`get(handler.layer(NAME_RESPONSES.layer()))`)
  axum-checked-routes
                     the same, with the contract on each method's route instead, one route
                     per method (`.route(path, get(handler).layer(NAME_RESPONSES.layer()))`)
  axum-utoipa        axum-plain with `#[utoipa::path]` on every handler, its responses
                     written out, `ToSchema` on the bodies and an `OpenApi` document
  axum-utoipa-checked
                     axum-checked with the same utoipa attributes under `#[responds]`, which
                     writes their responses (each code written once)

The figures held to a target are status-only / bare, with-macros / bare,
axum-checked / axum-plain, axum-utoipa-checked / axum-utoipa, and what the contract adds to
axum-plain over what utoipa adds to it, (axum-checked - axum-plain) / (axum-utoipa - axum-plain).

Wall time (time.perf_counter) and the CPU time of cargo and rustc are both recorded; on a
busy machine the CPU time is the steadier of the two. `--probe` also times
status-macros-impl's `expand_status` and `expand_responds` directly, outside rustc.

Standard library only. Run from anywhere:

  python3 bench/compile-cost.py              # 7 rounds, all variants but responds-expanded
  python3 bench/compile-cost.py --no-service # without the axum service
  python3 bench/compile-cost.py --probe      # plus the direct timings and responds-expanded
  python3 bench/compile-cost.py --rounds 3 --json
"""

import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

WORKSPACE = Path(__file__).resolve().parent.parent
# The status table: in its own crate, or (before it moved there) in status-core.
TABLE = next((path for path in (WORKSPACE / "status-table" / "src" / "table.rs",
                                WORKSPACE / "status-core" / "src" / "table.rs")
              if path.exists()), WORKSPACE / "status-table" / "src" / "table.rs")

# Codes whose `status!` carries a deprecation warning (102 dropped by RFC 4918, 104
# temporary); left out so the generated crates compile without warnings.
WARNED_CODES = {102, 104}

N_MODULES = 8
N_CONSTS = 200          # one status! each
N_SELECTORS = 200       # four status! each (match arms)
N_CLASSIFIERS = 100     # two status! each, in pattern position
N_HANDLERS = 400        # two status! each, plus #[responds] in with-macros
TOTAL_STATUS = N_CONSTS + 4 * N_SELECTORS + 2 * N_CLASSIFIERS + 2 * N_HANDLERS
N_RESPONDS = N_HANDLERS

# In order of what they add; `responds-expanded` only with --probe.
SYNTHETIC = ["bare", "plain-status", "status-only", "responds-expanded", "with-macros"]
# The generated axum service, without and with the status crates (the route check in its two
# forms), and the same two with utoipa's `#[utoipa::path]` on every handler.
SERVICE = ["axum-plain", "axum-checked", "axum-checked-layer", "axum-checked-routes",
           "axum-utoipa", "axum-utoipa-checked"]
VARIANTS = SYNTHETIC + SERVICE
DEFAULT_VARIANTS = ["bare", "plain-status", "status-only", "with-macros"] + SERVICE

# The service: N_RESOURCES resources of five handlers each (list, get, create, update,
# delete), one module per resource.
N_RESOURCES = 10
N_SERVICE_HANDLERS = 5 * N_RESOURCES

# The figures the compile cost is held to: (numerator, denominator, target).
TARGETS = [
    ("status-only", "bare", 1.2),
    ("with-macros", "bare", 2.0),
    ("axum-checked", "axum-plain", 1.10),
    ("axum-utoipa-checked", "axum-utoipa", 1.10),
]
# And one of added costs: what the contract adds to plain axum, over what utoipa adds to it.
ADDED_COST_TARGET = ("axum-checked", "axum-utoipa", "axum-plain", 0.5)


# --------------------------------------------------------------------------------------
# The table


def sendable_codes():
    """(code, CONSTANT, "Reason") for every row with a public constant, from table.rs."""
    rows = []
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    start = re.compile(r"^\s*const\s+([A-Z0-9_]+)\s*=\s*Entry\s*\{")
    code_re = re.compile(r"^\s*code:\s*(\d+)\s*,")
    reason_re = re.compile(r'^\s*reason:\s*"((?:[^"\\]|\\.)*)"\s*,')
    i = 0
    while i < len(lines):
        m = start.match(lines[i])
        if not m:
            i += 1
            continue
        name, code, reason = m.group(1), None, None
        j = i + 1
        while j < len(lines) and (code is None or reason is None):
            if start.match(lines[j]) or re.match(r"^\s*Entry\s*\{", lines[j]):
                break
            cm, rm = code_re.match(lines[j]), reason_re.match(lines[j])
            if cm:
                code = int(cm.group(1))
            if rm:
                reason = rm.group(1)
            j += 1
        if code is None or reason is None:
            sys.exit(f"{TABLE}: row {name} has no code or reason line")
        rows.append((code, name, reason))
        i = j
    if len(rows) < 10:
        sys.exit(f"{TABLE}: found only {len(rows)} rows with a constant; has the format changed?")
    return rows


# --------------------------------------------------------------------------------------
# Code generation


def written(entry, form):
    """A code as `status!` takes it: number, constant name or reason phrase (already a Rust
    string literal's contents, as table.rs spells it)."""
    code, name, reason = entry
    return [str(code), name, '"' + reason + '"'][form % 3]


class Writer:
    """Writes one status in the style of a variant, cycling number / name / phrase."""

    def __init__(self, variant):
        self.variant = variant
        self.count = 0

    def status(self, entry):
        form = self.count
        self.count += 1
        if self.variant == "bare":
            return str(entry[0])
        if self.variant == "plain-status":
            return f"Status::{entry[1]}"
        return f"status!({written(entry, form)})"


def generate_items(variant, codes, expansions=None):
    """The crate's items as strings, in one list per kind, and the macro inputs (for the
    timing program). `responds-expanded` is `with-macros` with each handler replaced by the
    text of its `#[responds]` expansion, from `expansions`."""
    w = Writer(variant)
    ty = "u16" if variant == "bare" else "status_core::Status"
    consts, selectors, classifiers, handlers = [], [], [], []
    inputs = {"status": [], "responds": []}
    n = len(codes)
    final = [c for c in codes if c[0] >= 200]  # 1xx cannot end a response (#[responds])
    nf = len(final)
    cursor = 0

    def nxt():
        nonlocal cursor
        entry = codes[cursor % n]
        cursor += 1
        return entry

    for k in range(N_CONSTS):
        consts.append(f"pub const C_{k}: {ty} = {w.status(nxt())};\n")

    for k in range(N_SELECTORS):
        a, b, c, d = (w.status(nxt()) for _ in range(4))
        selectors.append(
            f"pub fn pick_{k}(x: u32) -> {ty} {{\n"
            f"    match x % 4 {{\n"
            f"        0 => {a},\n        1 => {b},\n        2 => {c},\n        _ => {d},\n"
            f"    }}\n}}\n"
        )

    for k in range(N_CLASSIFIERS):
        a, b = w.status(nxt()), w.status(nxt())
        classifiers.append(
            f"pub fn is_{k}(s: {ty}) -> bool {{\n"
            f"    match s {{\n        {a} | {b} => true,\n        _ => false,\n    }}\n}}\n"
        )

    for k in range(N_HANDLERS):
        ea = final[(k * 5) % nf]
        eb = final[(k * 5 + 1 + (k % 7)) % nf]
        if ea[0] == eb[0]:
            eb = final[(k * 5 + 1) % nf]
        strict = k % 5 == 1           # 80 handlers
        is_async = k % 3 == 2         # 133
        debug_check = k % 4 == 3      # 100
        sa, sb = w.status(ea), w.status(eb)
        if k % 2 == 0:
            body = f"    match x {{\n        0 => {sa},\n        _ => {sb},\n    }}\n"
        else:
            body = f"    if x > 10 {{\n        return {sa};\n    }}\n    {sb}\n"
        kw = "async fn" if is_async else "fn"
        sig = f"pub {kw} handler_{k}(x: u32) -> {ty}"
        doc = f"/// Handler {k}.\n"
        if variant in ("with-macros", "responds-expanded"):
            args = (["strict"] if strict else []) + [written(ea, k), written(eb, k + 1)]
            args += ["debug_check"] if debug_check else []
            attr_args = ", ".join(args)
            # The item as the attribute receives it: with its doc comment, on one line.
            inputs["responds"].append(
                (attr_args, f'#[doc = " Handler {k}."] {sig} {{ {" ".join(body.split())} }}'))
            if variant == "responds-expanded":
                handlers.append(expansions[k] + "\n")
                continue
            handlers.append(f"{doc}#[responds({attr_args})]\n{sig} {{\n{body}}}\n")
        else:
            handlers.append(f"{doc}{sig} {{\n{body}}}\n")

    items = [consts, selectors, classifiers, handlers]
    if variant == "with-macros":
        inputs["status"] = re.findall(r"status!\(([^()]*)\)", "".join(sum(items, [])))
        assert len(inputs["status"]) == TOTAL_STATUS, len(inputs["status"])
    return items, inputs


def new_crate(root, variant, dependencies):
    """An empty crate `cc-VARIANT` under `root` with these `[dependencies]` lines, a workspace
    of its own and the workspace's lock file: its directory, its `src` and its name."""
    crate = root / variant
    src = crate / "src"
    if src.exists():
        shutil.rmtree(src)
    src.mkdir(parents=True)
    name = "cc-" + variant
    (crate / "Cargo.toml").write_text(
        f"""[package]
name = "{name}"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
{dependencies}
[workspace]
""",
        encoding="utf-8",
    )
    copy_lock(crate)
    return crate, src, name


def write_crate(root, variant, codes, expansions=None):
    crate, src, name = new_crate(root, variant, (
        f'status-core = {{ path = "{WORKSPACE / "status-core"}" }}\n'
        f'status-macros = {{ path = "{WORKSPACE / "status-macros"}" }}\n'))

    items, inputs = generate_items(variant, codes, expansions)
    header = {
        "bare": "",
        "plain-status": "use status_core::Status;\n\n",
        "status-only": "use status_macros::status;\n\n",
        "responds-expanded": "use status_macros::status;\n\n",
        "with-macros": "use status_macros::{responds, status};\n\n",
    }[variant]
    # Each kind of item is cut into N_MODULES runs, one per module, so every module has some
    # of each kind and handlers of every flavour (strict, async, debug_check) are spread out.
    modules = [[] for _ in range(N_MODULES)]
    for kind in items:
        for m in range(N_MODULES):
            modules[m] += kind[m * len(kind) // N_MODULES:(m + 1) * len(kind) // N_MODULES]
    lib = [f"//! Generated by bench/compile-cost.py ({variant}). Do not edit.\n"]
    for m, body in enumerate(modules):
        (src / f"m{m}.rs").write_text(header + "\n".join(body), encoding="utf-8")
        lib.append(f"pub mod m{m};\n")
    (src / "lib.rs").write_text("".join(lib), encoding="utf-8")
    return crate, name, inputs


def copy_lock(crate):
    """The workspace's lock file, so the scratch crates build the same syn, proc-macro2...
    (cargo drops the entries they do not use), offline."""
    lock = WORKSPACE / "Cargo.lock"
    if lock.exists() and not (crate / "Cargo.lock").exists():
        shutil.copy(lock, crate / "Cargo.lock")


# --------------------------------------------------------------------------------------
# The axum service: the same application written twice, plain axum and with the status
# crates on every handler and route.

SERVICE_LIB = """//! Generated by bench/compile-cost.py ({variant}). Do not edit.
//! {n} handlers in {resources} modules, one per resource, over an in-memory store.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{{Arc, Mutex}};

use axum::response::{{IntoResponse, Response}};
use axum::routing::get;
{imports}use axum::{{Json, Router}};
use serde::Serialize;

{modules}
/// A stored row: every resource keeps its fields here.
#[derive(Clone, Debug)]
pub struct Row {{
    pub id: i64,
    pub name: String,
    pub size: u32,
}}

/// Why the store failed.
#[derive(Debug)]
pub enum StoreError {{
    /// Another request holds the lock.
    Busy,
    /// A row with this name exists.
    Duplicate(String),
    /// The lock was poisoned by a panic.
    Poisoned,
}}

impl fmt::Display for StoreError {{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{
        match self {{
            StoreError::Busy => f.write_str("the store is busy"),
            StoreError::Duplicate(name) => write!(f, "{{name:?}} is taken"),
            StoreError::Poisoned => f.write_str("the store is poisoned"),
        }}
    }}
}}

/// Rows by resource and id.
#[derive(Default)]
pub struct Store {{
    rows: Mutex<BTreeMap<(&'static str, i64), Row>>,
}}

impl Store {{
    fn rows(&self) -> Result<std::sync::MutexGuard<'_, BTreeMap<(&'static str, i64), Row>>, StoreError> {{
        self.rows.lock().map_err(|_| StoreError::Poisoned)
    }}

    pub fn list(&self, kind: &'static str, limit: usize, offset: usize) -> Result<Vec<Row>, StoreError> {{
        let rows = self.rows()?;
        Ok(rows
            .iter()
            .filter(|((k, _), _)| *k == kind)
            .skip(offset)
            .take(limit)
            .map(|(_, row)| row.clone())
            .collect())
    }}

    pub fn find(&self, kind: &'static str, id: i64) -> Result<Option<Row>, StoreError> {{
        Ok(self.rows()?.get(&(kind, id)).cloned())
    }}

    pub fn insert(&self, kind: &'static str, name: &str, size: u32) -> Result<Row, StoreError> {{
        let mut rows = self.rows()?;
        if rows.iter().any(|((k, _), row)| *k == kind && row.name == name) {{
            return Err(StoreError::Duplicate(name.to_owned()));
        }}
        let id = rows.keys().filter(|(k, _)| *k == kind).map(|(_, id)| id + 1).max().unwrap_or(1);
        let row = Row {{ id, name: name.to_owned(), size }};
        rows.insert((kind, id), row.clone());
        Ok(row)
    }}

    pub fn update(&self, kind: &'static str, id: i64, name: Option<&str>, size: Option<u32>) -> Result<Option<Row>, StoreError> {{
        let mut rows = self.rows()?;
        let Some(row) = rows.get_mut(&(kind, id)) else {{
            return Ok(None);
        }};
        if let Some(name) = name {{
            row.name = name.to_owned();
        }}
        if let Some(size) = size {{
            row.size = size;
        }}
        Ok(Some(row.clone()))
    }}

    pub fn delete(&self, kind: &'static str, id: i64) -> Result<bool, StoreError> {{
        Ok(self.rows()?.remove(&(kind, id)).is_some())
    }}
}}

/// What every handler shares.
#[derive(Clone, Default)]
pub struct AppState {{
    pub store: Arc<Store>,
}}

/// Why a request failed, and the status each failure is answered with.
#[derive(Debug{derive})]
pub enum ApiError {{
{variants}}}

impl fmt::Display for ApiError {{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{
        match self {{
            ApiError::NotFound(id) => write!(f, "nothing has id {{id}}"),
            ApiError::Conflict(what) => f.write_str(what),
            ApiError::Invalid(why) => f.write_str(why),
            ApiError::Unavailable => f.write_str("try again later"),
            ApiError::Internal(error) => write!(f, "the store failed: {{error}}"),
        }}
    }}
}}

impl From<StoreError> for ApiError {{
    fn from(error: StoreError) -> ApiError {{
        match error {{
            StoreError::Busy => ApiError::Unavailable,
            StoreError::Duplicate(name) => ApiError::Conflict(format!("{{name:?}} is taken")),
            other => ApiError::Internal(other),
        }}
    }}
}}

impl From<std::num::TryFromIntError> for ApiError {{
    fn from(error: std::num::TryFromIntError) -> ApiError {{
        ApiError::Invalid(error.to_string())
    }}
}}
{status_fn}
/// The body every error is answered with.
#[derive(Debug, Serialize)]
pub struct ErrorBody {{
    pub error: String,
}}

impl IntoResponse for ApiError {{
    fn into_response(self) -> Response {{
        let body = ErrorBody {{ error: self.to_string() }};
        ({status_expr}, Json(body)).into_response()
    }}
}}

/// A name must have something in it besides spaces.
pub fn valid_name(name: &str) -> Result<&str, ApiError> {{
    let name = name.trim();
    if name.is_empty() {{
        return Err(ApiError::Invalid("the name is empty".into()));
    }}
    Ok(name)
}}

/// Every route.
pub fn routes() -> Router<AppState> {{
    Router::new()
{routes}}}

/// The service over `state`.
pub fn router(state: AppState) -> Router {{
    routes(){check}.with_state(state)
}}

"""

SERVICE_VARIANTS_PLAIN = """    NotFound(i64),
    Conflict(String),
    Invalid(String),
    Unavailable,
    Internal(StoreError),
"""

SERVICE_VARIANTS_CHECKED = """    #[status(404)]
    NotFound(i64),
    #[status(409)]
    Conflict(String),
    #[status(422)]
    Invalid(String),
    #[status(503)]
    Unavailable,
    #[status(500)]
    Internal(StoreError),
"""

SERVICE_STATUS_FN = """
impl ApiError {
    /// The status the error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}
"""

# One resource: its types and five handlers. `{k}` is the resource's number; `{R.x}` the
# `#[responds]` line of handler x, empty in the plain service.
SERVICE_MODULE = """//! Resource {k}. Generated by bench/compile-cost.py. Do not edit.

use axum::extract::{{Path, Query, State}};
use axum::http::StatusCode;
use axum::Json;
use serde::{{Deserialize, Serialize}};
{use_responds}
use crate::{{valid_name, ApiError, AppState, Row}};

const KIND: &str = "thing{k}";

/// A thing of kind {k}, as the client sees it.
#[derive(Clone, Debug, Serialize, Deserialize{schema})]
pub struct Thing{k} {{
    pub id: i64,
    pub name: String,
    pub size: u32,
}}

impl From<Row> for Thing{k} {{
    fn from(row: Row) -> Thing{k} {{
        Thing{k} {{ id: row.id, name: row.name, size: row.size }}
    }}
}}

/// The body of a create request.
#[derive(Debug, Deserialize{schema})]
pub struct NewThing{k} {{
    pub name: String,
    pub size: u32,
}}

/// The body of an update request: the fields to change.
#[derive(Debug, Deserialize{schema})]
pub struct Changes{k} {{
    pub name: Option<String>,
    pub size: Option<i64>,
}}

/// `?limit=10&offset=20`.
#[derive(Debug, Deserialize)]
pub struct Page{k} {{
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}}

/// List things of kind {k}, a page at a time.
{R_list}pub async fn list_{k}(
    State(state): State<AppState>,
    Query(page): Query<Page{k}>,
) -> Result<Json<Vec<Thing{k}>>, ApiError> {{
    let limit = page.limit.unwrap_or(20);
    if limit == 0 || limit > 100 {{
        return Err(ApiError::Invalid(format!("the limit must be from 1 to 100, not {{limit}}")));
    }}
    let rows = state.store.list(KIND, limit as usize, page.offset.unwrap_or(0) as usize)?;
    Ok(Json(rows.into_iter().map(Thing{k}::from).collect()))
}}

/// Fetch one thing of kind {k}.
{R_get}pub async fn get_{k}(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Json<Thing{k}>, ApiError> {{
    let row = state.store.find(KIND, id)?.ok_or(ApiError::NotFound(id))?;
    Ok(Json(Thing{k}::from(row)))
}}

/// Create a thing of kind {k}.
{R_create}pub async fn create_{k}(
    State(state): State<AppState>,
    Json(new): Json<NewThing{k}>,
) -> Result<(StatusCode, Json<Thing{k}>), ApiError> {{
    let name = valid_name(&new.name)?;
    let row = state.store.insert(KIND, name, new.size)?;
    Ok((StatusCode::CREATED, Json(Thing{k}::from(row))))
}}

/// Change a thing of kind {k}.
{R_update}pub async fn update_{k}(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Json(changes): Json<Changes{k}>,
) -> Result<Json<Thing{k}>, ApiError> {{
    let name = changes.name.as_deref().map(valid_name).transpose()?;
    let size = changes.size.map(u32::try_from).transpose()?;
    let row = state.store.update(KIND, id, name, size)?.ok_or(ApiError::NotFound(id))?;
    Ok(Json(Thing{k}::from(row)))
}}

/// Delete a thing of kind {k}.
{R_delete}pub async fn delete_{k}(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {{
    if state.store.delete(KIND, id)? {{
        Ok(StatusCode::NO_CONTENT)
    }} else {{
        Err(ApiError::NotFound(id))
    }}
}}
"""

# The contract of each handler, as a careful user writes it: every status the body and the
# error conversions can answer with (the extractors' rejections are implied), with `strict`
# where the body names them all, `debug_check` on two handlers of five, and `all_errors` on
# the one that can fail in every way.
SERVICE_RESPONDS = {
    "list": "#[responds(strict, 200, 422, 500, 503)]\n",
    "get": "#[responds(strict, 200, 404, 500, 503, debug_check)]\n",
    "create": "#[responds(strict, 201, 409, 422, 500, 503, debug_check)]\n",
    "update": "#[responds(200, 404, 409, 422, 500, 503, all_errors)]\n",
    "delete": "#[responds(strict, 204, 404, 500, 503)]\n",
}


# Each handler's method and path, for `#[utoipa::path]`, by kind; `{k}` is the resource.
SERVICE_OPERATIONS = {
    "list": ("get", "/things{k}"),
    "get": ("get", "/things{k}/{{id}}"),
    "create": ("post", "/things{k}"),
    "update": ("patch", "/things{k}/{{id}}"),
    "delete": ("delete", "/things{k}/{{id}}"),
}


def utoipa_path(kind, k, checked):
    """`#[utoipa::path]` for a handler. Without the contract it lists each status the contract
    would declare, with a description; under `#[responds]` it lists none, and the contract
    writes them (codes written once). Both documents say the same."""
    method, path = SERVICE_OPERATIONS[kind]
    path = path.format(k=k)
    head = f'#[utoipa::path({method}, path = "{path}", tag = "things{k}"'
    if checked:
        return head + ")]\n"
    codes = re.findall(r"\b[1-5]\d\d\b", SERVICE_RESPONDS[kind])
    responses = ", ".join(f'(status = {c}, description = "answered with {c}")' for c in codes)
    return head + f", responses({responses}))]\n"


def write_service(root, variant):
    """The axum service: `axum-plain` without the status crates, `axum-checked` with
    `#[derive(ResponseStatus)]`, `#[responds]` on every handler, every handler under its
    contract and the router under `ContractCheckLayer`; `axum-checked-routes` with the contracts on
    the methods' routes instead; `axum-utoipa` and `axum-utoipa-checked`, `axum-plain` and
    `axum-checked` with `#[utoipa::path]` on every handler (under `#[responds]`) and an
    `OpenApi` document of them all."""
    checked = variant in ("axum-checked", "axum-checked-layer", "axum-checked-routes",
                          "axum-utoipa-checked")
    on_routes = variant == "axum-checked-routes"
    handler_layer = variant == "axum-checked-layer"
    documented = variant.startswith("axum-utoipa")
    status_deps = (
        f'status-core = {{ path = "{WORKSPACE / "status-core"}", features = ["axum"] }}\n'
        f'status-macros = {{ path = "{WORKSPACE / "status-macros"}" }}\n'
        if checked else "")
    crate, src, name = new_crate(root, variant, (
        "# The same axum features in every variant, so axum is built once for all: those\n"
        "# status-core's `axum` feature turns on, which an app on axum's defaults has too.\n"
        'axum = { version = "0.8", default-features = false, '
        'features = ["form", "json", "query", "tokio", "matched-path"] }\n'
        'serde = { version = "1", features = ["derive"] }\n'
        + ('utoipa = "6"\n' if documented else "") + status_deps))

    routes = []
    for k in range(N_RESOURCES):
        def handler(kind):
            return f"r{k}::{kind}_{k}"

        def contract(kind):
            return f"r{k}::{kind.upper()}_{k}_RESPONSES"

        paths = ((f"/things{k}", ("list", "get"), ("create", "post")),
                 (f"/things{k}/{{id}}", ("get", "get"), ("update", "patch"), ("delete", "delete")))
        for path, *methods in paths:
            if on_routes:
                # One `route` per method, the contract on the method's route (axum merges the
                # methods of a path).
                routes.extend(
                    f'        .route("{path}", {method}({handler(kind)}).layer({contract(kind)}.layer()))\n'
                    for kind, method in methods)
            else:
                chain = ".".join(
                    f"{method}({handler(kind)}.layer({contract(kind)}.layer()))" if handler_layer
                    else f"{method}({contract(kind)}.on({handler(kind)}))" if checked
                    else f"{method}({handler(kind)})"
                    for kind, method in methods)
                routes.append(f'        .route("{path}", {chain})\n')
        (src / f"r{k}.rs").write_text(SERVICE_MODULE.format(
            k=k,
            use_responds="use status_macros::responds;\n" if checked else "",
            schema=", utoipa::ToSchema" if documented else "",
            **{f"R_{kind}": (line if checked else "")
               + (utoipa_path(kind, k, checked) if documented else "")
               for kind, line in SERVICE_RESPONDS.items()},
        ), encoding="utf-8")
    (src / "lib.rs").write_text(SERVICE_LIB.format(
        variant=variant,
        n=N_SERVICE_HANDLERS,
        resources=N_RESOURCES,
        imports=(("use axum::routing::{delete, patch, post};\n" if on_routes
                  else "use axum::handler::Handler;\n" if handler_layer else "")
                 + "use status_core::route_check::ContractCheckLayer;\n"
                 "use status_macros::ResponseStatus;\n" if checked
                 else "use axum::http::StatusCode;\n"),
        modules="".join(f"pub mod r{k};\n" for k in range(N_RESOURCES)),
        derive=", ResponseStatus" if checked else "",
        variants=SERVICE_VARIANTS_CHECKED if checked else SERVICE_VARIANTS_PLAIN,
        status_fn="" if checked else SERVICE_STATUS_FN,
        status_expr="self.status().to_http()" if checked else "self.status()",
        routes="".join(routes).rstrip("\n") + "\n",
        check=".layer(ContractCheckLayer::new())" if checked else "",
    ) + (SERVICE_DOCUMENT.format(
        paths=", ".join(f"r{k}::{kind}_{k}" for k in range(N_RESOURCES)
                        for kind in SERVICE_OPERATIONS),
        schemas=", ".join(f"r{k}::{kind}{k}" for k in range(N_RESOURCES)
                          for kind in ("Thing", "NewThing", "Changes")))
        if documented else ""), encoding="utf-8")
    return crate, name


SERVICE_DOCUMENT = """
/// The OpenAPI document of every handler.
#[derive(utoipa::OpenApi)]
#[openapi(paths({paths}), components(schemas({schemas})))]
pub struct ApiDoc;
"""


# --------------------------------------------------------------------------------------
# The probe: status-macros-impl's expand functions timed directly, outside rustc

PROBE_TOML = """[package]
name = "cc-probe"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
status-macros-impl = {{ path = "{impl_path}" }}
proc-macro2 = "1"
# The same features status-macros-impl asks for, so no second build of syn.
syn = {{ version = "3", default-features = false, features = ["parsing", "printing", "full", "visit"] }}

# Like the build-override profile that proc macros get by default under `cargo check`:
# opt-level 0, no debug info.
[profile.dev]
debug = false

[workspace]
"""

PROBE_RS = r"""
//! Times status-macros-impl's expand functions on the inputs of the generated crate, and
//! writes each #[responds] expansion as one line of responds-expanded.txt.
use std::str::FromStr;
use std::time::Instant;

use proc_macro2::TokenStream;
use status_macros_impl::{expand_responds, expand_status, Lang};

/// Best of `reps` runs of `f` over all inputs, in microseconds per input.
fn best<T>(reps: usize, n: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..reps {
        let start = Instant::now();
        std::hint::black_box(f());
        best = best.min(start.elapsed().as_secs_f64());
    }
    best * 1e6 / n.max(1) as f64
}

fn main() {
    let dir = std::env::args().nth(1).expect("scratch directory");
    let reps = 7;
    let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).expect(name);
    let status_src = read("status-inputs.txt");
    let responds_src = read("responds-inputs.txt");
    let status_in: Vec<(String, TokenStream)> = status_src
        .lines()
        .map(|line| (line.to_owned(), TokenStream::from_str(line).unwrap()))
        .collect();
    let responds_in: Vec<(TokenStream, TokenStream)> = responds_src
        .lines()
        .map(|line| {
            let (attr, item) = line.split_once('\x1f').unwrap();
            (TokenStream::from_str(attr).unwrap(), TokenStream::from_str(item).unwrap())
        })
        .collect();

    let mut rows: Vec<(String, usize, f64)> = Vec::new();
    let all: Vec<&TokenStream> = status_in.iter().map(|(_, t)| t).collect();
    let forms: [(&str, fn(&str) -> bool); 3] = [
        ("status! number", |s| s.starts_with(|c: char| c.is_ascii_digit())),
        ("status! name", |s| s.starts_with(|c: char| c.is_ascii_uppercase())),
        ("status! phrase", |s| s.starts_with('"')),
    ];
    let run_status = |inputs: &[&TokenStream]| {
        inputs.iter().map(|t| expand_status((*t).clone(), Lang::English)).collect::<Vec<_>>()
    };
    rows.push(("status! (all)".into(), all.len(), best(reps, all.len(), || run_status(&all))));
    for (label, pick) in forms {
        let subset: Vec<&TokenStream> =
            status_in.iter().filter(|(s, _)| pick(s)).map(|(_, t)| t).collect();
        rows.push((label.into(), subset.len(), best(reps, subset.len(), || run_status(&subset))));
    }
    let n = responds_in.len();
    rows.push(("#[responds] (all)".into(), n, best(reps, n, || {
        responds_in
            .iter()
            .map(|(a, i)| expand_responds(a.clone(), i.clone(), Lang::English))
            .collect::<Vec<_>>()
    })));
    rows.push(("  of which syn::parse2::<ItemFn>".into(), n, best(reps, n, || {
        responds_in
            .iter()
            .map(|(_, i)| syn::parse2::<syn::ItemFn>(i.clone()).unwrap())
            .collect::<Vec<_>>()
    })));

    let mut expanded = String::new();
    let (mut tokens_in, mut tokens_out) = (0, 0);
    for (attr, item) in &responds_in {
        let out = expand_responds(attr.clone(), item.clone(), Lang::English);
        tokens_in += count(attr) + count(item);
        tokens_out += count(&out);
        expanded.push_str(&out.to_string());
        expanded.push('\n');
    }
    std::fs::write(format!("{dir}/responds-expanded.txt"), expanded).unwrap();

    // JSON by hand: the probe has no dependencies beyond the macros' own.
    let rows: Vec<String> = rows
        .iter()
        .map(|(label, n, us)| format!("{{\"what\": {label:?}, \"n\": {n}, \"us_each\": {us:.2}}}"))
        .collect();
    println!(
        "{{\"rows\": [{}], \"responds_tokens_in\": {tokens_in}, \"responds_tokens_out\": {tokens_out}}}",
        rows.join(", ")
    );
}

fn count(stream: &TokenStream) -> usize {
    stream
        .clone()
        .into_iter()
        .map(|tree| match tree {
            proc_macro2::TokenTree::Group(group) => 2 + count(&group.stream()),
            _ => 1,
        })
        .sum()
}
"""


def run_probe(root, target_dir, offline, release, log):
    """Builds and runs the probe; returns its JSON. The expansions land in the scratch dir."""
    probe = root / "probe"
    (probe / "src").mkdir(parents=True, exist_ok=True)
    (probe / "Cargo.toml").write_text(
        PROBE_TOML.format(impl_path=WORKSPACE / "status-macros-impl"), encoding="utf-8")
    (probe / "src" / "main.rs").write_text(PROBE_RS, encoding="utf-8")
    copy_lock(probe)
    cmd = ["cargo", "run", "--quiet", "--manifest-path", str(probe / "Cargo.toml")]
    if offline:
        cmd.append("--offline")
    if release:
        cmd.append("--release")
    log(f"probe: cargo run{' --release' if release else ''} (status-macros-impl timed directly)")
    env = cargo_env(target_dir, False)
    proc = subprocess.run(cmd + ["--", str(root)], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit("the probe failed")
    return json.loads(proc.stdout)


# --------------------------------------------------------------------------------------
# Running cargo


def cargo_env(target_dir, incremental):
    env = dict(os.environ)
    env["CARGO_TARGET_DIR"] = str(target_dir)
    env["CARGO_INCREMENTAL"] = "1" if incremental else "0"
    env.pop("RUSTC_WRAPPER", None)
    env.pop("CARGO_BUILD_RUSTC_WRAPPER", None)
    env["CARGO_TERM_COLOR"] = "never"
    return env


def cargo_check(crate, env, offline):
    cmd = ["cargo", "check", "--manifest-path", str(crate / "Cargo.toml")]
    if offline:
        cmd.append("--offline")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time of cargo and the rustc it ran (reaped children are counted): less disturbed
    # than wall time when other work competes for the cores.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, proc


def compiled_units(stderr):
    return re.findall(r"^\s*(?:Compiling|Checking)\s+(\S+)", stderr, re.M)


def touch(crate):
    now = time.time()
    for path in (crate / "src").rglob("*.rs"):
        os.utime(path, (now, now))


def timed_run(crate, name, env, offline, retries=3):
    """Touch the sources and time `cargo check`; retried if anything but the crate rebuilt
    (someone edited the macros mid-run) or the crate did not rebuild."""
    for _ in range(retries):
        touch(crate)
        elapsed, cpu, proc = cargo_check(crate, env, offline)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            sys.exit(f"cargo check of {name} failed")
        units = compiled_units(proc.stderr)
        if units == [name]:
            if "warning" in proc.stderr:
                sys.stderr.write(proc.stderr)
                sys.exit(f"cargo check of {name} warned; the generated code should be clean")
            return elapsed, cpu
        print(f"  note: {name}: rebuilt {units or 'nothing'}, running again", file=sys.stderr)
    sys.exit(f"{name}: could not get a run that rebuilds only the crate")


# --------------------------------------------------------------------------------------


def median(xs):
    return statistics.median(xs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds (default 7)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="untimed touched rounds after the dependency build (default 1)")
    parser.add_argument("--dir", type=Path, default=WORKSPACE / "target" / "compile-cost",
                        help="scratch directory (default: target/compile-cost in the workspace)")
    parser.add_argument("--variants", default=None,
                        help="comma-separated subset of " + ",".join(VARIANTS)
                             + " (default: all but responds-expanded, which --probe adds)")
    parser.add_argument("--probe", action="store_true",
                        help="also time status-macros-impl's expand functions directly "
                             "(opt-level 0, as proc macros are built for cargo check, and "
                             "opt-level 3), and add the responds-expanded variant: the "
                             "#[responds] expansions written out as source")
    parser.add_argument("--incremental", action="store_true",
                        help="keep incremental compilation on (default off: every run is a "
                             "full check of the crate, as in CI or a first build)")
    parser.add_argument("--online", action="store_true", help="let cargo use the network")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--no-service", action="store_true",
                        help="leave out the axum service (axum-plain, axum-checked, axum-checked-routes)")
    args = parser.parse_args()

    if args.variants is None:
        variants = VARIANTS if args.probe else DEFAULT_VARIANTS
        if args.no_service:
            variants = [v for v in variants if v not in SERVICE]
    else:
        variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    for v in variants:
        if v not in VARIANTS:
            parser.error(f"unknown variant {v!r}")
    if "responds-expanded" in variants and not args.probe:
        parser.error("the responds-expanded variant needs --probe")
    variants = [v for v in VARIANTS if v in variants]
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")

    root = args.dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    target_dir = root / "target"
    env = cargo_env(target_dir, args.incremental)
    offline = not args.online
    def log(*parts):  # progress, kept off stdout so that stdout is the result alone
        print(*parts, file=sys.stderr, flush=True)

    codes = [c for c in sendable_codes() if c[0] not in WARNED_CODES]
    crates = {}
    for v in variants:
        if v in SERVICE:
            crates[v] = write_service(root, v)
        elif v != "responds-expanded":
            crate, name, _ = write_crate(root, v, codes)
            crates[v] = (crate, name)
    probe = {}
    if args.probe:
        # Macro inputs one per line, for the probe that calls status-macros-impl.
        _, inputs = generate_items("with-macros", codes)
        (root / "status-inputs.txt").write_text("\n".join(inputs["status"]) + "\n")
        (root / "responds-inputs.txt").write_text(
            "".join(f"{attr}\x1f{item}\n" for attr, item in inputs["responds"]))
        probe["opt-level 0"] = run_probe(root, target_dir, offline, False, log)
        probe["opt-level 3"] = run_probe(root, target_dir, offline, True, log)
        expansions = (root / "responds-expanded.txt").read_text().splitlines()
        if "responds-expanded" in variants:
            crate, name, _ = write_crate(root, "responds-expanded", codes, expansions)
            crates["responds-expanded"] = (crate, name)

    rustc = subprocess.run(["rustc", "-V"], capture_output=True, text=True).stdout.strip()
    log(f"generated {', '.join(variants)} in {root}")
    log(f"{TOTAL_STATUS} status! calls, {N_RESPONDS} #[responds] handlers, "
        f"{N_MODULES} modules, {len(codes)} codes cycled as number / name / phrase")
    if any(v in SERVICE for v in variants):
        log(f"axum service: {N_SERVICE_HANDLERS} handlers in {N_RESOURCES} modules")

    # Dependencies once (the shared target dir), then a no-op check as cargo's own overhead.
    noop = {}
    for v in variants:
        crate, name = crates[v]
        log(f"warm-up: cargo check {name}")
        _, _, proc = cargo_check(crate, env, offline)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            sys.exit(f"cargo check of {name} failed")
        noop[v] = cargo_check(crate, env, offline)[0]
    for _ in range(args.warmup):
        for v in variants:
            timed_run(*crates[v], env, offline)
    log(f"timing {args.rounds} rounds")

    times = {v: [] for v in variants}
    cpu = {v: [] for v in variants}
    orders = []
    for r in range(args.rounds):
        order = variants[r % len(variants):] + variants[:r % len(variants)]
        orders.append(order)
        for v in order:
            wall, used = timed_run(*crates[v], env, offline)
            times[v].append(wall)
            cpu[v].append(used)
        cells = "  ".join(f"{v} {times[v][-1]:.2f}s" for v in order)
        log(f"  round {r + 1}: {cells}")

    wall_summary = summarize(times, variants)
    cpu_summary = summarize(cpu, variants)
    result = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "rustc": rustc,
        "host": f"{platform.machine()} {platform.system()}, {os.cpu_count()} cpus, "
                f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end",
        "command": "cargo check" + (" --offline" if offline else "")
                   + f" (CARGO_INCREMENTAL={env['CARGO_INCREMENTAL']})",
        "status_calls": TOTAL_STATUS,
        "responds_handlers": N_RESPONDS,
        "service_handlers": N_SERVICE_HANDLERS,
        "rounds": args.rounds,
        "orders": orders,
        "noop_check_seconds": noop,
        "probe_us_each": probe,
        "wall": wall_summary,
        "cpu": cpu_summary,
        "targets": targets(wall_summary, cpu_summary),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0

    print()
    print(f"compile cost of status! and #[responds], {result['date']}")
    print(f"{rustc}; {result['host']}")
    print(f"{result['command']} of each crate alone after touching its sources; "
          f"{TOTAL_STATUS} status!, {N_RESPONDS} #[responds]")
    for title, summary in (("wall time (time.perf_counter)", wall_summary),
                           ("CPU time of cargo + rustc (user + sys)", cpu_summary)):
        print()
        print(f"== {title}")
        print_summary(summary, variants, orders, noop if summary is wall_summary else None)
    if probe:
        print()
        print("== status-macros-impl timed directly (best of 7, microseconds per call)")
        levels = list(probe)
        print(f"  {'':<34}{'n':>5}" + "".join(f"{lvl:>14}" for lvl in levels))
        for i, row in enumerate(probe[levels[0]]["rows"]):
            print(f"  {row['what']:<34}{row['n']:>5}"
                  + "".join(f"{probe[lvl]['rows'][i]['us_each']:>14.1f}" for lvl in levels))
        first = probe[levels[0]]
        print(f"  #[responds] tokens in {first['responds_tokens_in']}, "
              f"out {first['responds_tokens_out']}")
    if result["targets"]:
        print()
        print("== the figures held to a target (medians of per-round ratios)")
        for row in result["targets"]:
            verdict = "met" if row["cpu"] <= row["target"] else "NOT met"
            print(f"  {row['label']:<46} {row['wall']:.3f} wall, {row['cpu']:.3f} CPU; "
                  f"target <= {row['target']}: {verdict} (by CPU time)")
    return 0


def targets(wall_summary, cpu_summary):
    """The figures of TARGETS this run has both sides of, and ADDED_COST_TARGET's."""
    rows = []
    for variant, baseline, target in TARGETS:
        wall = pair_ratio(wall_summary, variant, baseline)
        cpu = pair_ratio(cpu_summary, variant, baseline)
        if wall is not None:
            rows.append({"label": f"{variant} / {baseline}", "target": target,
                         "wall": wall, "cpu": cpu})
    contract, other, base, target = ADDED_COST_TARGET
    wall = added_cost_ratio(wall_summary, contract, other, base)
    if wall is not None:
        rows.append({"label": f"({contract} - {base}) / ({other} - {base})", "target": target,
                     "wall": wall, "cpu": added_cost_ratio(cpu_summary, contract, other, base)})
    return rows


def added_cost_ratio(summary, contract, other, base):
    """What `contract` adds to `base` over what `other` adds to it, per round, median."""
    samples = summary["seconds"]
    if any(v not in samples for v in (contract, other, base)):
        return None
    return median([(c - b) / (o - b)
                   for c, o, b in zip(samples[contract], samples[other], samples[base])])


def pair_ratio(summary, variant, baseline):
    samples = summary["seconds"]
    if variant not in samples or baseline not in samples:
        return None
    return median([a / b for a, b in zip(samples[variant], samples[baseline])])


def summarize(samples, variants):
    """Medians, ratios to bare, and ratios between neighbouring variants, per-round paired."""
    med = {v: median(samples[v]) for v in variants}
    ratios = {}
    if "bare" in variants:
        for v in variants:
            if v == "bare":
                continue
            if v in SERVICE:
                continue
            per_round = [a / b for a, b in zip(samples[v], samples["bare"])]
            ratios[v] = {"per_round": per_round, "median_of_ratios": median(per_round),
                         "ratio_of_medians": med[v] / med["bare"]}
    steps = []
    chain = [v for v in SYNTHETIC if v in variants]
    pairs = list(zip(chain, chain[1:]))
    service_pairs = [("axum-plain", "axum-checked"), ("axum-plain", "axum-checked-layer"),
                     ("axum-plain", "axum-checked-routes"),
                     ("axum-plain", "axum-utoipa"), ("axum-utoipa", "axum-utoipa-checked")]
    pairs += [(lo, hi) for lo, hi in service_pairs if lo in variants and hi in variants]
    for lo, hi in pairs:
        per_round = [a / b for a, b in zip(samples[hi], samples[lo])]
        steps.append({"from": lo, "to": hi, "median_of_ratios": median(per_round),
                      "ratio_of_medians": med[hi] / med[lo]})
    return {"seconds": samples, "median_seconds": med, "ratios_to_bare": ratios, "steps": steps}


def print_summary(summary, variants, orders, noop):
    samples, med, ratios = summary["seconds"], summary["median_seconds"], summary["ratios_to_bare"]
    width = max(9, *(len(v) for v in variants))
    head = f"{'round':>6}  " + "  ".join(f"{v:>{width}}" for v in variants)
    if "with-macros" in ratios:
        head += f"  {'with/bare':>9}"
    print(head)
    for r, order in enumerate(orders):
        cells = "  ".join(f"{(('*' if v == order[0] else '') + f'{samples[v][r]:.3f}s'):>{width}}"
                          for v in variants)
        line = f"{r + 1:>6}  {cells}"
        if "with-macros" in ratios:
            line += f"  {ratios['with-macros']['per_round'][r]:>9.3f}"
        print(line)
    print(f"{'median':>6}  " + "  ".join(f"{f'{med[v]:.3f}s':>{width}}" for v in variants))
    if noop:
        print(f"{'no-op':>6}  " + "  ".join(f"{f'{noop[v]:.3f}s':>{width}}" for v in variants)
              + "  (cargo check with nothing to do)")
    print("(* ran first in its round; the order rotates every round)")
    if ratios:
        print(f"{'ratio to bare':<42}{'median of per-round ratios':>28}{'ratio of medians':>18}")
        for v, r in ratios.items():
            print(f"  {v:<40}{r['median_of_ratios']:>28.3f}{r['ratio_of_medians']:>18.3f}")
    if summary["steps"]:
        print(f"{'step':<42}{'median of per-round ratios':>28}{'ratio of medians':>18}")
        for st in summary["steps"]:
            label = f"{st['from']} -> {st['to']}"
            print(f"  {label:<40}{st['median_of_ratios']:>28.3f}{st['ratio_of_medians']:>18.3f}")


if __name__ == "__main__":
    sys.exit(main())
