//! The example user service again, on actix-web 4 instead of axum, on 127.0.0.1.
//!
//! ```text
//! cargo run --bin actix                   # port 3001, database in memory
//! cargo run --bin actix -- --port 8080 --db users.db
//! PORT=8080 DATABASE_PATH=users.db cargo run --bin actix
//! ```
//!
//! Each handler declares its statuses with `#[responds]` and builds its response with
//! `HttpResponse::build(status!(N).into())`: `status!` checks the code at compile time, and the
//! `http02` feature of `status-core` converts it into actix's `StatusCode` (http 0.2). The
//! users live in SQLite as in the axum service, through the same queries
//! (`status_examples::db`) and the same error type (`status_examples::service::ApiError`), so a
//! taken name is 409 here too and the error statuses come from `ApiError::status`.
//!
//! There is no `debug_check` here. It reads the status a handler returns through
//! `status_core::ResponseStatus`, which actix's `HttpResponse` does not implement, and Rust's
//! orphan rules keep this crate from implementing a foreign trait for a foreign type. The
//! compile-time body check still applies to every status written in a handler.
//!
//! The statuses "implied by the request" that the startup lines print for `get_user` and
//! `delete_user` (400 and 500) are axum's, not actix's. `#[responds]` knows extractors by the
//! last segment of their type, and its table is axum 0.8's, so it reads actix's `web::Path` as
//! axum's `Path`. actix's `Path` answers 404 to an id that is not a number, and that 404 is
//! declared anyway, for the unknown id.
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
use rusqlite::Connection;
use status_core::{responds, status};
use status_examples::cli;
use status_examples::db::{self, lock, User};
use status_examples::service::{valid_email, valid_name, ApiError, NewUser};

const DEFAULT_PORT: u16 = 3001;

/// The connection shared by every worker.
type Shared = web::Data<Mutex<Connection>>;

/// The error's status (through the `http02` feature) and its JSON body.
fn error_response(error: ApiError) -> HttpResponse {
    HttpResponse::build(error.status().into()).json(error.body())
}

/// The checks and the insert of `POST /users`, with `?` turning a taken name or address
/// (SQLite's UNIQUE constraint) into `ApiError::Conflict`.
fn create(db: &Connection, new: &NewUser) -> Result<User, ApiError> {
    let name = valid_name(&new.name)?;
    let email = valid_email(&new.email)?;
    Ok(db::insert_user(db, name, email)?)
}

/// `POST /users`: 201 with the new user, 409 if the name or address is taken, 422 if the body
/// is not a valid new user (actix itself would answer 400 to a body it cannot read).
#[responds(201, 409, 422, 500)]
#[post("/users")]
async fn create_user(
    shared: Shared,
    body: Result<web::Json<NewUser>, actix_web::Error>,
) -> HttpResponse {
    let new = match body {
        Ok(web::Json(new)) => new,
        Err(error) => return error_response(ApiError::Invalid(error.to_string())),
    };
    match create(&lock(&shared), &new) {
        Ok(user) => HttpResponse::build(status!(201).into()).json(user),
        Err(error) => error_response(error),
    }
}

/// `GET /users/{id}`: 200 with the user, or 404 (actix's `Path` extractor answers 404 itself
/// to an id that is not a number).
#[responds(200, 404, 500)]
#[get("/users/{id}")]
async fn get_user(shared: Shared, id: web::Path<i64>) -> HttpResponse {
    let id = id.into_inner();
    match db::find_user(&lock(&shared), id) {
        Ok(Some(user)) => HttpResponse::build(status!(200).into()).json(user),
        Ok(None) => error_response(ApiError::NotFound(id)),
        Err(error) => error_response(error.into()),
    }
}

/// `DELETE /users/{id}`: 204, or 404.
#[responds(204, 404, 500)]
#[delete("/users/{id}")]
async fn delete_user(shared: Shared, id: web::Path<i64>) -> HttpResponse {
    let id = id.into_inner();
    match db::delete_user(&lock(&shared), id) {
        Ok(true) => HttpResponse::build(status!(204).into()).finish(),
        Ok(false) => error_response(ApiError::NotFound(id)),
        Err(error) => error_response(error.into()),
    }
}

#[actix_web::main]
async fn main() -> ExitCode {
    let options = match cli::options("actix", DEFAULT_PORT) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("actix: {message}");
            return ExitCode::from(2);
        }
    };
    let connection = match db::open(options.database.as_deref()) {
        Ok(connection) => connection,
        Err(error) => {
            eprintln!("actix: cannot open the database: {error}");
            return ExitCode::FAILURE;
        }
    };
    let port = options.port;
    let shared: Shared = web::Data::new(Mutex::new(connection));
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
    match &options.database {
        None => println!("database: SQLite, in memory"),
        Some(path) => println!("database: SQLite, {}", path.display()),
    }
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
