//! A small load generator, and what the service's load test runs it against.
//!
//! [`Load::run`] opens a number of HTTP/1.1 keep-alive connections, each a plain tokio
//! `TcpStream`, and sends each its share of the requests one after another, reading every
//! answer whole (status line, headers, and a `Content-Length` or chunked body) and timing it.
//! No HTTP client library: the client's own work stays small and the same for whatever server
//! it measures. The [`Report`] counts what was sent, answered, failed and lost, the statuses by
//! code, and gives the throughput and latency percentiles.
//!
//! For the load test, the module also has the two routers it compares ([`checked_router`],
//! the service as it ships, and [`bare_router`], the same handlers with no route check), the
//! request mixes with the status each request must get, a database seed, and a [`Server`] that
//! serves a router on 127.0.0.1 from a thread of its own.

use std::collections::BTreeMap;
use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::routing::get;
use axum::Router;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::task::JoinSet;

pub mod compare;

use crate::db;
use crate::service::{self, AppState};

/// One request of a mix.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    pub method: &'static str,
    pub path: &'static str,
    /// A JSON body. `{n}` in it becomes a number no other request of this process has had, so
    /// that a POST can create a user the database has not seen, whichever round sends it.
    pub body: Option<&'static str>,
}

impl Request {
    pub const fn get(path: &'static str) -> Request {
        Request {
            method: "GET",
            path,
            body: None,
        }
    }

    pub const fn post(path: &'static str, body: &'static str) -> Request {
        Request {
            method: "POST",
            path,
            body: Some(body),
        }
    }

    /// The bytes on the wire.
    fn encode(&self, host: SocketAddr) -> Vec<u8> {
        let mut head = format!("{} {} HTTP/1.1\r\nHost: {host}\r\n", self.method, self.path);
        let body = self.body.map(|body| {
            static NEXT: AtomicU64 = AtomicU64::new(0);
            let number = NEXT.fetch_add(1, Ordering::Relaxed);
            body.replace("{n}", &number.to_string())
        });
        if let Some(body) = &body {
            head.push_str("Content-Type: application/json\r\n");
            head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body.unwrap_or_default().as_bytes());
        bytes
    }
}

/// A request and the one status the service must answer it with.
pub type Step = (Request, u16);

/// The service's traffic, mostly reads, each kind of answer at least once: users found and not
/// found, a page of users, an id that is not a number (axum's `Path` rejection, 400), a new
/// user and one whose name is taken (SQLite's UNIQUE constraint, 409), and the health check.
/// The ids found are among the [`seed`]ed users; the one not found is beyond any the run
/// creates.
pub const SERVICE_MIX: &[Step] = &[
    (Request::get("/users/1"), 200),
    (Request::get("/users/42"), 200),
    (Request::get("/users?limit=10"), 200),
    (Request::get("/health"), 200),
    (Request::get("/users/77"), 200),
    (Request::get("/users/999999999"), 404),
    (Request::get("/users/abc"), 400),
    (
        Request::post(
            "/users",
            r#"{"name":"load-{n}","email":"load-{n}@example.org"}"#,
        ),
        201,
    ),
    (
        Request::post(
            "/users",
            r#"{"name":"user-1","email":"user-1@example.org"}"#,
        ),
        409,
    ),
    (Request::get("/users?limit=10&offset=50"), 200),
];

/// Only `GET /health`: the cheapest route (one short query, no JSON), where the route check's
/// own cost is the largest share of a request.
pub const HEALTH_MIX: &[Step] = &[(Request::get("/health"), 200)];

/// The requests of a mix, for [`Load::requests`].
pub fn requests(mix: &[Step]) -> Vec<Request> {
    mix.iter().map(|(request, _)| *request).collect()
}

/// How many of each status `total` requests of `mix` must get, sent as [`Load::run`] sends
/// them (request `k` is `mix[k % mix.len()]`).
pub fn expected_statuses(mix: &[Step], total: usize) -> BTreeMap<u16, u64> {
    let mut statuses = BTreeMap::new();
    for k in 0..total {
        *statuses.entry(mix[k % mix.len()].1).or_insert(0) += 1;
    }
    statuses
}

/// Stores users `user-1` to `user-{count}` (ids 1 to `count` in a fresh database), so that the
/// mixes' reads find someone.
pub fn seed(state: &AppState, count: u32) -> rusqlite::Result<()> {
    let db = state.db();
    for n in 1..=count {
        db::insert_user(&db, &format!("user-{n}"), &format!("user-{n}@example.org"))?;
    }
    Ok(())
}

/// The service as it runs by default: [`service::router`], each handler under its contract and
/// the router under a `ContractCheckLayer`.
pub fn checked_router(state: AppState) -> Router {
    service::router(state)
}

