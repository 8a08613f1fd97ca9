//! `status!` in the shape of a web handler, with no framework: each handler returns a status
//! checked at compile time, and the caller matches on statuses the same way.
//!
//! ```text
//! cargo run --example handler
//! ```

use std::collections::BTreeMap;

use status_core::{status, Status};

/// What a handler returns: a status and a body.
struct Response {
    status: Status,
    body: String,
}

/// Users by name, with their e-mail address.
#[derive(Default)]
struct Users(BTreeMap<String, String>);

impl Users {
    /// `POST /users`: 201 when created, 409 when the name is taken, 422 when the e-mail
    /// address is not one.
    fn create(&mut self, name: &str, email: &str) -> Response {
        if !email.contains('@') {
            return Response {
                status: status!(422),
                body: format!("{email:?} is not an e-mail address"),
            };
        }
        if self.0.contains_key(name) {
            return Response {
                status: status!(CONFLICT),
                body: format!("{name} already exists"),
            };
        }
        self.0.insert(name.to_owned(), email.to_owned());
        Response {
            status: status!("Created"),
            body: format!("/users/{name}"),
        }
    }

    /// `GET /users/{name}`: 200 with the address, or 404.
    fn fetch(&self, name: &str) -> Response {
        match self.0.get(name) {
            Some(email) => Response {
                status: status!(200),
                body: email.clone(),
            },
            None => Response {
                status: status!(404),
                body: format!("no user {name}"),
            },
        }
    }
}

/// How a client might react: patterns are checked at compile time too.
fn advice(status: Status) -> &'static str {
    match status {
        status!(200) | status!(201) => "done",
        status!(409) => "pick another name",
        status!(422) => "fix the request",
        status!(404) => "nothing there",
        _ => "unexpected",
    }
}

fn main() {
    let mut users = Users::default();
    let calls = [
        (
            "POST /users alice",
            users.create("alice", "alice@example.org"),
        ),
        (
            "POST /users alice",
            users.create("alice", "alice@example.org"),
        ),
        ("POST /users bob", users.create("bob", "not-an-address")),
        ("GET /users/alice", users.fetch("alice")),
        ("GET /users/carol", users.fetch("carol")),
    ];
    for (request, response) in calls {
        println!(
            "{request:<20} -> {:<28} {:<18} ({})",
            response.status.to_string(),
            response.body,
            advice(response.status)
        );
    }
}
