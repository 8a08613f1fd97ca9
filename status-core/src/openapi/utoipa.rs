//! A utoipa 6 document held to the handlers' contracts when it is built: a `utoipa::Modify`
//! that finds each handler's operation, by operation id or by method and path, and reports
//! every status the document and the contract disagree on, or first fills in what the
//! document lacks.
//!
//! ```
//! use status_core::openapi::utoipa::DocumentCheck;
//! use status_core::{Responses, Status};
//! use utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem, PathsBuilder};
//! use utoipa::openapi::{OpenApiBuilder, Response};
//! use utoipa::Modify;
//!
//! const CREATE_USER_RESPONSES: Responses =
//!     Responses::new("create_user", &[Status::CREATED, Status::CONFLICT], &[]);
//!
//! // What `#[utoipa::path(post, path = "/users", responses((status = 201, ...)))]` gives.
//! let operation = OperationBuilder::new()
//!     .operation_id(Some("create_user"))
//!     .response("201", Response::new("Created"))
//!     .build();
//! let mut document = OpenApiBuilder::new()
//!     .paths(PathsBuilder::new().path("/users", PathItem::new(HttpMethod::Post, operation)))
//!     .build();
//!
//! let check = DocumentCheck::new(&[CREATE_USER_RESPONSES]);
//! let differences = check.differences(&document);
//! assert_eq!(
//!     differences[0].to_string(),
//!     "POST /users (create_user): the contract lists 409 Conflict, which the document does not"
//! );
//!
//! // Filling writes the missing responses, described from the table, and leaves none.
//! check.fill().modify(&mut document);
//! assert!(DocumentCheck::new(&[CREATE_USER_RESPONSES]).differences(&document).is_empty());
//! ```
//!
//! With `#[derive(OpenApi)]`, name it among the modifiers, where it runs when the document is
//! built, so a server that serves the document checks it at start-up:
//!
//! ```
//! use status_core::openapi::utoipa::DocumentCheck;
//! use status_core::{Responses, Status};
//! use utoipa::OpenApi;
//!
//! # const CREATE_USER_RESPONSES: Responses = Responses::new("create_user", &[Status::CREATED, Status::CONFLICT], &[]);
//! #[utoipa::path(post, path = "/users", responses((status = 201, description = "Created")))]
//! async fn create_user() {}
//!
//! static CONTRACTS: DocumentCheck = DocumentCheck::new(&[CREATE_USER_RESPONSES]).fill();
//!
//! #[derive(OpenApi)]
//! #[openapi(paths(create_user), modifiers(&CONTRACTS))]
//! struct ApiDoc;
//!
//! let document = ApiDoc::openapi();
//! let post = document.paths.paths["/users"].post.as_ref().unwrap();
//! assert_eq!(post.responses.responses.keys().collect::<Vec<_>>(), ["201", "409"]);
//! ```

use std::borrow::ToOwned;
use std::collections::BTreeSet;
use std::fmt;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use ::utoipa::openapi::path::{Operation, PathItem};
use ::utoipa::openapi::{OpenApi, Response};
use ::utoipa::Modify;

use crate::openapi::{description, Origin};
use crate::responses::CodeWithReason;
use crate::{lookup, Responses};

/// Holds a utoipa document to the contracts of its handlers. As a `utoipa::Modify`, it
/// panics, listing every difference, if the document disagrees with a contract; after
/// [`fill`](Self::fill), it first adds the statuses a contract lists and the document lacks.
///
/// A document may leave out the statuses a handler's extractors imply
/// ([`Responses::implied`]): `#[responds]` resolves them by type, which only the compiler can,
/// so it cannot write them into `#[utoipa::path]`. `fill` adds them.
#[derive(Debug, Clone, Copy)]
pub struct DocumentCheck {
    contracts: &'static [Responses],
    routes: &'static [Route],
    fill: bool,
}

/// A contract for the operation at a method and path, for a handler whose operation id is not
/// its name or is shared with another handler.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    method: &'static str,
    path: &'static str,
    contract: Responses,
}

impl Route {
    /// The contract for the operation at `method` (`"post"`, any case) and `path`
    /// (`"/users/{id}"`, as the document writes it).
    pub const fn new(method: &'static str, path: &'static str, contract: Responses) -> Route {
        Route {
            method,
            path,
            contract,
        }
    }
}