/// The routes of [`service::routes`] with bare handlers, behind the same middleware and no
/// route check: the baseline the check's cost is measured against.
pub fn bare_router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/health", get(service::health))
        .route(
            "/users",
            get(service::list_users).post(service::create_user),
        )
        .route(
            "/users/{id}",
            get(service::get_user)
                .patch(service::update_user)
                .delete(service::delete_user),
        )
        .route("/openapi.json", get(service::openapi));
    service::with_middleware(routes).with_state(state)
}

/// What to send, where, and for how long.
#[derive(Debug, Clone)]
pub struct Load {
    pub address: SocketAddr,
    /// Sent in turn: request `k` of the run is `requests[k % requests.len()]`.
    pub requests: Vec<Request>,
    /// How many requests to send in all.
    pub total: usize,
    /// How many connections, each sending its share one request at a time.
    pub concurrency: usize,
    /// When to stop: a request not answered by then is lost, and none is sent after it.
    pub deadline: Instant,
    /// How long one answer may take before the request counts as failed.
    pub request_timeout: Duration,
}

impl Load {
    /// Sends the requests and waits for every connection to finish or the deadline to pass.
    /// Must be called within a tokio runtime with time enabled.
    pub async fn run(&self) -> Report {
        assert!(
            !self.requests.is_empty(),
            "a load needs at least one request"
        );
        let concurrency = self.concurrency.clamp(1, self.total.max(1));
        let requests: Arc<[Request]> = self.requests.clone().into();
        let deadline = tokio::time::Instant::from_std(self.deadline);
        let started = Instant::now();
        let mut connections = JoinSet::new();
        for first in 0..concurrency {
            let connection = Connection {
                address: self.address,
                requests: requests.clone(),
                numbers: (first..self.total).step_by(concurrency),
                deadline,
                request_timeout: self.request_timeout,
            };
            connections.spawn(connection.run());
        }
        let mut report = Report {
            planned: self.total as u64,
            ..Report::default()
        };
        while let Some(tally) = connections.join_next().await {
            match tally {
                Ok(tally) => report.merge(tally),
                // A connection's task cannot panic short of a bug here; count it, do not hide it.
                Err(error) => {
                    report.failed += 1;
                    report.first_error.get_or_insert(error.to_string());
                }
            }
        }
        report.elapsed = started.elapsed();
        report.latencies.sort_unstable();
        report
    }
}

/// One connection's share of a run.
struct Connection {
    address: SocketAddr,
    requests: Arc<[Request]>,
    numbers: std::iter::StepBy<std::ops::Range<usize>>,
    deadline: tokio::time::Instant,
    request_timeout: Duration,
}

impl Connection {
    async fn run(self) -> Report {
        let mut tally = Report::default();
        let mut stream: Option<BufReader<TcpStream>> = None;
        for k in self.numbers {
            if tokio::time::Instant::now() >= self.deadline {
                break;
            }
            let bytes = self.requests[k % self.requests.len()].encode(self.address);
            tally.sent += 1;
            let limit = self
                .deadline
                .min(tokio::time::Instant::now() + self.request_timeout);
            let outcome = tokio::time::timeout_at(limit, async {
                // A new connection when the last one failed or was closed; connecting is not
                // part of the request's latency.
                let stream = match &mut stream {
                    Some(stream) => stream,
                    None => stream.insert(BufReader::new(TcpStream::connect(self.address).await?)),
                };
                let sent = Instant::now();
                stream.get_mut().write_all(&bytes).await?;
                let answer = read_response(stream).await?;
                Ok::<_, io::Error>((answer, sent.elapsed()))
            })
            .await;
            match outcome {
                Ok(Ok((answer, latency))) => {
                    tally.answered += 1;
                    *tally.statuses.entry(answer.status).or_insert(0) += 1;
                    tally.latencies.push(latency);
                    if answer.close {
                        stream = None;
                    }
                }
                Ok(Err(error)) => {
                    tally.fail(error.to_string());
                    stream = None;
                }
                Err(_) if tokio::time::Instant::now() >= self.deadline => {
                    tally.lost += 1;
                    break;
                }
                Err(_) => {
                    tally.fail(format!("no answer within {:?}", self.request_timeout));
                    // The late answer would be read as the next request's.
                    stream = None;
                }
            }
        }
        tally
    }
}

/// What the client read of one response.
struct Answer {
    status: u16,
    /// The server said `Connection: close`: the next request needs a new connection.
    close: bool,
}

