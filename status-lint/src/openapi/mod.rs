//! The OpenAPI reader: finds the response keys of every operation in a JSON or YAML document
//! and judges each.

pub mod json;
pub mod tree;
pub mod yaml;

use std::collections::HashMap;

use crate::finding::{Hit, Malformed, Place, Said};
use status_table::{lookup, Date};

use crate::rules::{judge, outdated_name_in, Rule};
use crate::source::Source;
use tree::Node;

/// The keys of a Path Item that hold operations, in OpenAPI 2.0 to 3.2.
const METHODS: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

/// The two syntaxes a document can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// JSON.
    Json,
    /// YAML.
    Yaml,
}

impl Syntax {
    /// The syntax a file name suggests.
    pub fn of(path: &std::path::Path) -> Option<Syntax> {
        match path.extension()?.to_str()? {
            "json" => Some(Syntax::Json),
            "yaml" | "yml" => Some(Syntax::Yaml),
            _ => None,
        }
    }

    /// Its name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Syntax::Json => "JSON",
            Syntax::Yaml => "YAML",
        }
    }
}

/// Why a document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The reader's words.
    pub message: String,
    /// Where.
    pub place: Place,
}

/// What reading a file gave.
pub enum Outcome {
    /// An OpenAPI (or Swagger 2.0) document, and what it breaks. In a YAML stream of several
    /// documents, every OpenAPI one is checked, and `skipped` holds the positions (from 1) of
    /// the others.
    Checked {
        /// What the OpenAPI documents break.
        hits: Vec<Hit>,
        /// The positions of the other documents of the stream.
        skipped: Vec<usize>,
        /// The files its `$ref`s name: a split document's other files.
        refs: Vec<FileRef>,
    },
    /// Well-formed, and no document of it is OpenAPI.
    NotOpenApi,
}

/// A file a `$ref` names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRef {
    /// As written (`paths/users.yaml`), without the part after `#`.
    pub file: String,
    /// The code when the `$ref` is a response's whole definition (`'422': {$ref: ...}`): the
    /// file is then that code's response.
    pub response: Option<u16>,
}

/// True when a file's text may be an OpenAPI document: the cheap test for files met in a walk.
pub fn may_be_openapi(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"openapi").is_some()
        || memchr::memmem::find(text.as_bytes(), b"swagger").is_some()
}

/// Which documents without an `openapi` field are read as parts of a split document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parts {
    /// None: only OpenAPI documents are checked (a file met in a walk).
    None,
    /// Those unmistakably shaped like one: a responses object, or an operation under an HTTP
    /// method key (a file named on the command line).
    Shaped,
    /// Any: the file is one, since a document's `$ref` names it. Its responses are checked
    /// wherever they stand (an operation's own `responses` too), and a part with none, such as
    /// a schema, is checked clean. With a code, the `$ref` was that code's response, and the
    /// file is checked as one.
    Any(Option<u16>),
}

