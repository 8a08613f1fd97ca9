//! Where `#[responds(..., debug_check)]` reports a status outside the contract: at the
//! expression the handler returned it from (a `return`, the tail, a branch of a tail `match`),
//! in axum handlers as written, sync and async. And what it leaves alone: a `#[track_caller]`
//! handler reports the same `Location::caller()`, and the same location for its panics, as
//! without the attribute. CI runs this file in both profiles, like `debug_check.rs`.

use std::cell::RefCell;
use std::panic::{self, Location};
use std::sync::Once;

use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;
use status_core::{responds, status, ResponseStatus, Status};

#[derive(Debug, PartialEq, Serialize)]
struct User {
    name: &'static str,
}

#[derive(Debug, PartialEq, ResponseStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Taken,
}

/// A status picked at run time, which the compile-time scan of the body cannot see.
fn status_for(name: &str) -> StatusCode {
    match name {
        "new" => StatusCode::CREATED,
        _ => StatusCode::ACCEPTED,
    }
}

/// An error from a called function, which the scan cannot see either.
fn taken() -> ApiError {
    ApiError::Taken
}

/// An error of another type, converted into a 409 by `From`.
struct StoreError;

impl From<StoreError> for ApiError {
    fn from(_: StoreError) -> ApiError {
        taken()
    }
}

thread_local! {
    /// `Some` while `panic_of` runs on this thread: the last panic's message and line.
    static CAUGHT: RefCell<Option<Option<(String, u32)>>> = const { RefCell::new(None) };
}

/// Runs `f`, which must panic, and returns the panic's message and line. Panics elsewhere,
/// such as a failed assertion, are printed as usual; tests running in parallel do not see each
/// other's panics, since the hook records on the panicking thread.
fn panic_of<R>(f: impl FnOnce() -> R) -> (String, u32) {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if CAUGHT.with(|caught| caught.borrow().is_none()) {
                return default(info);
            }
            let payload = info.payload();
            let message = match payload.downcast_ref::<String>() {
                Some(message) => message.clone(),
                None => payload
                    .downcast_ref::<&str>()
                    .map_or_else(String::new, |m| (*m).to_owned()),
            };
            let location = info.location().expect("a location");
            assert_eq!(location.file(), file!(), "{message}");
            CAUGHT.with(|caught| *caught.borrow_mut() = Some(Some((message, location.line()))));
        }));
    });
    CAUGHT.with(|caught| *caught.borrow_mut() = Some(None));
    let outcome = panic::catch_unwind(panic::AssertUnwindSafe(f));
    let caught = CAUGHT.with(|caught| caught.borrow_mut().take()).flatten();
    assert!(outcome.is_err(), "expected a panic");
    caught.expect("the hook recorded the panic")
}

/// Runs an async handler to completion on a current-thread runtime.
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime")
        .block_on(future)
}

/// The line of this file that reads `text` (trimmed), which must be the only one.
fn line_of(text: &str) -> u32 {
    let source = include_str!("debug_check_sites.rs");
    let mut found = source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim() == text);
    let (index, _) = found.next().expect("the line is in this file");
    assert!(found.next().is_none(), "`{text}` is on one line only");
    index as u32 + 1
}

#[responds(201, 404, debug_check)]
async fn create_user(name: &'static str) -> Result<(StatusCode, Json<User>), ApiError> {
    if name.is_empty() {
        return Err(ApiError::NotFound);
    }
    if name == "early" {
        return Ok((status_for(name), Json(User { name })));
    }
    Ok((status_for(name), Json(User { name })))
}

#[responds(200, 404, debug_check)]
fn show(id: u32) -> Result<Json<User>, ApiError> {
    match id {
        0 => Err(ApiError::NotFound),
        1 => Ok(Json(User { name: "alice" })),
        _ => Err(taken()),
    }
}

#[responds(204, 404, debug_check)]
fn delete(id: u32) -> Result<Status, ApiError> {
    if id == 0 {
        return Err(StoreError.into());
    }
    Ok(status!(204))
}

#[test]
fn declared_statuses_pass() {
    let created = block_on(create_user("new")).map(|(code, Json(user))| (code, user));
    assert_eq!(created, Ok((StatusCode::CREATED, User { name: "new" })));
    assert_eq!(block_on(create_user("")).err(), Some(ApiError::NotFound));
    assert_eq!(show(1).map(|Json(user)| user), Ok(User { name: "alice" }));
    assert_eq!(show(0).err(), Some(ApiError::NotFound));
    assert_eq!(delete(1), Ok(Status::NO_CONTENT));
}

