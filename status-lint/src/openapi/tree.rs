//! The document tree both readers build: mappings keep every key in order, duplicates
//! included, each with where it was written.

use crate::finding::Place;

/// A node of a JSON or YAML document.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// A mapping, with its keys in the order written, duplicates kept.
    Map(Vec<(Key, Node)>),
    /// A sequence.
    Seq(Vec<Node>),
    /// A string, or a YAML scalar of any kind, as text.
    Scalar(String),
    /// Numbers, booleans, null and YAML aliases: nothing the linter reads.
    Other,
}

/// A mapping key and where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    /// The key's text, unquoted.
    pub text: String,
    /// The key as written, quotes included.
    pub place: Place,
}

impl Node {
    /// The value of the first `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries
                .iter()
                .find(|(name, _)| name.text == key)
                .map(|(_, value)| value),
            _ => None,
        }
    }
}