/// Reads a document and, when it is OpenAPI or a part of one (see [`Parts`]), checks its
/// response keys.
pub fn check(
    source: &Source<'_>,
    syntax: Syntax,
    today: Date,
    parts: Parts,
) -> Result<Outcome, SyntaxError> {
    let documents = match syntax {
        Syntax::Json => vec![json::parse(source).map_err(|error| SyntaxError {
            message: error.message,
            place: source.place_of(error.offset, 1),
        })?],
        Syntax::Yaml => yaml::parse(source.text()).map_err(|error| SyntaxError {
            message: error.message,
            place: error.place,
        })?,
    };
    let is_openapi = |root: &Node| {
        matches!(root.get("openapi"), Some(Node::Scalar(version)) if version.starts_with('3'))
            || matches!(root.get("swagger"), Some(Node::Scalar(version)) if version.starts_with('2'))
    };
    let mut hits = Vec::new();
    let mut skipped = Vec::new();
    let mut refs = Vec::new();
    if documents.iter().any(is_openapi) {
        for (position, root) in documents.iter().enumerate() {
            if is_openapi(root) {
                walk_document(root, today, &mut hits);
                local_refs(root, None, &mut refs);
            } else {
                skipped.push(position + 1);
            }
        }
    } else if matches!(parts, Parts::Any(_))
        || (parts == Parts::Shaped && documents.iter().any(is_part))
    {
        for root in &documents {
            match (root, parts) {
                (Node::Map(entries), _) if is_responses(entries) => {
                    check_responses(entries, today, &mut hits);
                }
                (_, Parts::Any(Some(code))) => {
                    check_response(&code.to_string(), root, &mut hits);
                }
                (_, Parts::Any(None)) => {
                    if let Some(Node::Map(responses)) = root.get("responses") {
                        check_responses(responses, today, &mut hits);
                    }
                    walk(root, None, false, false, today, &mut hits);
                }
                _ => walk(root, None, false, false, today, &mut hits),
            }
            local_refs(root, None, &mut refs);
        }
    } else {
        return Ok(Outcome::NotOpenApi);
    }
    // A key behind an alias is met once per alias, always at the anchor's place: it is
    // reported once.
    let mut reported = std::collections::HashSet::new();
    hits.retain(|hit| reported.insert((hit.rule, hit.place, hit.code.clone())));
    Ok(Outcome::Checked {
        hits,
        skipped,
        refs,
    })
}

/// True for a document unmistakably shaped like a part of a split OpenAPI document: a
/// responses object (every key a code, a class range or `default`), or anything holding an
/// operation under an HTTP method key (paths, a path item, a file of several).
fn is_part(root: &Node) -> bool {
    match root {
        Node::Map(entries) => is_responses(entries) || has_operation(root),
        _ => false,
    }
}

/// True when an HTTP method key somewhere under `node` holds a mapping with `responses`.
fn has_operation(node: &Node) -> bool {
    match node {
        Node::Map(entries) => entries.iter().any(|(key, value)| {
            (METHODS.contains(&key.text.as_str())
                && matches!(value.get("responses"), Some(Node::Map(_))))
                || has_operation(value)
        }),
        Node::Seq(items) => items.iter().any(has_operation),
        Node::Scalar(_) | Node::Other => false,
    }
}

/// True when every key but extensions looks like a response key (digits and `X`, or
/// `default`), so a responses object is told from any other mapping; the keys are then
/// judged as response keys.
fn is_responses(entries: &[(tree::Key, Node)]) -> bool {
    let mut keys = entries
        .iter()
        .map(|(key, _)| key.text.as_str())
        .filter(|key| !key.starts_with("x-"))
        .peekable();
    keys.peek().is_some()
        && keys.all(|key| {
            key == "default"
                || (!key.is_empty()
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'X' || b == b'x'))
        })
}

/// The files a document's `$ref`s name: every `$ref` value that is neither within the
/// document (`#/...`) nor a URL, without its `#...` part, each once, in order. `response` is
/// the code when `node` is the value of a key of a responses object, so that a `$ref` in it
/// is that code's response.
fn local_refs(node: &Node, response: Option<u16>, refs: &mut Vec<FileRef>) {
    match node {
        Node::Map(entries) => {
            let responses = is_responses(entries);
            for (key, value) in entries {
                if key.text == "$ref" {
                    if let Node::Scalar(target) = value {
                        let file = target.split('#').next().unwrap_or_default();
                        if !file.is_empty()
                            && !file.contains("://")
                            && !refs.iter().any(|known| known.file == file)
                        {
                            refs.push(FileRef {
                                file: file.to_owned(),
                                response,
                            });
                        }
                    }
                }
                let code = responses
                    .then(|| key.text.parse().ok())
                    .flatten()
                    .filter(|code| (100..=999).contains(code));
                local_refs(value, code, refs);
            }
        }
        Node::Seq(items) => {
            for item in items {
                local_refs(item, None, refs);
            }
        }
        Node::Scalar(_) | Node::Other => {}
    }
}

/// Walks an OpenAPI document: what its `paths` hold are the API's own operations, which the
/// rules about what an operation documents apply to; webhooks and callbacks are requests the
/// API sends, whose responses other servers give.
fn walk_document(root: &Node, today: Date, hits: &mut Vec<Hit>) {
    match root {
        Node::Map(entries) => {
            for (key, value) in entries {
                walk(
                    value,
                    Some(&key.text),
                    key.text == "paths",
                    false,
                    today,
                    hits,
                );
            }
        }
        _ => walk(root, None, false, false, today, hits),
    }
}

