//! Prints the example service's OpenAPI document: utoipa's, with every operation's responses
//! written and checked by `#[responds]`.
//!
//! ```text
//! cargo run --example openapi
//! ```

fn main() {
    match status_examples::openapi::document().to_pretty_json() {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("openapi: cannot write the document: {error}");
            std::process::exit(1);
        }
    }
}
