#![deny(warnings)]

// A return type whose name ends in `Result` but is no `Result` (the app's own enum): the
// compiler, not the name, says whether it has an error type, so it is left alone.

use status_core::{responds, ResponseStatus};

/// What a search found.
pub enum SearchResult<T> {
    Found(Vec<T>),
    Nothing,
}

impl<T> ResponseStatus for SearchResult<T> {
    fn response_status(&self) -> u16 {
        200
    }
}

/// Searches.
#[responds(200)]
pub fn search(query: &str) -> SearchResult<u32> {
    if query.is_empty() {
        return SearchResult::Nothing;
    }
    SearchResult::Found(vec![1])
}

fn main() {
    assert!(matches!(search(""), SearchResult::Nothing));
    assert!(matches!(search("a"), SearchResult::Found(found) if found == [1]));
}