/// Visits every mapping; the `responses` of an operation (a mapping under an HTTP method key)
/// are checked. That covers paths, webhooks and callbacks alike, and leaves
/// `components.responses`, whose keys are names, alone. `api` is true under `paths`, outside
/// callbacks; `inherited` when the path item above takes parameters.
fn walk(
    node: &Node,
    parent_key: Option<&str>,
    api: bool,
    inherited: bool,
    today: Date,
    hits: &mut Vec<Hit>,
) {
    match node {
        Node::Map(entries) => {
            let is_operation = parent_key.is_some_and(|key| METHODS.contains(&key));
            // A path item's parameters are each of its operations' input too.
            let inherited = inherited
                || (parent_key.is_some_and(|key| key.starts_with('/'))
                    && takes_input(node, &["parameters"]));
            for (key, value) in entries {
                if is_operation && key.text == "responses" {
                    if let Node::Map(responses) = value {
                        check_responses(responses, today, hits);
                        if api {
                            let inputs = inherited
                                || takes_input(node, &["parameters", "requestBody", "security"]);
                            check_coverage(responses, key.place, inputs, hits);
                            check_upgrade(responses, hits);
                        }
                    }
                }
                let api = api && key.text != "callbacks";
                walk(value, Some(&key.text), api, inherited, today, hits);
            }
        }
        Node::Seq(items) => {
            for item in items {
                walk(item, None, api, inherited, today, hits);
            }
        }
        Node::Scalar(_) | Node::Other => {}
    }
}

/// True when one of `keys` of `node` holds something: a request the operation can refuse.
fn takes_input(node: &Node, keys: &[&str]) -> bool {
    keys.iter().any(|key| match node.get(key) {
        Some(Node::Seq(items)) => !items.is_empty(),
        Some(Node::Map(entries)) => !entries.is_empty(),
        Some(Node::Scalar(_) | Node::Other) => true,
        None => false,
    })
}

/// What an operation of the API documents: some success (a 1xx, 2xx or 3xx code or range) and,
/// when it takes input it can refuse (`inputs`: parameters, a body, a security requirement),
/// some client error (a 4xx code or range). A `default` response may stand for either, so an
/// operation with one is never held to these.
fn check_coverage(responses: &[(tree::Key, Node)], at: Place, inputs: bool, hits: &mut Vec<Hit>) {
    let keys = || responses.iter().map(|(key, _)| key.text.as_str());
    if keys().any(|key| key == "default" || key.starts_with('$')) {
        return;
    }
    let class = |key: &str| key.bytes().next().filter(|_| key.len() == 3);
    if !keys().any(|key| matches!(class(key), Some(b'1'..=b'3'))) {
        hits.push(Hit {
            rule: Rule::NoSuccess,
            code: "responses".to_owned(),
            place: at,
            said: Said::NoSuccess,
            first: None,
        });
    }
    if inputs && !keys().any(|key| class(key) == Some(b'4')) {
        hits.push(Hit {
            rule: Rule::NoClientError,
            code: "responses".to_owned(),
            place: at,
            said: Said::NoClientError,
            first: None,
        });
    }
}

/// An operation of the API that documents 101 Switching Protocols beside a 2xx code or range:
/// one hit, at the 101.
fn check_upgrade(responses: &[(tree::Key, Node)], hits: &mut Vec<Hit>) {
    let upgrade = responses.iter().find(|(key, _)| key.text == "101");
    let success = responses
        .iter()
        .find(|(key, _)| key.text.len() == 3 && key.text.starts_with('2'));
    if let (Some((upgrade, _)), Some((success, _))) = (upgrade, success) {
        hits.push(Hit {
            rule: Rule::UpgradeWithSuccess,
            code: upgrade.text.clone(),
            place: upgrade.place,
            said: Said::UpgradeWithSuccess {
                success: success.text.clone(),
            },
            first: None,
        });
    }
}

