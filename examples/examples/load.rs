//! The example service under load, with and without the route check, side by side.
//!
//! ```text
//! cargo run --release --example load
//! cargo run --release --example load -- --requests 50000 --concurrency 32
//! ```
//!
//! Starts two servers on 127.0.0.1, each over a fresh in-memory database seeded with 100
//! users: `bare` (the handlers with no route check, behind the service's middleware) and
//! `checked` (the service as it ships: every handler under its contract, the router under a
//! `ContractCheckLayer`). Each runs on one thread and the load generator on another. The requests
//! go in rounds, alternating which variant goes first (A B, B A, A B, ...), so that the
//! machine's noise falls on both alike. Two mixes: the service's usual traffic, and
//! `GET /health` alone, where the check's own cost is the largest share of a request.
//!
//! Prints a table per mix and the checked/bare throughput ratio. On Linux it also gives the
//! server thread's CPU time per request, read from `/proc`: the server's own cost, which the
//! load generator's share of the CPU and the machine's other work do not dilute. Exits with 1 if a request
//! failed, was lost or got a status other than the mix's, and with 2 for a bad command line;
//! the speed is reported, not judged.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use axum::Router;
use status_examples::load::{self, Load, Report, Server, Step};
use status_examples::service::{AppState, REQUEST_TIMEOUT};

const DEFAULT_REQUESTS: usize = 20_000;
const DEFAULT_CONCURRENCY: usize = 64;
/// Rounds per mix; each variant sends a tenth of its requests per round.
const ROUNDS: usize = 10;
/// The whole program's time budget: a request not answered by then is lost.
const BUDGET: Duration = Duration::from_secs(120);
const SEED_USERS: u32 = 100;

/// A router over a database, as `load::bare_router` and `load::checked_router` make it.
type MakeRouter = fn(AppState) -> Router;

