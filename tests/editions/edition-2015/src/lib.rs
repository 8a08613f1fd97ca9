//! Every generated path resolves in a 2015-edition crate, where `::name` is a path from the
//! crate root.

include!("../../handlers.rs");