#[cfg(debug_assertions)]
#[test]
fn an_undeclared_status_is_reported_at_the_expression_it_was_returned_from() {
    let contract = "outside its #[responds] contract: 201 Created, 404 Not Found";
    let (message, line) = panic_of(|| block_on(create_user("early")));
    assert_eq!(
        message,
        format!("handler `create_user` answered 202 Accepted, {contract}")
    );
    assert_eq!(
        line,
        line_of("return Ok((status_for(name), Json(User { name })));")
    );

    let (message, line) = panic_of(|| block_on(create_user("late")));
    assert!(message.contains("answered 202 Accepted"), "{message}");
    assert_eq!(line, line_of("Ok((status_for(name), Json(User { name })))"));

    let (message, line) = panic_of(|| show(2));
    assert_eq!(
        message,
        "handler `show` answered 409 Conflict, outside its #[responds] contract: 200 OK, 404 Not Found"
    );
    assert_eq!(line, line_of("_ => Err(taken()),"));

    let (message, line) = panic_of(|| delete(0));
    assert!(message.contains("answered 409 Conflict"), "{message}");
    assert_eq!(line, line_of("return Err(StoreError.into());"));
}

#[cfg(not(debug_assertions))]
#[test]
fn release_builds_return_undeclared_statuses_unchecked() {
    let accepted = block_on(create_user("early")).map(|(code, Json(user))| (code, user));
    assert_eq!(accepted, Ok((StatusCode::ACCEPTED, User { name: "early" })));
    assert_eq!(show(2).err(), Some(ApiError::Taken));
    assert_eq!(delete(0), Err(ApiError::Taken));
}

// ----- #[track_caller] handlers -----

#[track_caller]
fn plain_location() -> (Status, &'static Location<'static>) {
    (status!(200), Location::caller())
}

#[responds(200, debug_check)]
#[track_caller]
fn checked_location() -> (Status, &'static Location<'static>) {
    (status!(200), Location::caller())
}

#[track_caller]
fn plain_parse(text: &str) -> (Status, u32) {
    (status!(200), text.parse().unwrap())
}

#[responds(200, debug_check)]
#[track_caller]
fn checked_parse(text: &str) -> (Status, u32) {
    (status!(200), text.parse().unwrap())
}

#[responds(200, debug_check)]
#[track_caller]
fn checked_lookup(id: u32) -> Result<Status, ApiError> {
    if id == 0 {
        return Err(taken());
    }
    let found = if id == 1 { Ok(()) } else { Err(taken()) };
    found?;
    Ok(status!(200))
}

#[test]
fn track_caller_handlers_report_the_same_caller() {
    let plain = (plain_location().1, line!());
    let check = (checked_location().1, line!());
    assert_eq!((plain.0.file(), plain.0.line()), (file!(), plain.1));
    assert_eq!((check.0.file(), check.0.line()), (file!(), check.1));
    assert_eq!(plain.0.column(), check.0.column());
}

#[test]
fn panics_in_track_caller_handlers_point_at_the_same_caller() {
    let (plain_message, plain_line) = panic_of(|| plain_parse("x"));
    let (checked_message, checked_line) = panic_of(|| checked_parse("x"));
    assert_eq!(plain_message, checked_message);
    assert_eq!(
        plain_line,
        line_of(r#"let (plain_message, plain_line) = panic_of(|| plain_parse("x"));"#)
    );
    assert_eq!(
        checked_line,
        line_of(r#"let (checked_message, checked_line) = panic_of(|| checked_parse("x"));"#)
    );
}

/// The explicit returns and the tail of a `#[track_caller]` handler are still checked (at the
/// handler's caller, as for any panic in it); exits through `?` are not.
#[cfg(debug_assertions)]
#[test]
fn track_caller_handlers_check_their_returns_but_not_question_marks() {
    let (message, line) = panic_of(|| checked_lookup(0));
    assert!(
        message.contains("handler `checked_lookup` answered 409 Conflict"),
        "{message}"
    );
    assert_eq!(
        line,
        line_of("let (message, line) = panic_of(|| checked_lookup(0));")
    );
    assert_eq!(checked_lookup(2), Err(ApiError::Taken));
    assert_eq!(checked_lookup(1), Ok(Status::OK));
}
