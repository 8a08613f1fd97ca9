//! Property tests for the OpenAPI reader: it never panics on any text, and for any list of
//! response keys, written as JSON or as YAML, it reports the same findings on the lines the
//! keys were written on, duplicates included.

use proptest::prelude::*;
use status_lint::{
    check_document as check, check_key, Outcome, Parts, Place, Rule, Source, Syntax,
};
use status_table::REGISTRY_DATE;

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..=1200).prop_map(|code| format!("{code:03}")),
        "[0-9][xX]{2}",
        Just("default".to_owned()),
        "[0-9]{1,6}",
        "[a-z]{1,8}",
    ]
}

/// What the reader must report for `keys`, each written on its own line starting at `first`.
fn expected(keys: &[String], first: usize) -> Vec<(Rule, String, usize)> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for (index, key) in keys.iter().enumerate() {
        let line = first + index;
        let place = Place {
            line,
            column: 0,
            len: 1,
        };
        if let Some(hit) = check_key(key, place, REGISTRY_DATE) {
            out.push((hit.rule, hit.code, line));
        }
        if seen.contains_key(key) {
            out.push((Rule::Duplicate, key.clone(), line));
        } else {
            seen.insert(key.clone(), line);
        }
    }
    out
}

/// What the reader says about the response keys (leaving out what it says about an
/// operation's responses as a whole, which is not about any one key).
fn found(text: &str, syntax: Syntax) -> Vec<(Rule, String, usize)> {
    let source = Source::new(text);
    match check(&source, syntax, REGISTRY_DATE, Parts::None) {
        Ok(Outcome::Checked { hits, .. }) => hits
            .into_iter()
            .filter(|hit| {
                !matches!(
                    hit.rule,
                    Rule::NoSuccess | Rule::NoClientError | Rule::UpgradeWithSuccess
                )
            })
            .map(|hit| (hit.rule, hit.code, hit.place.line))
            .collect(),
        Ok(Outcome::NotOpenApi) => panic!("not read as OpenAPI:\n{text}"),
        Err(error) => panic!("{error:?}\n{text}"),
    }
}

proptest! {
    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,200}") {
        let source = Source::new(&text);
        let _ = check(&source, Syntax::Json, REGISTRY_DATE, Parts::Shaped);
        let _ = check(&source, Syntax::Yaml, REGISTRY_DATE, Parts::Shaped);
    }

    #[test]
    fn any_bytes_shaped_like_a_document(text in "[{}\\[\\]\":, \n0-9a-zX\\-#'?&*!|>]{0,120}") {
        let text = format!("openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n{text}");
        let source = Source::new(&text);
        let _ = check(&source, Syntax::Yaml, REGISTRY_DATE, Parts::Shaped);
        let json = format!("{{\"openapi\": \"3.0.0\", \"paths\": {{\"/a\": {{\"get\": {{\"responses\": {text}");
        let _ = check(&Source::new(&json), Syntax::Json, REGISTRY_DATE, Parts::Shaped);
    }

    #[test]
    fn json_keys_are_found_where_written(keys in prop::collection::vec(key(), 0..12)) {
        let mut text = String::from("{\"openapi\": \"3.1.0\",\n\"paths\": {\"/a\": {\"post\": {\"responses\": {\n");
        let lines: Vec<String> = keys.iter().map(|key| format!("\"{key}\": {{\"description\": \"x\"}}")).collect();
        text += &lines.join(",\n");
        text += "\n}}}}}\n";
        prop_assert_eq!(found(&text, Syntax::Json), expected(&keys, 3));
    }

    #[test]
    fn yaml_keys_are_found_where_written(keys in prop::collection::vec(key(), 0..12), quoted in any::<bool>()) {
        let mut text = String::from("openapi: 3.0.3\npaths:\n  /a:\n    delete:\n      responses:\n");
        if keys.is_empty() {
            text += "        {}\n";
        }
        for key in &keys {
            if quoted {
                text += &format!("        '{key}':\n          description: x\n");
            } else {
                text += &format!("        {key}: {{description: x}}\n");
            }
        }
        let found = found(&text, Syntax::Yaml);
        // Quoted keys take two lines each (key, then description).
        let expected: Vec<_> = expected(&keys, 6)
            .into_iter()
            .map(|(rule, code, line)| (rule, code, if quoted { 6 + (line - 6) * 2 } else { line }))
            .collect();
        prop_assert_eq!(found, expected);
    }
}

/// A former name of a code the registry still lists, in any of the cases a writer uses.
fn outdated_name() -> impl Strategy<Value = (u16, String)> {
    let names: Vec<(u16, &'static str)> = status_lint::outdated_names()
        .map(|(entry, name)| (entry.code(), name))
        .collect();
    (prop::sample::select(names), 0..3usize).prop_map(|((code, name), case)| {
        let written = match case {
            0 => name.to_owned(),
            1 => name.to_lowercase(),
            _ => name.to_uppercase(),
        };
        (code, written)
    })
}

proptest! {
    /// A replaced name that is the whole text is found in any case, with or without its code
    /// before it; joined to a letter it is another word and never found; in lower case inside
    /// a sentence it is ordinary English and never found.
    #[test]
    fn outdated_names_are_found_as_names_only(
        (code, name) in outdated_name(),
        prefix in "[a-z]{1,8}",
        words in "[a-z]{1,8} [a-z]{1,8}",
    ) {
        let found = |text: String| status_lint::outdated_name_in(&text, Some(code)).is_some();
        let with_code = format!("{code} {name}.");
        let joined_before = format!("{prefix}{name}");
        let joined_after = format!("{name}{prefix}");
        let in_a_sentence = format!("{words} {} {words}", name.to_lowercase());
        prop_assert!(found(name));
        prop_assert!(found(with_code));
        prop_assert!(!found(joined_before));
        prop_assert!(!found(joined_after));
        prop_assert!(!found(in_a_sentence));
    }

    /// Under a code that never has a body, any non-empty `content` is reported, once, at the
    /// `content` key; an empty one, or any content under 200, is not.
    #[test]
    fn a_body_is_reported_only_where_none_can_be(
        code in prop::sample::select(vec![100u16, 101, 103, 200, 204, 304]),
        media_types in prop::collection::vec("[a-z]{1,6}/[a-z]{1,6}", 0..3),
    ) {
        let content: Vec<String> = media_types.iter().map(|media| format!("\"{media}\": {{}}")).collect();
        let text = format!(
            "{{\"openapi\": \"3.1.0\", \"paths\": {{\"/a\": {{\"get\": {{\"responses\": {{\n\"{code}\": {{\"description\": \"x\",\n\"content\": {{{}}}}}}}}}}}}}}}",
            content.join(", ")
        );
        let source = Source::new(&text);
        let Ok(Outcome::Checked { hits, .. }) = check(&source, Syntax::Json, REGISTRY_DATE, Parts::None) else {
            panic!("{text}");
        };
        let bodies: Vec<usize> = hits
            .iter()
            .filter(|hit| hit.rule == Rule::BodyNotAllowed)
            .map(|hit| hit.place.line)
            .collect();
        let forbidden = code < 200 || code == 204 || code == 304;
        let documented = !media_types.is_empty();
        prop_assert_eq!(bodies, if forbidden && documented { vec![3] } else { vec![] });
    }
}
