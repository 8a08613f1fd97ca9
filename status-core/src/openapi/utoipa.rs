//! A utoipa document held to the handlers' contracts when it is built: a `utoipa::Modify`
//! that finds each handler's operation, by operation id or by method and path, and reports
//! every status the document and the contract disagree on, or first fills in what the
//! document lacks. [`DocumentCheck`] is a `Modify` of utoipa 6 (feature `utoipa`) and of
//! utoipa 5 (feature `utoipa5`) alike, so the same check serves either.
//!
//! ```
//! # #[cfg(feature = "utoipa")] {
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
//! # }
//! ```
//!
//! With `#[derive(OpenApi)]`, name it among the modifiers, where it runs when the document is
//! built, so a server that serves the document checks it at start-up:
//!
//! ```
//! # #[cfg(feature = "utoipa")] {
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
//! # }
//! ```

use std::borrow::ToOwned;
use std::collections::BTreeSet;
use std::fmt;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use crate::openapi::{description, Origin};
use crate::status::CodeWithReason;
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

    /// The method, route and contract of each operation found in `document`, by operation id
    /// or by method and path: for the route check's `ContractCheckLayer::routes` (feature `axum`),
    /// so routes built with utoipa-axum's `routes!()`, which carry no contract layer of their
    /// own, are held to their handlers' contracts. What cannot be found is left out; the
    /// document check reports it.
    pub fn route_contracts(&self, document: &impl Document) -> Vec<(String, String, Responses)> {
        let mut ignored = Vec::new();
        self.find(document, &mut ignored)
            .into_iter()
            .map(|found| (found.method.to_uppercase(), found.path, found.contract))
            .collect()
    }

    /// Every difference between `document` and the contracts: first the contracts whose
    /// operation cannot be found, or not told apart, then each found operation's statuses.
    pub fn differences(&self, document: &impl Document) -> Vec<Difference> {
        let mut differences = Vec::new();
        for found in self.find(document, &mut differences) {
            let FoundOperation {
                label, contract, ..
            } = &found;
            let keys = document.response_keys(&found.path, &found.method);
            let documented = documented_codes(keys, label, &mut differences);
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
    fn find(
        &self,
        document: &impl Document,
        differences: &mut Vec<Difference>,
    ) -> Vec<FoundOperation> {
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
            let matches: Vec<(String, String)> = document
                .operations()
                .into_iter()
                .filter(|(_, _, id)| id.as_deref() == Some(contract.handler()))
                .map(|(path, method, _)| (path, method.to_owned()))
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
            let exists = document.response_keys(route.path, &method).is_some();
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

impl DocumentCheck {
    /// What `Modify::modify` does, for either utoipa: fills in when asked, then panics with
    /// every difference.
    fn apply(&self, document: &mut impl Document) {
        if self.fill {
            let mut ignored = Vec::new();
            for found in self.find(document, &mut ignored) {
                for (status, origin) in found.contract.documented() {
                    let description = description(status.entry(), origin).to_string();
                    document.add_response(
                        &found.path,
                        &found.method,
                        status.code().to_string(),
                        description,
                    );
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

/// The status codes an operation's responses list. `default` is not a status and is left out;
/// a key that is not a code the table knows is itself a difference.
fn documented_codes(
    keys: Option<Vec<String>>,
    label: &str,
    differences: &mut Vec<Difference>,
) -> BTreeSet<u16> {
    let mut codes = BTreeSet::new();
    for key in keys.unwrap_or_default() {
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

/// What the check reads of a utoipa document and writes into it: implemented for the
/// `OpenApi` of utoipa 6 and of utoipa 5, whose documents have the same shape.
pub trait Document: sealed::Sealed {
    /// Every operation: its path, lowercase method and operation id.
    #[doc(hidden)]
    fn operations(&self) -> Vec<(String, &'static str, Option<String>)>;
    /// The response keys of the operation at `path` and `method`, if there is one.
    #[doc(hidden)]
    fn response_keys(&self, path: &str, method: &str) -> Option<Vec<String>>;
    /// Adds a response to the operation, unless it already has one under `key`.
    #[doc(hidden)]
    fn add_response(&mut self, path: &str, method: &str, key: String, description: String);
}

mod sealed {
    pub trait Sealed {}
}

/// `Document` and `Modify` for one utoipa crate.
macro_rules! utoipa_document {
    ($utoipa:ident, $feature:literal, [$($method:ident)*]) => {
        impl sealed::Sealed for ::$utoipa::openapi::OpenApi {}

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl Document for ::$utoipa::openapi::OpenApi {
            fn operations(&self) -> Vec<(String, &'static str, Option<String>)> {
                let mut found = Vec::new();
                for (path, item) in &self.paths.paths {
                    $(
                        if let Some(operation) = &item.$method {
                            found.push((
                                path.clone(),
                                stringify!($method),
                                operation.operation_id.clone(),
                            ));
                        }
                    )*
                }
                found
            }

            fn response_keys(&self, path: &str, method: &str) -> Option<Vec<String>> {
                let item = self.paths.paths.get(path)?;
                let operation = match method {
                    $(stringify!($method) => item.$method.as_ref(),)*
                    _ => None,
                }?;
                Some(operation.responses.responses.keys().cloned().collect())
            }

            fn add_response(&mut self, path: &str, method: &str, key: String, description: String) {
                let Some(item) = self.paths.paths.get_mut(path) else {
                    return;
                };
                let operation = match method {
                    $(stringify!($method) => item.$method.as_mut(),)*
                    _ => None,
                };
                if let Some(operation) = operation {
                    operation.responses.responses.entry(key).or_insert_with(|| {
                        ::$utoipa::openapi::Response::new(description).into()
                    });
                }
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl ::$utoipa::Modify for DocumentCheck {
            fn modify(&self, document: &mut ::$utoipa::openapi::OpenApi) {
                self.apply(document);
            }
        }
    };
}

#[cfg(feature = "utoipa")]
utoipa_document!(utoipa, "utoipa", [get put post delete options head patch trace query]);

// utoipa 5 has no QUERY method.
#[cfg(feature = "utoipa5")]
utoipa_document!(utoipa5, "utoipa5", [get put post delete options head patch trace]);