impl DocumentCheck {
    /// A check of the operations whose operation id is each contract's handler name (utoipa's
    /// default operation id is the function's name).
    pub const fn new(contracts: &'static [Responses]) -> DocumentCheck {
        DocumentCheck {
            contracts,
            routes: &[],
            fill: false,
        }
    }

    /// Adds contracts found by method and path rather than by operation id.
    pub const fn routes(self, routes: &'static [Route]) -> DocumentCheck {
        DocumentCheck { routes, ..self }
    }

    /// Adds to each operation the statuses its contract lists and it lacks, described from
    /// the table, before checking.
    pub const fn fill(self) -> DocumentCheck {
        DocumentCheck { fill: true, ..self }
    }

    /// Every difference between `document` and the contracts: first the contracts whose
    /// operation cannot be found, or not told apart, then each found operation's statuses.
    pub fn differences(&self, document: &OpenApi) -> Vec<Difference> {
        let mut differences = Vec::new();
        for found in self.find(document, &mut differences) {
            let FoundOperation {
                label, contract, ..
            } = &found;
            let documented = documented_codes(found.operation(document), label, &mut differences);
            // What the request's extractors imply and the declared middleware adds may be left
            // out: `#[responds]` cannot write it into `#[utoipa::path]`, since only the
            // compiler knows it; `fill` adds it.
            for (status, origin) in contract.documented() {
                let may_be_left_out = matches!(origin, Origin::Implied | Origin::Middleware);
                if !may_be_left_out && !documented.contains(&status.code()) {
                    differences.push(Difference::new(
                        label,
                        format!("the contract lists {status}, which the document does not"),
                    ));
                }
            }
            for code in documented {
                if !contract.contains(code) {
                    differences.push(Difference::new(
                        label,
                        format!(
                            "the document lists {}, which the contract does not",
                            CodeWithReason(code)
                        ),
                    ));
                }
            }
        }
        differences
    }

    /// Finds each contract's operation; what cannot be found, or not told apart, is a
    /// difference.
    fn find(&self, document: &OpenApi, differences: &mut Vec<Difference>) -> Vec<FoundOperation> {
        let mut found = Vec::new();
        for contract in self.contracts {
            let label = format!("operation `{}`", contract.handler());
            let twins: Vec<&str> = self
                .contracts
                .iter()
                .filter(|other| other.handler() == contract.handler())
                .map(|other| other.module_path())
                .collect();
            if twins.len() > 1 {
                differences.push(Difference::new(
                    &label,
                    format!(
                        "{} handlers are named `{}` ({}), and an operation id cannot tell them apart; give each one's method and path with DocumentCheck::routes",
                        twins.len(),
                        contract.handler(),
                        twins.join(", ")
                    ),
                ));
                continue;
            }
            let matches: Vec<(String, String)> = operations(document)
                .filter(|(_, _, operation)| {
                    operation.operation_id.as_deref() == Some(contract.handler())
                })
                .map(|(path, method, _)| (path.to_owned(), method.to_owned()))
                .collect();
            match matches.as_slice() {
                [] => differences.push(Difference::new(
                    &label,
                    "the document has no operation with this id; if the operation id is not the handler's name, give its method and path with DocumentCheck::routes".to_owned(),
                )),
                [(path, method)] => found.push(FoundOperation {
                    label: format!("{} {path} ({})", method.to_uppercase(), contract.handler()),
                    path: path.clone(),
                    method: method.clone(),
                    contract: *contract,
                }),
                several => differences.push(Difference::new(
                    &label,
                    format!(
                        "{} operations have this id ({}); give this contract's method and path with DocumentCheck::routes",
                        several.len(),
                        several
                            .iter()
                            .map(|(path, method)| format!("{} {path}", method.to_uppercase()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )),
            }
        }
        for route in self.routes {
            let method = route.method.to_ascii_lowercase();
            let label = format!(
                "{} {} ({})",
                method.to_uppercase(),
                route.path,
                route.contract.handler()
            );
            let exists = document
                .paths
                .paths
                .get(route.path)
                .is_some_and(|item| operation_of(item, &method).is_some());
            if exists {
                found.push(FoundOperation {
                    label,
                    path: route.path.to_owned(),
                    method,
                    contract: route.contract,
                });
            } else {
                differences.push(Difference::new(
                    &label,
                    "the document has no operation at this method and path".to_owned(),
                ));
            }
        }
        found
    }
}

impl Modify for DocumentCheck {
    fn modify(&self, document: &mut OpenApi) {
        if self.fill {
            let mut ignored = Vec::new();
            for found in self.find(document, &mut ignored) {
                let Some(operation) = document
                    .paths
                    .paths
                    .get_mut(&found.path)
                    .and_then(|item| operation_of_mut(item, &found.method))
                else {
                    continue;
                };
                for (status, origin) in found.contract.documented() {
                    let key = status.code().to_string();
                    operation.responses.responses.entry(key).or_insert_with(|| {
                        Response::new(description(status.entry(), origin).to_string()).into()
                    });
                }
            }
        }
        let differences = self.differences(document);
        if !differences.is_empty() {
            let mut message = format!(
                "the OpenAPI document disagrees with the handlers' #[responds] contracts in {} place{}:",
                differences.len(),
                if differences.len() == 1 { "" } else { "s" }
            );
            for difference in &differences {
                message.push_str("\n  ");
                message.push_str(&difference.to_string());
            }
            panic!("{message}");
        }
    }
}

/// One way the document and a contract disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// The operation: `POST /users (create_user)`, or `operation `create_user`` when it was
    /// not found.
    pub operation: String,
    /// What differs.
    pub what: String,
}

impl Difference {
    fn new(operation: &str, what: String) -> Difference {
        Difference {
            operation: operation.to_owned(),
            what,
        }
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.operation, self.what)
    }
}

struct FoundOperation {
    label: String,
    path: String,
    method: String,
    contract: Responses,
}

impl FoundOperation {
    fn operation<'a>(&self, document: &'a OpenApi) -> Option<&'a Operation> {
        document
            .paths
            .paths
            .get(&self.path)
            .and_then(|item| operation_of(item, &self.method))
    }
}

