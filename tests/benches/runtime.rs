//! Run-time paths of `status-core` against the `http` crate's, and the route check against an
//! unchecked axum router, side by side in one run.
//!
//! ```text
//! cargo bench -p status-tests --bench runtime
//! cargo bench -p status-tests --bench runtime -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! Each group runs ours and http's on the same inputs. One iteration walks the whole input
//! slice; every input goes through `black_box` and every result into `black_box`, so nothing
//! is constant-folded, hoisted or vectorized away. Only the ratios mean anything: the machines
//! these run on are shared and noisy. After criterion's own report, `ratio_summary` reads the
//! mean estimates criterion just wrote and prints ours/http for each group.

use std::fs;
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::SystemTime;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use status_core::{lookup, Status};

/// Every code the registry covers.
fn all_codes() -> Vec<u16> {
    status_core::CODE_RANGE.collect()
}

/// Every code `Status::from_code` accepts.
fn sendable() -> Vec<Status> {
    status_core::entries()
        .iter()
        .filter(|entry| entry.state().is_sendable())
        .map(|entry| Status::from_code(entry.code()).unwrap())
        .collect()
}

/// When the first benchmark started, so the summary can tell this run's estimates from
/// leftovers of an earlier one (a filtered run leaves the other groups' files alone).
static STARTED: OnceLock<SystemTime> = OnceLock::new();

fn lookup_group(c: &mut Criterion) {
    STARTED.get_or_init(SystemTime::now);
    let codes = all_codes();
    let mut group = c.benchmark_group("lookup");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("ours", |b| {
        b.iter(|| {
            for &code in black_box(codes.as_slice()) {
                black_box(lookup(black_box(code)));
            }
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for &code in black_box(codes.as_slice()) {
                let _ = black_box(http::StatusCode::from_u16(black_box(code)));
            }
        })
    });
    group.finish();
}

fn reason_group(c: &mut Criterion) {
    STARTED.get_or_init(SystemTime::now);
    let codes = all_codes();
    let mut group = c.benchmark_group("reason");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("ours", |b| {
        b.iter(|| {
            for &code in black_box(codes.as_slice()) {
                black_box(lookup(black_box(code)).map(|entry| entry.reason()));
            }
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for &code in black_box(codes.as_slice()) {
                black_box(
                    http::StatusCode::from_u16(black_box(code))
                        .ok()
                        .and_then(|code| code.canonical_reason()),
                );
            }
        })
    });
    group.finish();
}

fn to_http_group(c: &mut Criterion) {
    STARTED.get_or_init(SystemTime::now);
    let statuses = sendable();
    let mut group = c.benchmark_group("to_http");
    group.throughput(Throughput::Elements(statuses.len() as u64));
    group.bench_function("ours_from", |b| {
        b.iter(|| {
            for &status in black_box(statuses.as_slice()) {
                black_box(http::StatusCode::from(black_box(status)));
            }
        })
    });
    group.bench_function("ours_to_http", |b| {
        b.iter(|| {
            for &status in black_box(statuses.as_slice()) {
                black_box(black_box(status).to_http());
            }
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for &status in black_box(statuses.as_slice()) {
                black_box(http::StatusCode::from_u16(black_box(status).code()).unwrap());
            }
        })
    });
    group.finish();
}

fn from_http_group(c: &mut Criterion) {
    STARTED.get_or_init(SystemTime::now);
    let codes: Vec<http::StatusCode> = sendable().into_iter().map(Status::to_http).collect();
    let mut group = c.benchmark_group("from_http");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("ours", |b| {
        b.iter(|| {
            for &code in black_box(codes.as_slice()) {
                let _ = black_box(Status::try_from(black_box(code)));
            }
        })
    });
    // What `if let Ok(status) = Status::try_from(code)` pays: the 4-byte `Option<Status>`
    // instead of the whole `Result`, whose `StatusError` makes it 64 bytes.
    group.bench_function("ours_ok", |b| {
        b.iter(|| {
            for &code in black_box(codes.as_slice()) {
                black_box(Status::try_from(black_box(code)).ok());
            }
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for &code in black_box(codes.as_slice()) {
                black_box(black_box(code).as_u16());
            }
        })
    });
    group.finish();
}

/// One request through an axum router in process: a handler with no layer, the same under a
/// handler layer and a router layer that do nothing (what any pair of layers costs in axum),
/// under its route contract and a `ContractCheckLayer` in release mode (the contract as a handler,
/// `on`, and as a tower layer on the handler, `layer`), and under tower-http's `TraceLayer`
/// alone, the layer most services already pay for. `checked` against `noop_layers` is the
/// check's own cost; against `bare`, what a user pays; beside `trace`, what it adds compared
/// with what tracing adds.
fn route_check_group(c: &mut Criterion) {
    use axum::handler::Handler;
    use axum::routing::get;
    use axum::Router;
    use status_core::route_check::{ContractCheckLayer, Mode};
    use status_core::Responses;
    use tower::layer::util::Identity;
    use tower::{Service, ServiceExt};

    const CONTRACT: Responses = Responses::new("user", &[Status::OK, Status::NOT_FOUND], &[]);
    async fn user() -> &'static str {
        "alice"
    }

    STARTED.get_or_init(SystemTime::now);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    let routers = [
        ("bare", Router::new().route("/users/{id}", get(user))),
        (
            "noop_layers",
            Router::new()
                .route("/users/{id}", get(user.layer(Identity::new())))
                .layer(Identity::new()),
        ),
        (
            "checked",
            Router::new()
                .route("/users/{id}", get(CONTRACT.on(user)))
                .layer(ContractCheckLayer::new().mode(Mode::Warn)),
        ),
        (
            "checked_layer",
            Router::new()
                .route("/users/{id}", get(user.layer(CONTRACT.layer())))
                .layer(ContractCheckLayer::new().mode(Mode::Warn)),
        ),
        (
            "trace",
            Router::new()
                .route("/users/{id}", get(user))
                .layer(tower_http::trace::TraceLayer::new_for_http()),
        ),
    ];
    let mut group = c.benchmark_group("route_check");
    for (name, router) in routers {
        let mut service = router.into_service::<axum::body::Body>();
        group.bench_function(name, |b| {
            b.iter(|| {
                runtime.block_on(async {
                    // A static URI: hyper hands a service a URI whose bytes are shared with
                    // its read buffer, so the check's copy of it is a reference count; one
                    // parsed from a `&str` would charge the check an allocation instead.
                    let request = http::Request::builder()
                        .uri(http::Uri::from_static("/users/42"))
                        .body(axum::body::Body::empty())
                        .expect("a request");
                    let ready = service.ready().await.expect("infallible");
                    black_box(ready.call(request).await.expect("infallible"))
                })
            })
        });
    }
    group.finish();
}

