//! The service served on loopback from a thread of its own, by one actix worker, until dropped:
//! what the loopback suite and the load example run.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use actix_web::dev::ServerHandle;
use actix_web::web::{Data, ServiceConfig};
use actix_web::{App, HttpServer};
use status_core::route_check::ContractCheckLayer;
use status_examples::load::compare::Served;
use status_examples::service::AppState;

/// One worker serving the service on a free port of 127.0.0.1.
pub struct Server {
    pub address: SocketAddr,
    /// Where Linux keeps the worker thread's run time, in nanoseconds.
    schedstat: Option<PathBuf>,
    handle: ServerHandle,
    thread: Option<thread::JoinHandle<()>>,
}

impl Server {
    /// Serves `routes` over `state`, with the `App` under `check` when there is one.
    pub fn start(
        state: AppState,
        routes: fn(&mut ServiceConfig),
        check: Option<ContractCheckLayer>,
    ) -> Result<Server, String> {
        let (started, receiver) = mpsc::channel();
        let (worker, worker_thread) = mpsc::sync_channel(1);
        // Serves `$app`; the factory runs on the worker's thread, whose `/proc/thread-self`
        // it sends back. A macro, since the `App` with the check is another type.
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
                match check {
                    Some(check) => serve!(App::new()
                        .app_data(state.clone())
                        .configure(routes)
                        .wrap(check.clone())),
                    None => serve!(App::new().app_data(state.clone()).configure(routes)),
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
        Ok(Server {
            address,
            schedstat,
            handle,
            thread: Some(thread),
        })
    }
}

impl Served for Server {
    fn address(&self) -> SocketAddr {
        self.address
    }

    fn cpu_time(&self) -> Option<Duration> {
        let text = std::fs::read_to_string(self.schedstat.as_ref()?).ok()?;
        let nanos = text.split_whitespace().next()?.parse().ok()?;
        Some(Duration::from_nanos(nanos))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // The command is sent when `stop` is called; the thread's end is what is waited for.
        drop(self.handle.stop(false));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