/// Reads one response whole, so the connection is ready for the next request; the body is
/// counted and dropped.
async fn read_response(reader: &mut BufReader<TcpStream>) -> io::Result<Answer> {
    let mut line = String::new();
    read_line(reader, &mut line).await?;
    let status = line
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse::<u16>().ok())
        .ok_or_else(|| invalid(format!("not an HTTP/1.1 status line: {line:?}")))?;
    let (mut length, mut chunked, mut close) = (None, false, false);
    loop {
        read_line(reader, &mut line).await?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header
            .split_once(':')
            .ok_or_else(|| invalid(format!("not a header: {header:?}")))?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            let parsed = value.parse::<u64>();
            length = Some(parsed.map_err(|_| invalid(format!("bad Content-Length {value:?}")))?);
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            chunked = value.eq_ignore_ascii_case("chunked");
            if !chunked {
                return Err(invalid(format!("unsupported Transfer-Encoding {value:?}")));
            }
        } else if name.eq_ignore_ascii_case("connection") {
            close = value.eq_ignore_ascii_case("close");
        }
    }
    match (chunked, length) {
        (true, _) => read_chunks(reader, &mut line).await?,
        (false, Some(length)) => skip(reader, length).await?,
        // These have no body by definition.
        (false, None) if status < 200 || status == 204 || status == 304 => {}
        // A body that ends when the connection does cannot be told from a lost one.
        (false, None) => {
            return Err(invalid(format!(
                "status {status} with neither Content-Length nor chunked body"
            )))
        }
    }
    Ok(Answer { status, close })
}

/// A chunked body: hex sizes, each chunk followed by CRLF, ended by a zero size and trailers.
async fn read_chunks(reader: &mut BufReader<TcpStream>, line: &mut String) -> io::Result<()> {
    loop {
        read_line(reader, line).await?;
        let size = line.trim_end().split(';').next().unwrap_or_default().trim();
        let size = u64::from_str_radix(size, 16)
            .map_err(|_| invalid(format!("bad chunk size {size:?}")))?;
        if size == 0 {
            break;
        }
        skip(reader, size + 2).await?;
    }
    loop {
        read_line(reader, line).await?;
        if line.trim_end().is_empty() {
            return Ok(());
        }
    }
}

/// One line, ending in `\n`, in place of `line`'s old contents.
async fn read_line(reader: &mut BufReader<TcpStream>, line: &mut String) -> io::Result<()> {
    line.clear();
    if reader.read_line(line).await? == 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the server closed the connection before answering",
        ));
    }
    Ok(())
}

/// Reads and drops exactly `length` bytes.
async fn skip(reader: &mut BufReader<TcpStream>, length: u64) -> io::Result<()> {
    let read = tokio::io::copy(&mut reader.take(length), &mut tokio::io::sink()).await?;
    if read < length {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!("the body ended after {read} of {length} bytes"),
        ));
    }
    Ok(())
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// What a run, or several added together, came to.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Requests asked for.
    pub planned: u64,
    /// Requests begun: written, or about to be when the connection failed.
    pub sent: u64,
    /// Requests answered with a whole response.
    pub answered: u64,
    /// Requests that met an I/O error, a response that could not be read, or no answer
    /// within the request timeout.
    pub failed: u64,
    /// Requests sent but not answered when the deadline passed.
    pub lost: u64,
    /// How many answers had each status.
    pub statuses: BTreeMap<u16, u64>,
    /// Wall time of the run, or the sum of the runs' wall times.
    pub elapsed: Duration,
    /// The first failure's reason, to tell what went wrong.
    pub first_error: Option<String>,
    /// Every answered request's latency, sorted.
    latencies: Vec<Duration>,
}

impl Report {
    /// Every request asked for was sent and answered.
    pub fn complete(&self) -> bool {
        self.failed == 0 && self.lost == 0 && self.answered == self.planned
    }

    /// Answers per second of wall time.
    pub fn throughput(&self) -> f64 {
        self.answered as f64 / self.elapsed.as_secs_f64().max(f64::MIN_POSITIVE)
    }

    /// The latency `share` (0.0 to 1.0) of the answers took at most (nearest rank).
    pub fn percentile(&self, share: f64) -> Option<Duration> {
        let rank = (share * self.latencies.len() as f64).ceil() as usize;
        self.latencies.get(rank.saturating_sub(1)).copied()
    }

    pub fn p50(&self) -> Option<Duration> {
        self.percentile(0.50)
    }

    pub fn p99(&self) -> Option<Duration> {
        self.percentile(0.99)
    }

    /// Adds another run's figures to these, wall times summed.
    pub fn add(&mut self, other: Report) {
        self.merge(other);
        self.latencies.sort_unstable();
    }

    /// [`add`](Self::add), leaving the latencies to be sorted once at the end.
    fn merge(&mut self, other: Report) {
        self.planned += other.planned;
        self.sent += other.sent;
        self.answered += other.answered;
        self.failed += other.failed;
        self.lost += other.lost;
        for (status, count) in other.statuses {
            *self.statuses.entry(status).or_insert(0) += count;
        }
        self.elapsed += other.elapsed;
        if self.first_error.is_none() {
            self.first_error = other.first_error;
        }
        self.latencies.extend(other.latencies);
    }

