//! The example user service again, on actix-web 4 instead of axum, on 127.0.0.1.
//!
//! ```text
//! cargo run --example actix              # port 3001
//! cargo run --example actix -- --port 8080
//! PORT=8080 cargo run --example actix
//! ```
//!
//! Each handler declares its statuses with `#[responds]` and builds its response with
//! `HttpResponse::build(status!(N).into())`: `status!` checks the code at compile time, the
//! `http02` feature of `status-core` converts it into actix's `StatusCode` (http 0.2), and the
//! `#[responds]` body check sees every `status!` the handler answers with.
//!
//! There is no `debug_check` here. It reads the status a handler returns through
//! `status_core::ResponseStatus`, which actix's `HttpResponse` does not implement, and Rust's
//! orphan rules keep this crate from implementing a foreign trait for a foreign type. The
//! compile-time body check still applies, and is enough here: every status is written out in
//! the handler that sends it.
//!
//! Attribute order: `#[responds]` goes above actix's route attribute. Attributes expand from
//! the outside in, so `#[responds]` sees the plain `async fn`, checks it and defines
//! `CREATE_USER_RESPONSES` and friends beside it; actix's macro then turns the function into its
//! service type. The other way round, actix's macro runs first and moves the function, with
//! `#[responds]` still on it, inside a generated `register` method, so the constant ends up
//! defined inside that method where nothing outside can name it.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::{Mutex, PoisonError};

use actix_web::{delete, get, post, web, App, HttpResponse, HttpServer};
use status_examples::service::{NewUser, User};
use status_macros::{responds, status};

const DEFAULT_PORT: u16 = 3001;

/// Users by id, and the next id to hand out.
#[derive(Default)]
struct Store {
    users: BTreeMap<u64, User>,
    next_id: u64,
}

/// The store shared by every worker.
type Shared = web::Data<Mutex<Store>>;

fn with_store<T>(shared: &Shared, work: impl FnOnce(&mut Store) -> T) -> T {
    // A panic while holding the lock leaves no half-written user behind, so the data is still
    // usable.
    let mut store = shared.lock().unwrap_or_else(PoisonError::into_inner);
    work(&mut store)
}

/// `{"error": message}`.
fn error_body(message: impl Into<String>) -> serde_json::Value {
    serde_json::json!({ "error": message.into() })
}

/// `POST /users`: 201 with the new user, 409 if the name is taken, 422 if the body is not a
/// valid new user (actix itself would answer 400 to a body it cannot read).
#[responds(201, 409, 422)]
#[post("/users")]
async fn create_user(
    shared: Shared,
    body: Result<web::Json<NewUser>, actix_web::Error>,
) -> HttpResponse {
    let new = match body {
        Ok(web::Json(new)) => new,
        Err(error) => {
            return HttpResponse::build(status!(422).into()).json(error_body(error.to_string()))
        }
    };
    if new.name.trim().is_empty() {
        return HttpResponse::build(status!(422).into()).json(error_body("the name is empty"));
    }
    if !new.email.contains('@') {
        let message = format!("{:?} is not an e-mail address", new.email);
        return HttpResponse::build(status!(422).into()).json(error_body(message));
    }
    with_store(&shared, |store| {
        if store.users.values().any(|user| user.name == new.name) {
            let message = format!("the name {:?} is taken", new.name);
            return HttpResponse::build(status!(409).into()).json(error_body(message));
        }
        store.next_id += 1;
        let user = User {
            id: store.next_id,
            name: new.name,
            email: new.email,
        };
        store.users.insert(user.id, user.clone());
        HttpResponse::build(status!(201).into()).json(user)
    })
}

/// `GET /users/{id}`: 200 with the user, or 404.
#[responds(200, 404)]
#[get("/users/{id}")]
async fn get_user(shared: Shared, id: web::Path<String>) -> HttpResponse {
    match with_store(&shared, |store| find(store, &id).cloned()) {
        Some(user) => HttpResponse::build(status!(200).into()).json(user),
        None => HttpResponse::build(status!(404).into()).json(no_such_user(&id)),
    }
}

/// `DELETE /users/{id}`: 204, or 404.
#[responds(204, 404)]
#[delete("/users/{id}")]
async fn delete_user(shared: Shared, id: web::Path<String>) -> HttpResponse {
    let removed = with_store(&shared, |store| {
        let found = find(store, &id)?.id;
        store.users.remove(&found)
    });
    match removed {
        Some(_) => HttpResponse::build(status!(204).into()).finish(),
        None => HttpResponse::build(status!(404).into()).json(no_such_user(&id)),
    }
}

/// An id that is not a number names no user, so it is a 404 like any unknown id.
fn find<'store>(store: &'store Store, id: &str) -> Option<&'store User> {
    id.parse().ok().and_then(|id| store.users.get(&id))
}

fn no_such_user(id: &str) -> serde_json::Value {
    error_body(format!("no user with id {id}"))
}

/// `--port N` wins over `PORT`, which wins over the default.
fn port() -> Result<u16, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let written = match args.as_slice() {
        [] => std::env::var("PORT").ok(),
        [flag, value] if flag == "--port" => Some(value.clone()),
        _ => return Err("usage: actix [--port N]   (or set PORT)".into()),
    };
    match written {
        None => Ok(DEFAULT_PORT),
        Some(text) => text
            .parse()
            .map_err(|_| format!("{text:?} is not a port number")),
    }
}

#[actix_web::main]
async fn main() -> ExitCode {
    let port = match port() {
        Ok(port) => port,
        Err(message) => {
            eprintln!("actix: {message}");
            return ExitCode::from(2);
        }
    };
    let shared: Shared = web::Data::new(Mutex::new(Store::default()));
    let server = HttpServer::new(move || {
        App::new()
            .app_data(shared.clone())
            .service(create_user)
            .service(get_user)
            .service(delete_user)
    })
    .bind(("127.0.0.1", port));
    let server = match server {
        Ok(server) => server,
        Err(error) => {
            eprintln!("actix: cannot listen on 127.0.0.1:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("listening on http://127.0.0.1:{port}");
    for responses in [
        CREATE_USER_RESPONSES,
        GET_USER_RESPONSES,
        DELETE_USER_RESPONSES,
    ] {
        println!("  {}: {responses}", responses.handler());
    }
    // Ctrl-C stops the server (actix handles the signal itself).
    match server.run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("actix: {error}");
            ExitCode::FAILURE
        }
    }
}
