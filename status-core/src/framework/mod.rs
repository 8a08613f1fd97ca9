//! What is specific to one web framework, or to one version of the `http` crate under it: a
//! module each. A framework module holds what its users' handlers need and nothing else does:
//! its extractors' rejections (`RejectionStatuses`, from the rows of `status_table::implied`),
//! its response types (`ResponseStatus`, `IntoResponse` for `Status`), and, for the route
//! check, the route its router matched ([`MatchedRoute`]).
//!
//! Adding a framework is adding a module here, its feature in Cargo.toml, and, for the route
//! check, a variant of `MatchedRoute` (and the middleware in `route_check`, for a framework
//! that is not built on tower).

#[cfg(any(feature = "axum", feature = "axum07"))]
pub(crate) mod axum;
#[cfg(any(feature = "axum-extra", feature = "axum-extra010"))]
mod axum_extra;
#[cfg(any(feature = "http", feature = "http02"))]
pub(crate) mod http;

#[cfg(feature = "actix")]
pub(crate) mod actix;

#[cfg(any(feature = "axum", feature = "axum07", feature = "actix"))]
pub(crate) use route::MatchedRoute;
#[cfg(any(feature = "axum", feature = "axum07"))]
pub(crate) use route::RouteOf;

#[cfg(any(feature = "axum", feature = "axum07", feature = "actix"))]
mod route {
    #[cfg(any(feature = "axum", feature = "axum07"))]
    use http::Request;

    /// The route template a framework's router records on an `http::Request` it routed: what
    /// the route check needs of a framework on http 1. Each framework module implements it for
    /// its own record; actix-web, whose requests are its own, gives its route straight to the
    /// check's middleware ([`MatchedRoute::Actix`]).
    #[cfg(any(feature = "axum", feature = "axum07"))]
    pub(crate) trait RouteOf: Clone {
        /// The framework's record of the matched route, if the router left one.
        fn of<B>(request: &Request<B>) -> Option<Self>;
        /// The route as the router was given it (`/users/{id}`).
        fn as_str(&self) -> &str;
    }

    /// The route the router matched, as the framework that routed the request recorded it: a
    /// reference count to take, not a copy.
    #[derive(Clone)]
    pub(crate) enum MatchedRoute {
        #[cfg(feature = "axum")]
        Axum08(axum::extract::MatchedPath),
        #[cfg(feature = "axum07")]
        Axum07(axum07::extract::MatchedPath),
        /// actix-web's `ServiceRequest::match_pattern`.
        #[cfg(feature = "actix")]
        Actix(std::string::String),
    }

    impl MatchedRoute {
        /// The route any enabled framework on http 1 recorded on `request`.
        #[cfg(any(feature = "axum", feature = "axum07"))]
        pub(crate) fn of<B>(request: &Request<B>) -> Option<MatchedRoute> {
            #[cfg(feature = "axum")]
            if let Some(path) = RouteOf::of(request) {
                return Some(MatchedRoute::Axum08(path));
            }
            #[cfg(feature = "axum07")]
            if let Some(path) = RouteOf::of(request) {
                return Some(MatchedRoute::Axum07(path));
            }
            None
        }

        /// True when the framework names a route for a request none of its routes took: actix-web
        /// gives the pattern of a resource whose method guards all refused the request (a
        /// `#[get("/users")]` asked with PUT), and answers it with its own 404. A 404 there
        /// cannot be told from one of a route without a contract, so it passes.
        pub(crate) fn may_be_unrouted(&self) -> bool {
            match self {
                #[cfg(feature = "actix")]
                MatchedRoute::Actix(_) => true,
                #[allow(
                    unreachable_patterns,
                    reason = "the arms present depend on the features"
                )]
                _ => false,
            }
        }

        pub(crate) fn as_str(&self) -> &str {
            match self {
                #[cfg(feature = "axum")]
                MatchedRoute::Axum08(path) => RouteOf::as_str(path),
                #[cfg(feature = "axum07")]
                MatchedRoute::Axum07(path) => RouteOf::as_str(path),
                #[cfg(feature = "actix")]
                MatchedRoute::Actix(route) => route,
            }
        }
    }
}