    fn fail(&mut self, reason: String) {
        self.failed += 1;
        self.first_error.get_or_insert(reason);
    }
}

/// A router served on 127.0.0.1 (port 0) by a one-thread tokio runtime of its own, so the
/// server and the load generator each have a thread. Dropping it stops the server.
pub struct Server {
    pub address: SocketAddr,
    /// Where Linux keeps the server thread's run time, in nanoseconds.
    schedstat: Option<PathBuf>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Binds with std, not tokio, so that it can be called from inside a runtime as well as
    /// outside one.
    pub fn start(router: Router) -> io::Result<Server> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let (found, schedstat) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            // `/proc/thread-self` names this thread as `PID/task/TID`.
            let own = std::fs::read_link("/proc/thread-self").ok();
            let _ = found.send(own.map(|own| Path::new("/proc").join(own).join("schedstat")));
            runtime.block_on(async {
                let shutdown = async {
                    let _ = stopped.await;
                };
                let served = match tokio::net::TcpListener::from_std(listener) {
                    Ok(listener) => {
                        axum::serve(listener, router)
                            .with_graceful_shutdown(shutdown)
                            .await
                    }
                    Err(error) => Err(error),
                };
                // The load generator sees the failures; this says why.
                if let Err(error) = served {
                    eprintln!("load: the server on {address} stopped: {error}");
                }
            });
        });
        Ok(Server {
            address,
            schedstat: schedstat.recv().ok().flatten(),
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// The CPU time the server's thread has used so far, which serves every request: the
    /// server's own cost, whatever the load generator and the machine's other work cost. Linux
    /// only (`/proc/.../schedstat`); `None` elsewhere.
    pub fn cpu_time(&self) -> Option<Duration> {
        let text = std::fs::read_to_string(self.schedstat.as_ref()?).ok()?;
        let nanos = text.split_whitespace().next()?.parse().ok()?;
        Some(Duration::from_nanos(nanos))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let mut report = Report::default();
        assert_eq!(report.p50(), None);
        report.latencies = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(report.p50(), Some(Duration::from_millis(50)));
        assert_eq!(report.p99(), Some(Duration::from_millis(99)));
        assert_eq!(report.percentile(1.0), Some(Duration::from_millis(100)));
    }

    /// A hand-written server over one connection and then another: a chunked body, then a
    /// `Content-Length` one (read right only if the chunks were), then a garbled answer, which
    /// fails that request and makes the client connect again, then a 204 with no body.
    #[tokio::test(flavor = "current_thread")]
    async fn bodies_are_framed_and_garbled_answers_fail() {
        const ANSWERS: [&str; 4] = [
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1;x=y\r\n!\r\n0\r\n\r\n",
            "HTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\n{}",
            "nonsense\r\n\r\n",
            "HTTP/1.1 204 No Content\r\n\r\n",
        ];
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let mut answers = ANSWERS.iter();
            while let Ok((stream, _)) = listener.accept().await {
                let mut stream = BufReader::new(stream);
                let mut line = String::new();
                'requests: loop {
                    // The request's head, up to its empty line.
                    while line != "\r\n" {
                        if read_line(&mut stream, &mut line).await.is_err() {
                            break 'requests;
                        }
                    }
                    line.clear();
                    let Some(answer) = answers.next() else { return };
                    stream.get_mut().write_all(answer.as_bytes()).await.unwrap();
                    if answer.starts_with("nonsense") {
                        break;
                    }
                }
            }
        });
        let report = Load {
            address,
            requests: vec![Request::get("/")],
            total: 4,
            concurrency: 1,
            deadline: Instant::now() + Duration::from_secs(10),
            request_timeout: Duration::from_secs(5),
        }
        .run()
        .await;
        assert_eq!((report.sent, report.answered), (4, 3));
        assert_eq!((report.failed, report.lost), (1, 0));
        assert!(report
            .first_error
            .unwrap()
            .contains("not an HTTP/1.1 status line"));
        let statuses: Vec<_> = report.statuses.into_iter().collect();
        assert_eq!(statuses, [(200, 1), (201, 1), (204, 1)]);
    }

    #[test]
    fn expected_statuses_follow_the_mix_in_turn() {
        let mix = expected_statuses(SERVICE_MIX, 25);
        // Two whole turns of ten, then the first five, all 200.
        assert_eq!(mix[&200], 6 + 6 + 5);
        assert_eq!((mix[&404], mix[&400], mix[&201], mix[&409]), (2, 2, 2, 2));
        assert_eq!(mix.values().sum::<u64>(), 25);
    }
}