/// Where criterion writes its results: `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`,
/// else `criterion` in the target directory this executable was built into
/// (`target/release/deps/runtime-*`).
fn criterion_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return Some(PathBuf::from(home));
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return Some(PathBuf::from(target).join("criterion"));
    }
    let exe = std::env::current_exe().ok()?;
    Some(exe.parent()?.parent()?.parent()?.join("criterion"))
}

/// The mean's point estimate, in nanoseconds per iteration, from criterion's
/// `estimates.json` (`{"mean":{"confidence_interval":{...},"point_estimate":X,...},...}`),
/// and whether the file was written by this run.
fn mean_ns(dir: &std::path::Path, group: &str, function: &str) -> Option<(f64, bool)> {
    let path = dir.join(group).join(function).join("new/estimates.json");
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path).ok()?).ok()?;
    let mean = json.get("mean")?.get("point_estimate")?.as_f64()?;
    let fresh = match (
        STARTED.get(),
        fs::metadata(&path).and_then(|m| m.modified()),
    ) {
        (Some(started), Ok(modified)) => modified >= *started,
        _ => false,
    };
    Some((mean, fresh))
}

fn format_ns(ns: f64) -> String {
    if ns >= 1_000_000.0 {
        format!("{:.3} ms", ns / 1_000_000.0)
    } else if ns >= 1_000.0 {
        format!("{:.3} µs", ns / 1_000.0)
    } else {
        format!("{ns:.3} ns")
    }
}

/// Ours/http for each group, from the estimates criterion wrote. Below 1 means ours is faster.
fn ratio_summary() {
    // Only after a real measurement: `cargo bench` passes `--bench`, `cargo test --benches`
    // does not; `--test`, `--list` and `--profile-time` measure nothing.
    let args: Vec<String> = std::env::args().collect();
    let measured = args.iter().any(|arg| arg == "--bench")
        && !args
            .iter()
            .any(|arg| arg == "--test" || arg == "--list" || arg.starts_with("--profile-time"));
    if !measured {
        return;
    }
    let Some(dir) = criterion_dir() else {
        eprintln!("ratio summary: cannot tell where criterion's results are");
        return;
    };
    let comparisons = [
        ("lookup", "ours", "http"),
        ("reason", "ours", "http"),
        ("to_http", "ours_from", "http"),
        ("to_http", "ours_to_http", "http"),
        ("from_http", "ours", "http"),
        ("from_http", "ours_ok", "http"),
        ("route_check", "checked", "bare"),
        ("route_check", "checked_layer", "bare"),
        ("route_check", "checked", "noop_layers"),
        ("route_check", "trace", "bare"),
    ];
    println!();
    println!("Ratio summary (mean per iteration, ours/theirs; below 1 means ours is faster)");
    println!("results in {}", dir.display());
    println!(
        "{:<12} {:<13} {:>12} {:>12} {:>7}",
        "group", "ours", "ours mean", "theirs mean", "ratio"
    );
    for (group, ours, http) in comparisons {
        match (mean_ns(&dir, group, ours), mean_ns(&dir, group, http)) {
            (Some((ours_ns, ours_fresh)), Some((http_ns, http_fresh))) => {
                let stale = if ours_fresh && http_fresh {
                    ""
                } else {
                    "  (not from this run)"
                };
                println!(
                    "{group:<12} {ours:<13} {:>12} {:>12} {:>7.3}{stale}",
                    format_ns(ours_ns),
                    format_ns(http_ns),
                    ours_ns / http_ns,
                );
            }
            _ => println!("{group:<12} {ours:<13} (no estimates)"),
        }
    }
    // What each adds to a bare request: the route check against TraceLayer.
    let mean = |function| mean_ns(&dir, "route_check", function).map(|(ns, _)| ns);
    if let (Some(bare), Some(checked), Some(trace)) = (mean("bare"), mean("checked"), mean("trace"))
    {
        println!(
            "the route check adds {} to a request, TraceLayer {}: {:.2} times as much",
            format_ns(checked - bare),
            format_ns(trace - bare),
            (checked - bare) / (trace - bare),
        );
    }
}

criterion_group!(
    benches,
    lookup_group,
    reason_group,
    to_http_group,
    from_http_group,
    route_check_group
);
criterion_main!(benches, ratio_summary);
