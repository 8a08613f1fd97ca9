//! Prints the example service's OpenAPI document, built from its `#[responds]` declarations.
//!
//! ```text
//! cargo run --example openapi
//! ```

fn main() {
    let document = status_examples::openapi::document(status_examples::service::ROUTES);
    println!("{document:#}");
}