/// What one response documents beside its key: a body under a code that never carries one
/// (OpenAPI 3's non-empty `content`, Swagger 2.0's `schema`), and a description that uses a
/// name the registry has replaced for the key's code. A response given by `$ref` is not
/// followed here.
fn check_response(key: &str, response: &Node, hits: &mut Vec<Hit>) {
    let (Some(entry), Node::Map(fields)) = (key.parse().ok().and_then(lookup), response) else {
        return;
    };
    for (field, value) in fields {
        let body = match (field.text.as_str(), value) {
            ("content", Node::Map(media_types)) => !media_types.is_empty(),
            ("schema", _) => true,
            _ => false,
        };
        if body && entry.never_has_content() {
            hits.push(Hit {
                rule: Rule::BodyNotAllowed,
                code: key.to_owned(),
                place: field.place,
                said: Said::BodyNotAllowed {
                    entry,
                    key: field.text.clone(),
                },
                first: None,
            });
        }
        if let ("description", Node::Scalar(description)) = (field.text.as_str(), value) {
            if let Some((entry, name)) = outdated_name_in(description, Some(entry.code())) {
                hits.push(Hit {
                    rule: Rule::OutdatedPhrase,
                    code: key.to_owned(),
                    place: field.place,
                    said: Said::OutdatedPhrase {
                        entry,
                        phrase: name.to_owned(),
                    },
                    first: None,
                });
            }
        }
    }
}

fn check_responses(responses: &[(tree::Key, Node)], today: Date, hits: &mut Vec<Hit>) {
    let mut seen: HashMap<&str, Place> = HashMap::new();
    for (key, response) in responses {
        if key.text.starts_with("x-") {
            continue;
        }
        hits.extend(check_key(&key.text, key.place, today));
        check_response(&key.text, response, hits);
        if let Some(&first) = seen.get(key.text.as_str()) {
            hits.push(Hit {
                rule: Rule::Duplicate,
                code: key.text.clone(),
                place: key.place,
                said: Said::Duplicate {
                    written: key.text.clone(),
                    first_line: first.line,
                    line: key.place.line,
                },
                first: Some(first),
            });
        } else {
            seen.insert(&key.text, key.place);
        }
    }
}

impl Malformed {
    /// The kind of mistake in `key`, which is known not to be a code, a range or `default`.
    pub(crate) fn of(key: &str) -> Malformed {
        let bytes = key.as_bytes();
        let class = char::from(bytes.first().copied().unwrap_or_default());
        let x = |byte: u8| byte.eq_ignore_ascii_case(&b'x');
        match bytes {
            [b'1'..=b'5', second, third] if x(*second) && x(*third) => {
                Malformed::LowerCaseRange(class)
            }
            [first, second, third] if first.is_ascii_digit() && x(*second) && x(*third) => {
                Malformed::NoSuchClass
            }
            [b'1'..=b'5', second, third] if second.is_ascii_digit() && x(*third) => {
                Malformed::NarrowerThanClass(class)
            }
            _ => Malformed::NotACode,
        }
    }
}

