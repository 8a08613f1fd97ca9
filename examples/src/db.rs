//! The users table, in SQLite through rusqlite. SQLite is compiled into the program (rusqlite's
//! `bundled` feature), so nothing has to be installed, and a database in memory needs no file.
//!
//! Every query returns `rusqlite::Result`: what an error means to an HTTP client is the
//! service's decision (`From<rusqlite::Error> for ApiError` in [`crate::service`]), so the axum
//! service and the actix-web example share these queries and answer the same way.

use std::path::Path;
use std::sync::{Mutex, MutexGuard, PoisonError};

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// Created on first start; `IF NOT EXISTS` lets a database file be opened again. Names and
/// e-mail addresses are unique, so two users with the same one are refused by SQLite itself,
/// whatever the order the requests arrive in.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS users (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE
);
";

/// A stored user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub email: String,
}

/// Opens the database at `path`, or a new one in memory for `None`, and creates the table if it
/// is not there yet.
pub fn open(path: Option<&Path>) -> rusqlite::Result<Connection> {
    let connection = match path {
        Some(path) => Connection::open(path)?,
        None => Connection::open_in_memory()?,
    };
    connection.execute_batch(SCHEMA)?;
    Ok(connection)
}

/// Locks the shared connection. A panic while the lock was held cannot leave a half-written
/// user behind: every change is one SQL statement, which SQLite applies whole or not at all.
/// So a poisoned lock's connection is still good, and it is used rather than failing every
/// request that comes after the panic.
pub fn lock<T>(shared: &Mutex<T>) -> MutexGuard<'_, T> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

fn user(row: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: row.get(0)?,
        name: row.get(1)?,
        email: row.get(2)?,
    })
}

/// Stores a new user. A name or address already in use fails with SQLite's constraint error.
pub fn insert_user(db: &Connection, name: &str, email: &str) -> rusqlite::Result<User> {
    db.query_row(
        "INSERT INTO users (name, email) VALUES (?1, ?2) RETURNING id, name, email",
        params![name, email],
        user,
    )
}

/// The user with this id, if there is one.
pub fn find_user(db: &Connection, id: i64) -> rusqlite::Result<Option<User>> {
    db.query_row(
        "SELECT id, name, email FROM users WHERE id = ?1",
        params![id],
        user,
    )
    .optional()
}

/// At most `limit` users, by id, after skipping the first `offset`.
pub fn list_users(db: &Connection, limit: u32, offset: u32) -> rusqlite::Result<Vec<User>> {
    let mut query =
        db.prepare("SELECT id, name, email FROM users ORDER BY id LIMIT ?1 OFFSET ?2")?;
    let users = query.query_map(params![limit, offset], user)?;
    users.collect()
}

/// Changes the name, the address or both of the user with this id; `None` where there is no
/// such user. A name or address already in use fails with SQLite's constraint error.
pub fn update_user(
    db: &Connection,
    id: i64,
    name: Option<&str>,
    email: Option<&str>,
) -> rusqlite::Result<Option<User>> {
    db.query_row(
        "UPDATE users SET name = coalesce(?2, name), email = coalesce(?3, email)
         WHERE id = ?1 RETURNING id, name, email",
        params![id, name, email],
        user,
    )
    .optional()
}

/// Removes the user with this id; false if there was none.
pub fn delete_user(db: &Connection, id: i64) -> rusqlite::Result<bool> {
    let removed = db.execute("DELETE FROM users WHERE id = ?1", params![id])?;
    Ok(removed > 0)
}

/// Asks the database a question about the users table, to tell that it answers and still
/// has the table.
pub fn ping(db: &Connection) -> rusqlite::Result<()> {
    db.prepare("SELECT 1 FROM users LIMIT 1")?.exists([])?;
    Ok(())
}
