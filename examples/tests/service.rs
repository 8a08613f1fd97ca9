//! Starts the example service on 127.0.0.1 (port 0), drives it with a real HTTP client over
//! loopback, and checks that every status is the one expected and inside the handler's declared
//! set. Bounded: a fixed list of requests, each with a five-second timeout.

use std::net::SocketAddr;
use std::time::Duration;

use serde_json::{json, Value};
use status_examples::service::{self, ROUTES};
use tokio::sync::oneshot;

/// The running service: its address, and the way to stop it.
struct Server {
    address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start() -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("a loopback port");
        let address = listener.local_addr().expect("the bound address");
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            runtime.block_on(async {
                axum::serve(listener, service::router())
                    .with_graceful_shutdown(async {
                        let _ = stopped.await;
                    })
                    .await
                    .expect("the service runs");
            });
        });
        Server {
            address,
            stop: Some(stop),
            thread: Some(thread),
        }
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

/// One request and the status it must get.
struct Call {
    method: &'static str,
    path: &'static str,
    route: &'static str,
    body: Option<Value>,
    expected: u16,
}

fn call(
    method: &'static str,
    path: &'static str,
    route: &'static str,
    body: Option<Value>,
    expected: u16,
) -> Call {
    Call {
        method,
        path,
        route,
        body,
        expected,
    }
}

#[test]
fn every_answer_is_expected_and_declared() {
    let server = Server::start();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
    let alice = json!({ "name": "alice", "email": "alice@example.org" });
    let calls = [
        call("post", "/users", "/users", Some(alice.clone()), 201),
        call("post", "/users", "/users", Some(alice), 409),
        call(
            "post",
            "/users",
            "/users",
            Some(json!({ "name": "bob" })),
            422,
        ),
        call(
            "post",
            "/users",
            "/users",
            Some(json!({ "name": "bob", "email": "nowhere" })),
            422,
        ),
        call("get", "/users", "/users", None, 200),
        call("get", "/users/1", "/users/{id}", None, 200),
        call("get", "/users/2", "/users/{id}", None, 404),
        call("get", "/users/abc", "/users/{id}", None, 404),
        call("delete", "/users/1", "/users/{id}", None, 204),
        call("delete", "/users/1", "/users/{id}", None, 404),
        call("get", "/openapi.json", "/openapi.json", None, 200),
    ];
    for call in calls {
        let url = format!("http://{}{}", server.address, call.path);
        let response = match (call.method, call.body) {
            ("post", Some(body)) => agent.post(&url).send_json(body),
            ("get", None) => agent.get(&url).call(),
            ("delete", None) => agent.delete(&url).call(),
            (method, _) => panic!("no client call written for {method}"),
        }
        .unwrap_or_else(|error| panic!("{} {}: {error}", call.method, call.path));
        let status = response.status().as_u16();
        assert_eq!(status, call.expected, "{} {}", call.method, call.path);
        let route = ROUTES
            .iter()
            .find(|route| route.method == call.method && route.path == call.route)
            .expect("every call is to a listed route");
        assert!(
            route.responses.contains(status),
            "{} {} answered {status}, outside {}",
            call.method,
            call.path,
            route.responses
        );
    }
}

#[test]
fn the_openapi_document_lists_exactly_the_declared_statuses_per_route() {
    let document = status_examples::openapi::document(ROUTES);
    let paths = document["paths"].as_object().expect("paths");
    let operations: usize = paths
        .values()
        .map(|methods| methods.as_object().unwrap().len())
        .sum();
    assert_eq!(operations, ROUTES.len());
    for route in ROUTES {
        let responses = document["paths"][route.path][route.method]["responses"]
            .as_object()
            .unwrap_or_else(|| panic!("no responses for {} {}", route.method, route.path));
        let listed: Vec<u16> = responses.keys().map(|code| code.parse().unwrap()).collect();
        let mut declared: Vec<u16> = route
            .responses
            .statuses()
            .iter()
            .map(|status| status.code())
            .collect();
        declared.sort_unstable();
        assert_eq!(listed, declared, "{} {}", route.method, route.path);
    }
    assert_eq!(
        document["paths"]["/users"]["post"]["responses"]["409"]["description"]
            .as_str()
            .unwrap()
            .split('.')
            .next(),
        Some("Conflict")
    );
}