/// Judges one response key: a code, a range such as `4XX`, or `default`.
pub fn check_key(key: &str, place: Place, today: Date) -> Option<Hit> {
    let bytes = key.as_bytes();
    let malformed = || Hit {
        rule: Rule::Malformed,
        code: key.to_owned(),
        place,
        said: Said::Malformed {
            key: key.to_owned(),
            kind: Malformed::of(key),
        },
        first: None,
    };
    if key == "default" {
        return None;
    }
    if bytes.len() == 3 && bytes[1..] == *b"XX" && matches!(bytes[0], b'1'..=b'5') {
        return None;
    }
    if !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit) && bytes.len() == 3 {
        let code: u64 = key.parse().ok()?;
        let verdict = judge(code, today)?;
        return Some(Hit {
            rule: verdict.rule(),
            code: key.to_owned(),
            place,
            said: Said::Verdict {
                verdict,
                written: key.to_owned(),
                constant: None,
            },
            first: None,
        });
    }
    Some(malformed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use status_table::REGISTRY_DATE;

    fn rules(text: &str, syntax: Syntax) -> Vec<(Rule, String, usize)> {
        let source = Source::new(text);
        match check(&source, syntax, REGISTRY_DATE, Parts::None).unwrap() {
            Outcome::Checked { hits, .. } => hits
                .into_iter()
                .map(|hit| (hit.rule, hit.code, hit.place.line))
                .collect(),
            Outcome::NotOpenApi => panic!("not openapi"),
        }
    }

    #[test]
    fn keys() {
        let at = Place {
            line: 1,
            column: 0,
            len: 1,
        };
        let rule = |key| check_key(key, at, REGISTRY_DATE).map(|hit| hit.rule);
        assert_eq!(rule("200"), None);
        assert_eq!(rule("4XX"), None);
        assert_eq!(rule("default"), None);
        assert_eq!(rule("6XX"), Some(Rule::Malformed));
        assert_eq!(rule("4xx"), Some(Rule::Malformed));
        assert_eq!(rule("12345"), Some(Rule::Malformed));
        assert_eq!(rule("600"), Some(Rule::OutOfRange));
        assert_eq!(rule("099"), Some(Rule::OutOfRange));
        assert_eq!(rule("299"), Some(Rule::Unassigned));
        assert_eq!(rule("418"), Some(Rule::Unused));
        assert_eq!(rule(""), Some(Rule::Malformed));
    }

    #[test]
    fn malformed_keys_are_told_apart() {
        assert_eq!(Malformed::of("4xx"), Malformed::LowerCaseRange('4'));
        assert_eq!(Malformed::of("5Xx"), Malformed::LowerCaseRange('5'));
        assert_eq!(Malformed::of("6XX"), Malformed::NoSuchClass);
        assert_eq!(Malformed::of("0xx"), Malformed::NoSuchClass);
        assert_eq!(Malformed::of("40X"), Malformed::NarrowerThanClass('4'));
        assert_eq!(Malformed::of("12345"), Malformed::NotACode);
        assert_eq!(Malformed::of("é1"), Malformed::NotACode);
        assert_eq!(Malformed::of(""), Malformed::NotACode);
    }

    #[test]
    fn json_and_yaml_agree() {
        let json = r#"{"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {
"200": {}, "418": {}, "200": {}}}}}, "components": {"responses": {"NotFound": {}}}}"#;
        let yaml = "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n        200: {}\n        '418': {}\n        \"200\": {}\ncomponents:\n  responses:\n    NotFound: {}\n";
        let expected = |line_418, line_dup| {
            vec![
                (Rule::Unused, "418".to_owned(), line_418),
                (Rule::Duplicate, "200".to_owned(), line_dup),
            ]
        };
        assert_eq!(rules(json, Syntax::Json), expected(2, 2));
        assert_eq!(rules(yaml, Syntax::Yaml), expected(7, 8));
    }

    /// The hits of a YAML document about its codes (not about what operations leave out), and
    /// the documents skipped.
    fn checked(text: &str) -> (Vec<(Rule, String, usize)>, Vec<usize>) {
        let (hits, skipped) = every_hit(text);
        let codes = hits
            .into_iter()
            .filter(|(rule, _, _)| !matches!(rule, Rule::NoSuccess | Rule::NoClientError))
            .collect();
        (codes, skipped)
    }

    fn every_hit(text: &str) -> (Vec<(Rule, String, usize)>, Vec<usize>) {
        match check(&Source::new(text), Syntax::Yaml, REGISTRY_DATE, Parts::None).unwrap() {
            Outcome::Checked { hits, skipped, .. } => (
                hits.into_iter()
                    .map(|hit| (hit.rule, hit.code, hit.place.line))
                    .collect(),
                skipped,
            ),
            Outcome::NotOpenApi => panic!("not openapi"),
        }
    }

    /// An operation of the API documents some success and some client error; `default`, a
    /// range, and 101 for an upgrade count; webhooks and callbacks, answered by other servers,
    /// are not held to it.
    #[test]
    fn operations_document_success_and_client_errors() {
        let yaml = "openapi: 3.1.0
paths:
  /none:
    get:
      parameters: [{name: q, in: query}]
      responses:
        '500': {description: e}
  /health:
    get:
      responses: {'200': {description: up}}
  /items/{id}:
    parameters: [{name: id, in: path, required: true}]
    delete:
      responses: {'204': {description: gone}}
  /fine:
    get:
      responses: {'200': {description: ok}, '404': {description: nf}}
  /ranges:
    post:
      responses: {'2XX': {description: ok}, '4XX': {description: bad}}
  /default:
    put:
      responses: {default: {description: anything}}
  /socket:
    get:
      responses: {'101': {description: upgrade}, '400': {description: bad}}
      callbacks:
        done:
          '{$request.body#/url}':
            post:
              responses: {'200': {description: ok}}
webhooks:
  ping:
    post:
      responses: {'200': {description: ok}}
";
        assert_eq!(
            every_hit(yaml).0,
            [
                (Rule::NoSuccess, "responses".to_owned(), 6),
                (Rule::NoClientError, "responses".to_owned(), 6),
                (Rule::NoClientError, "responses".to_owned(), 14),
            ]
        );
    }

    /// Responses behind an alias are read where the anchor wrote them, once however many
    /// operations use them.
    #[test]
    fn aliases_are_followed() {
        let yaml = "openapi: 3.0.0\nx-common: &common\n  '306': {description: x}\n  '200': {description: ok}\npaths:\n  /a:\n    get:\n      responses: *common\n  /b:\n    get:\n      responses: *common\n";
        assert_eq!(checked(yaml).0, [(Rule::Unused, "306".to_owned(), 3)]);
    }

    /// A merge key brings the merged mapping's keys the mapping does not write itself: no
    /// malformed `<<`, and a key written beside it overrides, as YAML says, rather than
    /// repeating.
    #[test]
    fn merge_keys_are_merged() {
        let yaml = "openapi: 3.0.0\nx-errors: &errors\n  '418': {description: t}\n  '500': {description: e}\npaths:\n  /a:\n    get:\n      responses:\n        <<: *errors\n        '200': {description: ok}\n        '500': {description: own}\n  /b:\n    get:\n      responses:\n        <<: [*errors, {'306': {}}]\n";
        assert_eq!(
            checked(yaml).0,
            [
                (Rule::Unused, "418".to_owned(), 3),
                (Rule::Unused, "306".to_owned(), 15),
            ]
        );
    }

    /// Every document of a stream is read; those that are not OpenAPI are named as skipped.
    #[test]
    fn every_document_of_a_stream_is_read() {
        let yaml = "openapi: 3.0.0\npaths: {/a: {get: {responses: {'306': {description: x}}}}}\n---\nkind: ConfigMap\n---\nopenapi: 3.1.0\npaths: {/b: {get: {responses: {'418': {description: x}}}}}\n";
        let (hits, skipped) = checked(yaml);
        assert_eq!(
            hits,
            [
                (Rule::Unused, "306".to_owned(), 2),
                (Rule::Unused, "418".to_owned(), 7),
            ]
        );
        assert_eq!(skipped, [2]);
    }

    /// Aliases of aliases that would expand exponentially are refused before they do.
    #[test]
    fn an_alias_bomb_stays_cheap() {
        let mut yaml = "openapi: 3.0.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n".to_owned();
        for level in 1..12 {
            let aliases = vec![format!("*a{}", level - 1); 10].join(", ");
            yaml += &format!("a{level}: &a{level} [{aliases}]\n");
        }
        let error = match check(
            &Source::new(&yaml),
            Syntax::Yaml,
            REGISTRY_DATE,
            Parts::None,
        ) {
            Err(error) => error,
            Ok(_) => panic!("an alias bomb was read"),
        };
        assert!(
            error.message.contains("aliases expand to more than"),
            "{}",
            error.message
        );
    }

    #[test]
    fn other_documents_are_told_apart() {
        let source = Source::new("{\"name\": \"openapi\"}");
        assert!(matches!(
            check(&source, Syntax::Json, REGISTRY_DATE, Parts::None),
            Ok(Outcome::NotOpenApi)
        ));
    }
}
