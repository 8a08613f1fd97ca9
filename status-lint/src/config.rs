//! `status-lint.toml`: per-rule levels and codes that are never reported.
//!
//! ```toml
//! # Codes never reported, whatever the rule: this service is a proxy that must send 499.
//! allow = [499]
//!
//! # A level for any rule: "error", "warn" or "allow".
//! [rules]
//! "status::discouraged" = "error"
//! "status::non-standard" = "warn"
//! ```
//!
//! The file is `--config PATH`, or else the first `status-lint.toml` found in the current
//! directory or one of its parents.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::rules::{Level, Rule};

/// The name looked for when no `--config` is given.
pub const FILE_NAME: &str = "status-lint.toml";

/// Levels and allowed codes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    levels: BTreeMap<Rule, Level>,
    allowed: Vec<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    allow: Vec<u16>,
    #[serde(default)]
    rules: BTreeMap<String, String>,
}

impl Config {
    /// The level of `rule`.
    pub fn level(&self, rule: Rule) -> Level {
        self.levels
            .get(&rule)
            .copied()
            .unwrap_or(rule.default_level())
    }

    /// True when `code` is never reported.
    pub fn allows_code(&self, code: &str) -> bool {
        code.parse::<u16>()
            .is_ok_and(|code| self.allowed.contains(&code))
    }

    /// Reads a configuration from TOML text.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let raw: Raw =
            toml::from_str(text).map_err(|error| ConfigError::Toml(error.to_string()))?;
        let mut levels = BTreeMap::new();
        for (id, level) in raw.rules {
            let rule = Rule::from_id(&id).ok_or_else(|| ConfigError::UnknownRule(id.clone()))?;
            let level = Level::from_name(&level).ok_or(ConfigError::UnknownLevel { level, id })?;
            levels.insert(rule, level);
        }
        Ok(Config {
            levels,
            allowed: raw.allow,
        })
    }

    /// Reads the file at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|error| ConfigError::Unreadable(error.to_string()))?;
        Config::parse(&text)
    }
}

/// What is wrong with a configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file could not be read; the system's words for why.
    Unreadable(String),
    /// Not TOML, or not the shape of the configuration; the parser's words.
    Toml(String),
    /// A rule id that names no rule.
    UnknownRule(String),
    /// A level that is not error, warn or allow, given for the rule `id`.
    UnknownLevel {
        /// The level as written.
        level: String,
        /// The rule it was given for.
        id: String,
    },
}

/// The `status-lint.toml` in `dir` or the nearest of its parents that has one.
pub fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;
    use status_table::words::Lang;

    #[test]
    fn levels_and_codes() {
        let config =
            Config::parse("allow = [499]\n[rules]\n\"status::non-standard\" = \"warn\"\n").unwrap();
        assert_eq!(config.level(Rule::NonStandard), Level::Warning);
        assert_eq!(config.level(Rule::Unused), Level::Error);
        assert!(config.allows_code("499"));
        assert!(!config.allows_code("444"));
    }

    #[test]
    fn mistakes_are_named() {
        let error = Config::parse("[rules]\n\"status::unusd\" = \"warn\"\n")
            .unwrap_err()
            .message(Lang::English);
        assert!(error.contains("unknown rule `status::unusd`"), "{error}");
        let error = Config::parse("[rules]\n\"status::unused\" = \"loud\"\n")
            .unwrap_err()
            .message(Lang::English);
        assert!(error.contains("unknown level `loud`"), "{error}");
        assert!(Config::parse("allowed = [1]").is_err());
    }
}
