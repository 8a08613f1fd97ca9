//! The actix-web service under load, with and without the route check, side by side, as the
//! axum service's `load` example measures its own.
//!
//! ```text
//! cargo run --release -p status-examples-actix --example load
//! cargo run --release -p status-examples-actix --example load -- --requests 50000 --concurrency 32
//! ```
//!
//! Starts two servers on 127.0.0.1, each with one worker over a fresh in-memory database
//! seeded with 100 users: `bare` (the handlers with no contract and no check,
//! `service::bare_routes`) and `checked` (the service as it ships: every route under its
//! handler's contract, the `App` under a `ContractCheckLayer`). The load generator runs on a
//! thread of its own, and the requests go in alternating rounds, as for axum. The mixes are the
//! axum service's, but for the id that is not a number, which actix's `Path` answers with 404.
//!
//! Prints a table per mix and the checked/bare throughput ratio, and on Linux the worker
//! thread's CPU time per request. Exits with 1 if a request failed, was lost or got a status
//! other than the mix's, and with 2 for a bad command line; the speed is reported, not judged.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use actix_web::dev::ServerHandle;
use actix_web::web::{Data, ServiceConfig};
use actix_web::{App, HttpServer};
use status_examples::load::compare::{self, Served};
use status_examples::load::{self, Step};
use status_examples::service::AppState;
use status_examples_actix::service;

/// How a variant registers the service's routes.
type Routes = fn(&mut ServiceConfig);

/// The two variants compared, in the order of the table: their routes, and whether the `App`
/// is under the route check.
const VARIANTS: [(&str, Routes, bool); 2] = [
    ("bare", service::bare_routes, false),
    ("checked", service::routes, true),
];

/// One variant served on loopback by one worker, until dropped.
struct ActixServer {
    address: SocketAddr,
    /// Where Linux keeps the worker thread's run time, in nanoseconds.
    schedstat: Option<PathBuf>,
    handle: ServerHandle,
    thread: Option<thread::JoinHandle<()>>,
}

impl ActixServer {
    fn start(
        state: AppState,
        routes: fn(&mut ServiceConfig),
        checked: bool,
    ) -> Result<Self, String> {
        let (started, receiver) = mpsc::channel();
        let (worker, worker_thread) = mpsc::sync_channel(1);
        // One worker serving `$app` on a free loopback port; the factory runs on the worker's
        // thread, whose `/proc/thread-self` it sends back.
        macro_rules! serve {
            ($app:expr) => {{
                let server = HttpServer::new(move || {
                    let own = std::fs::read_link("/proc/thread-self").ok();
                    let _ = worker
                        .try_send(own.map(|own| Path::new("/proc").join(own).join("schedstat")));
                    $app
                })
                .workers(1)
                .bind(("127.0.0.1", 0));
                match server {
                    Ok(server) => {
                        let address = server.addrs()[0];
                        let server = server.run();
                        let _ = started.send(Ok((address, server.handle())));
                        let _ = server.await;
                    }
                    Err(error) => {
                        let _ = started.send(Err(format!("no server: {error}")));
                    }
                }
            }};
        }
        let thread = thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let state = Data::new(state);
                if checked {
                    let check = service::contract_check();
                    serve!(App::new()
                        .app_data(state.clone())
                        .configure(routes)
                        .wrap(check.clone()))
                } else {
                    serve!(App::new().app_data(state.clone()).configure(routes))
                }
            });
        });
        let (address, handle) = receiver
            .recv_timeout(Duration::from_secs(10))
            .map_err(|_| "the server did not start".to_owned())??;
        let schedstat = worker_thread
            .recv_timeout(Duration::from_secs(10))
            .ok()
            .flatten();
        Ok(ActixServer {
            address,
            schedstat,
            handle,
            thread: Some(thread),
        })
    }
}

impl Served for ActixServer {
    fn address(&self) -> SocketAddr {
        self.address
    }

    fn cpu_time(&self) -> Option<Duration> {
        let text = std::fs::read_to_string(self.schedstat.as_ref()?).ok()?;
        let nanos = text.split_whitespace().next()?.parse().ok()?;
        Some(Duration::from_nanos(nanos))
    }
}

impl Drop for ActixServer {
    fn drop(&mut self) {
        // The command is sent when `stop` is called; the thread's end is what is waited for.
        drop(self.handle.stop(false));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The axum service's mixes, with actix's answer to an id that is not a number.
fn actix_mix(mix: &[Step]) -> Vec<Step> {
    mix.iter()
        .map(|&(request, status)| match request.path {
            "/users/abc" => (request, 404),
            _ => (request, status),
        })
        .collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mixes = [
        ("service", actix_mix(load::SERVICE_MIX)),
        ("/health only", actix_mix(load::HEALTH_MIX)),
    ];
    compare::run(
        "actix-web route check",
        &args,
        VARIANTS.map(|(name, _, _)| name),
        &mixes,
        |variant, state| {
            let (_, routes, checked) = VARIANTS[variant];
            ActixServer::start(state, routes, checked)
        },
    )
    .await
}
