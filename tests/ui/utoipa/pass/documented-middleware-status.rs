#![deny(warnings)]

// An authentication layer in front of a group of handlers answers 401; the group declares it
// once, in a constant, and each handler names that constant. Documenting the 401 is accepted,
// and the document check adds it where the document leaves it out.

use status_core::openapi::utoipa::DocumentCheck;
use status_core::{responds, status, Status, StatusSet};
use utoipa::OpenApi;

/// What the authentication layer in front of the admin routes answers with.
pub const AUTH: StatusSet = StatusSet::of(&[status!(401)]);
/// What the rate limit in front of every route answers with.
pub const RATE_LIMIT: StatusSet = StatusSet::of(&[status!(429)]);

/// Lists every post.
#[responds(200, middleware(AUTH, RATE_LIMIT))]
#[utoipa::path(
    get,
    path = "/admin/posts",
    responses(
        (status = 200, description = "Every post"),
        (status = 401, description = "No valid admin token"),
    )
)]
pub async fn all_posts() -> Status {
    Status::OK
}

/// Deletes every post.
#[responds(204, middleware(AUTH))]
#[utoipa::path(delete, path = "/admin/posts")]
pub async fn delete_posts() -> Status {
    Status::NO_CONTENT
}

static CONTRACTS: DocumentCheck =
    DocumentCheck::new(&[ALL_POSTS_RESPONSES, DELETE_POSTS_RESPONSES]).fill();

#[derive(OpenApi)]
#[openapi(paths(all_posts, delete_posts), modifiers(&CONTRACTS))]
struct ApiDoc;

fn main() {
    assert!(ALL_POSTS_RESPONSES.contains(401));
    assert!(!ALL_POSTS_RESPONSES.declares(401));
    assert_eq!(ALL_POSTS_RESPONSES.middleware(), AUTH.union(RATE_LIMIT));
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let listed = |method: &str| -> Vec<String> {
        doc["paths"]["/admin/posts"][method]["responses"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    assert_eq!(listed("get"), ["200", "401", "429"]);
    assert_eq!(listed("delete"), ["204", "401"]);
    assert_eq!(
        doc["paths"]["/admin/posts"]["get"]["responses"]["401"]["description"],
        "No valid admin token"
    );
    let added = doc["paths"]["/admin/posts"]["delete"]["responses"]["401"]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(added.ends_with("Answered by a layer in front of the handler, such as authentication, a rate limit or a timeout."), "{added}");
}
