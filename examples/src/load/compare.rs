//! The side-by-side comparison the load examples print: two servers of the same service, the
//! baseline and the checked one, sent the same requests in alternating rounds, and a table of
//! what each answered, how fast, and at what CPU cost to its server thread. The axum service's
//! `load` example and the actix service's use it alike.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use super::{Load, Report, Server, Step};
use crate::load;
use crate::service::{AppState, REQUEST_TIMEOUT};

/// A whole comparison's time budget: a request not answered by then is lost.
pub const BUDGET: Duration = Duration::from_secs(120);

/// Requests per variant and mix unless `--requests` says otherwise.
pub const DEFAULT_REQUESTS: usize = 20_000;
/// Connections unless `--concurrency` says otherwise.
pub const DEFAULT_CONCURRENCY: usize = 64;
/// Rounds per mix; each variant sends a tenth of its requests per round.
pub const ROUNDS: usize = 10;
/// Users stored before a run, so that the mixes' reads find someone.
pub const SEED_USERS: u32 = 100;

/// A server the comparison sends requests to, on loopback.
pub trait Served {
    /// Where it listens.
    fn address(&self) -> SocketAddr;
    /// The CPU time its serving thread has used so far, where the platform tells.
    fn cpu_time(&self) -> Option<Duration>;
}

impl Served for Server {
    fn address(&self) -> SocketAddr {
        self.address
    }

    fn cpu_time(&self) -> Option<Duration> {
        Server::cpu_time(self)
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

/// A load example from its command line to its exit code: reads `--requests` and
/// `--concurrency` from `args`, and for each of `mixes` starts the two variants named in
/// `names` (`start(variant, state)`, the baseline first, each over a fresh database seeded with
/// [`SEED_USERS`] users), measures them side by side and prints the table. 0 when every request
/// was answered as its mix expects, 1 otherwise or when a server does not start, 2 for a bad
/// command line.
pub async fn run<S: Served>(
    what: &str,
    args: &[String],
    names: [&str; 2],
    mixes: &[(&str, Vec<Step>)],
    start: impl Fn(usize, AppState) -> Result<S, String>,
) -> ExitCode {
    let (requests, concurrency) = match parse_args(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("load: {message}");
            return ExitCode::from(2);
        }
    };
    let deadline = Instant::now() + BUDGET;
    println!(
        "{what} under load: {requests} requests per variant and mix, in {ROUNDS} rounds, \
         {concurrency} connections, on 127.0.0.1"
    );
    let mut all_well = true;
    for (name, mix) in mixes {
        let mut servers = Vec::new();
        for variant in 0..2 {
            let started = AppState::in_memory()
                .map_err(|error| format!("no database: {error}"))
                .and_then(|state| {
                    load::seed(&state, SEED_USERS)
                        .map_err(|error| format!("cannot seed: {error}"))?;
                    start(variant, state)
                });
            match started {
                Ok(server) => servers.push(server),
                Err(message) => {
                    eprintln!("load: {message}");
                    return ExitCode::FAILURE;
                }
            }
        }
        let served: [&dyn Served; 2] = [&servers[0], &servers[1]];
        let measured = measure(served, mix, requests, concurrency, deadline).await;
        println!();
        println!("mix: {name} ({} kinds of request)", mix.len());
        all_well &= print_table(names, &measured);
    }
    if all_well {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Runs `requests` requests of `mix` against each of the two `servers` (the baseline first),
/// in rounds, after a warm-up round per server, each run checked against the statuses the mix
/// expects.
async fn measure(
    servers: [&dyn Served; 2],
    mix: &[Step],
    requests: usize,
    concurrency: usize,
    deadline: Instant,
) -> Measured {
    let run = |variant: usize, total: usize| {
        let load = Load {
            address: servers[variant].address(),
            requests: load::requests(mix),
            total,
            concurrency,
            deadline,
            // Longer than the services' own timeout, so that its 408 arrives first.
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
    Measured {
        reports,
        ratios,
        warm_ups,
        server_cpu,
    }
}

/// The table, one row per variant named in `names` (the baseline first); true if every
/// request, warm-up included, was sent, answered, and answered with the status the mix
/// expects.
fn print_table(names: [&str; 2], measured: &Measured) -> bool {
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
    for ((name, report), cpu) in names.iter().zip(reports).zip(&cpu_per_request) {
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
        "{}/{} throughput: {:.3} over all rounds; per round: median {:.3}, from {:.3} to {:.3}",
        names[1],
        names[0],
        reports[1].throughput() / reports[0].throughput(),
        median(ratios),
        ratios.iter().copied().fold(f64::INFINITY, f64::min),
        ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    if let [Some(bare), Some(checked)] = cpu_per_request[..] {
        println!(
            "{}/{} server CPU per request: {:.3}",
            names[1],
            names[0],
            checked / bare
        );
    }
    println!("statuses of each variant: {:?}", reports[0].statuses);
    let mut all_well = true;
    for (name, (report, warm_up)) in names.iter().zip(reports.iter().zip(warm_ups)) {
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
fn parse_args(args: &[String]) -> Result<(usize, usize), String> {
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