/// The status codes an operation's responses list. `default` is not a status and is left out;
/// a key that is not a code the table knows is itself a difference.
fn documented_codes(
    operation: Option<&Operation>,
    label: &str,
    differences: &mut Vec<Difference>,
) -> BTreeSet<u16> {
    let mut codes = BTreeSet::new();
    let Some(operation) = operation else {
        return codes;
    };
    for key in operation.responses.responses.keys() {
        if key == "default" {
            continue;
        }
        match key.parse::<u16>().ok().filter(|code| lookup(*code).is_some()) {
            Some(code) => {
                codes.insert(code);
            }
            None => differences.push(Difference::new(
                label,
                format!(
                    "the document lists the response key {key:?}, which is not a status code in the registry; a contract lists exact codes"
                ),
            )),
        }
    }
    codes
}

/// Every operation of the document: its path, lowercase method and operation.
fn operations(document: &OpenApi) -> impl Iterator<Item = (&str, &str, &Operation)> {
    document.paths.paths.iter().flat_map(|(path, item)| {
        METHODS.iter().filter_map(move |method| {
            operation_of(item, method).map(|operation| (path.as_str(), *method, operation))
        })
    })
}

const METHODS: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

fn operation_of<'a>(item: &'a PathItem, method: &str) -> Option<&'a Operation> {
    match method {
        "get" => item.get.as_ref(),
        "put" => item.put.as_ref(),
        "post" => item.post.as_ref(),
        "delete" => item.delete.as_ref(),
        "options" => item.options.as_ref(),
        "head" => item.head.as_ref(),
        "patch" => item.patch.as_ref(),
        "trace" => item.trace.as_ref(),
        "query" => item.query.as_ref(),
        _ => None,
    }
}

fn operation_of_mut<'a>(item: &'a mut PathItem, method: &str) -> Option<&'a mut Operation> {
    match method {
        "get" => item.get.as_mut(),
        "put" => item.put.as_mut(),
        "post" => item.post.as_mut(),
        "delete" => item.delete.as_mut(),
        "options" => item.options.as_mut(),
        "head" => item.head.as_mut(),
        "patch" => item.patch.as_mut(),
        "trace" => item.trace.as_mut(),
        "query" => item.query.as_mut(),
        _ => None,
    }
}