/// The two routers compared, in the order of the table.
const VARIANTS: [(&str, MakeRouter); 2] = [
    ("bare", load::bare_router),
    ("checked", load::checked_router),
];

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (requests, concurrency) = match parse(&args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("load: {message}");
            return ExitCode::from(2);
        }
    };
    let deadline = Instant::now() + BUDGET;
    println!(
        "route check under load: {requests} requests per variant and mix, in {ROUNDS} rounds, \
         {concurrency} connections, on 127.0.0.1"
    );
    let mut all_well = true;
    for (name, mix) in [
        ("service", load::SERVICE_MIX),
        ("/health only", load::HEALTH_MIX),
    ] {
        match measure(mix, requests, concurrency, deadline).await {
            Ok(measured) => {
                println!();
                println!("mix: {name} ({} kinds of request)", mix.len());
                all_well &= print_table(&measured);
            }
            Err(message) => {
                eprintln!("load: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    if all_well {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// What [`measure`] found for one mix.
struct Measured {
    /// Each variant's rounds, added up.
    reports: [Report; 2],
    /// The checked/bare throughput ratio of every round.
    ratios: Vec<f64>,
    /// Each variant's warm-up round, whose timings are dropped.
    warm_ups: [Report; 2],
    /// The CPU time each variant's server thread spent in the rounds, where it can be read.
    server_cpu: [Option<Duration>; 2],
}

/// Runs `requests` requests of `mix` against each variant, in rounds, after a warm-up round
/// per variant, each run checked against the statuses the mix expects.
async fn measure(
    mix: &[Step],
    requests: usize,
    concurrency: usize,
    deadline: Instant,
) -> Result<Measured, String> {
    let mut servers = Vec::new();
    for (_, router) in VARIANTS {
        let state = AppState::in_memory().map_err(|error| format!("no database: {error}"))?;
        load::seed(&state, SEED_USERS).map_err(|error| format!("cannot seed: {error}"))?;
        let server = Server::start(router(state)).map_err(|error| format!("no server: {error}"))?;
        servers.push(server);
    }
    let run = |variant: usize, total: usize| {
        let load = Load {
            address: servers[variant].address,
            requests: load::requests(mix),
            total,
            concurrency,
            deadline,
            // Longer than the service's own timeout, so that its 408 arrives first.
            request_timeout: REQUEST_TIMEOUT + Duration::from_secs(5),
        };
        async move {
            let mut report = load.run().await;
            let expected = load::expected_statuses(mix, total);
            if report.statuses != expected && report.first_error.is_none() {
                report.first_error = Some(format!(
                    "statuses {:?}, expected {expected:?}",
                    report.statuses
                ));
            }
            report
        }
    };
    let mut warm_ups = [Report::default(), Report::default()];
    for (variant, warm_up) in warm_ups.iter_mut().enumerate() {
        *warm_up = run(variant, requests.div_ceil(ROUNDS)).await;
    }
    let mut reports = [Report::default(), Report::default()];
    let mut server_cpu = [Some(Duration::ZERO); 2];
    let mut ratios = Vec::new();
    for round in 0..ROUNDS {
        // The remainder goes to the first rounds, so the totals are exact.
        let total = requests / ROUNDS + usize::from(round < requests % ROUNDS);
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        let mut throughput = [0.0; 2];
        for variant in order {
            let before = servers[variant].cpu_time();
            let report = run(variant, total).await;
            let spent = servers[variant].cpu_time().zip(before).map(|(a, b)| a - b);
            server_cpu[variant] = server_cpu[variant]
                .zip(spent)
                .map(|(sum, spent)| sum + spent);
            throughput[variant] = report.throughput();
            reports[variant].add(report);
        }
        ratios.push(throughput[1] / throughput[0]);
    }
    Ok(Measured {
        reports,
        ratios,
        warm_ups,
        server_cpu,
    })
}

/// The table; true if every request, warm-up included, was sent, answered, and answered with
/// the status the mix expects.
fn print_table(measured: &Measured) -> bool {
    let Measured {
        reports,
        ratios,
        warm_ups,
        server_cpu,
    } = measured;
    // The server's CPU time per answer, in microseconds.
    let cpu_per_request: Vec<Option<f64>> = server_cpu
        .iter()
        .zip(reports)
        .map(|(cpu, report)| cpu.map(|cpu| cpu.as_secs_f64() * 1e6 / report.answered as f64))
        .collect();
    println!(
        "{:<8} {:>9} {:>7} {:>5} {:>10} {:>9} {:>9} {:>15}",
        "variant", "requests", "failed", "lost", "req/s", "p50", "p99", "server CPU/req"
    );
    for (((name, _), report), cpu) in VARIANTS.iter().zip(reports).zip(&cpu_per_request) {
        println!(
            "{name:<8} {:>9} {:>7} {:>5} {:>10.0} {:>9} {:>9} {:>15}",
            report.answered,
            report.failed,
            report.lost,
            report.throughput(),
            micros(report.p50()),
            micros(report.p99()),
            cpu.map_or("-".into(), |cpu| format!("{cpu:.1}µs")),
        );
    }
    println!(
        "checked/bare throughput: {:.3} over all rounds; per round: median {:.3}, from {:.3} to {:.3}",
        reports[1].throughput() / reports[0].throughput(),
        median(ratios),
        ratios.iter().copied().fold(f64::INFINITY, f64::min),
        ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    if let [Some(bare), Some(checked)] = cpu_per_request[..] {
        println!("checked/bare server CPU per request: {:.3}", checked / bare);
    }
    println!("statuses of each variant: {:?}", reports[0].statuses);
    let mut all_well = true;
    for ((name, _), (report, warm_up)) in VARIANTS.iter().zip(reports.iter().zip(warm_ups)) {
        for (stage, report) in [("", report), (" (warm-up)", warm_up)] {
            if report.complete() && report.first_error.is_none() {
                continue;
            }
            all_well = false;
            println!(
                "  {name}{stage}: {} of {} requests sent, {} answered, {} failed, {} lost; {}",
                report.sent,
                report.planned,
                report.answered,
                report.failed,
                report.lost,
                report.first_error.as_deref().unwrap_or("no error recorded"),
            );
        }
    }
    all_well
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// `1234µs`, or `-` when nothing was answered.
fn micros(latency: Option<Duration>) -> String {
    latency.map_or("-".into(), |latency| format!("{}µs", latency.as_micros()))
}

/// `--requests N` and `--concurrency C`, in either order, each at most once.
fn parse(args: &[String]) -> Result<(usize, usize), String> {
    let usage = || "usage: load [--requests N] [--concurrency C]".to_owned();
    let mut requests = None;
    let mut concurrency = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let slot = match flag.as_str() {
            "--requests" => &mut requests,
            "--concurrency" => &mut concurrency,
            _ => return Err(usage()),
        };
        let value = match (slot.is_some(), rest.next()) {
            (false, Some(value)) => value,
            _ => return Err(usage()),
        };
        match value.parse::<usize>() {
            Ok(number) if number > 0 => *slot = Some(number),
            _ => return Err(format!("{flag} needs a positive number, not {value:?}")),
        }
    }
    Ok((
        requests.unwrap_or(DEFAULT_REQUESTS),
        concurrency.unwrap_or(DEFAULT_CONCURRENCY),
    ))
}
