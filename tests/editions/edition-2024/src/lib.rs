//! Every generated path resolves in a 2024-edition crate, with its stricter rules on
//! `unsafe` attributes, captures and fragments.

include!("../../handlers.rs");
