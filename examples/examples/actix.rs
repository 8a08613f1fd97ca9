//! The example user service again, on actix-web 4 instead of axum, on 127.0.0.1.
//!
//! ```text
//! cargo run --example actix              # port 3001
//! cargo run --example actix -- --port 8080
//! PORT=8080 cargo run --example actix
//! ```
//!
//! Each handler declares its statuses with `#[responds]` and builds its response with
//! `HttpResponse::build(status!(N).into())`: `status!` checks the code at compile time, and the
//! `http02` feature of `status-core` converts it into actix's `StatusCode` (http 0.2). The
//! users and their rules are the axum service's (`status_examples::service::Users`), so the
//! error statuses come from `ApiError::status`.
//!
//! There is no `debug_check` here. It reads the status a handler returns through
//! `status_core::ResponseStatus`, which actix's `HttpResponse` does not implement, and Rust's
//! orphan rules keep this crate from implementing a foreign trait for a foreign type. The
//! compile-time body check still applies to every status written in a handler.
//!
//! Attribute order: `#[responds]` goes above actix's route attribute. Attributes expand from
//! the outside in, so `#[responds]` sees the plain `async fn`, checks it and defines
//! `CREATE_USER_RESPONSES` and friends beside it; actix's macro then turns the function into its
//! service type. The other way round, actix's macro runs first and moves the function, with
//! `#[responds]` still on it, inside a generated `register` method, so the constant ends up
//! defined inside that method where nothing outside can name it.

use std::process::ExitCode;
use std::sync::Mutex;

use actix_web::{delete, get, post, web, App, HttpResponse, HttpServer};
use status_examples::cli;
use status_examples::service::{with_users, ApiError, NewUser, Users};
use status_macros::{responds, status};

const DEFAULT_PORT: u16 = 3001;

/// The users shared by every worker; the rules are the axum service's own.
type Shared = web::Data<Mutex<Users>>;

/// The error's status (through the `http02` feature) and its JSON body.
fn error_response(error: ApiError) -> HttpResponse {
    HttpResponse::build(error.status().into()).json(error.body())
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
        Err(error) => return error_response(ApiError::Invalid(error.to_string())),
    };
    match with_users(&shared, |users| users.create(new)) {
        Ok(user) => HttpResponse::build(status!(201).into()).json(user),
        Err(error) => error_response(error),
    }
}

/// `GET /users/{id}`: 200 with the user, or 404.
#[responds(200, 404)]
#[get("/users/{id}")]
async fn get_user(shared: Shared, id: web::Path<String>) -> HttpResponse {
    match with_users(&shared, |users| users.get(&id).cloned()) {
        Ok(user) => HttpResponse::build(status!(200).into()).json(user),
        Err(error) => error_response(error),
    }
}

/// `DELETE /users/{id}`: 204, or 404.
#[responds(204, 404)]
#[delete("/users/{id}")]
async fn delete_user(shared: Shared, id: web::Path<String>) -> HttpResponse {
    match with_users(&shared, |users| users.remove(&id)) {
        Ok(_) => HttpResponse::build(status!(204).into()).finish(),
        Err(error) => error_response(error),
    }
}

#[actix_web::main]
async fn main() -> ExitCode {
    let port = match cli::port("actix", DEFAULT_PORT) {
        Ok(port) => port,
        Err(message) => {
            eprintln!("actix: {message}");
            return ExitCode::from(2);
        }
    };
    let shared: Shared = web::Data::new(Mutex::new(Users::default()));
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
