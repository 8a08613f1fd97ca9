//! `StatusMap`: what `#[derive(ResponseStatus)]` records about a type, as `const` data, so that
//! `#[responds]` can check at compile time the statuses a handler's error variants answer with.

use core::fmt;

use crate::{entries, Status, StatusSet};

/// Every status a type that derives `ResponseStatus` is answered with, and which variant
/// answers each one.
///
/// `#[derive(ResponseStatus)]` on `enum ApiError` defines `ApiError::RESPONSE_STATUSES`:
///
/// ```
/// # use status_core::{Status, StatusMap};
/// # fn show(map: StatusMap) {
/// for variant in map.variants() {
///     println!("{}::{}: {}", map.type_name(), variant.name(), variant.answer());
/// }
/// let every: Vec<Status> = map.statuses().collect();
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusMap {
    pub(crate) type_name: &'static str,
    pub(crate) variants: &'static [VariantStatus],
    /// False only for the stand-in that `#[responds]` sees for types without the derive.
    pub(crate) derived: bool,
    /// Every status of every variant, gathered once when the map is built: the handlers'
    /// checks read it instead of walking the variants, each in constant evaluation.
    pub(crate) answers: StatusSet,
}

/// One variant (or, for a struct, the struct itself) and what it answers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VariantStatus {
    pub(crate) name: &'static str,
    pub(crate) answer: Answer,
    /// Every status `answer` allows, gathered once when the map is built.
    pub(crate) answers: StatusSet,
}

/// What a variant answers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// One status, written on the variant: `#[status(404)]`.
    Status(Status),
    /// Whatever the wrapped value answers with: `#[status(transparent)]`.
    Transparent(&'static StatusMap),
    /// The status the field carries, chosen at run time, one of these (ascending):
    /// `#[status(any_of(400, 422))]`.
    AnyOf(&'static [Status]),
}

impl StatusMap {
    /// The stand-in for a type without the derive: empty, and marked as not derived.
    pub(crate) const NOT_DERIVED: StatusMap = StatusMap {
        type_name: "",
        variants: &[],
        derived: false,
        answers: StatusSet::EMPTY,
    };

    /// The type's name as written in its definition: `"ApiError"`.
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// Each variant in declaration order; a struct has one, named after the struct.
    pub const fn variants(&self) -> &'static [VariantStatus] {
        self.variants
    }

    /// True if some value of the type, a wrapped one included, answers with `code`.
    pub const fn contains(&self, code: u16) -> bool {
        self.variant_answering(code).is_some()
    }

    /// The first variant that can answer with `code`, if any.
    pub const fn variant_answering(&self, code: u16) -> Option<&'static VariantStatus> {
        let mut index = 0;
        while index < self.variants.len() {
            if self.variants[index].can_answer(code) {
                return Some(&self.variants[index]);
            }
            index += 1;
        }
        None
    }

    /// The variant named `name`, if the type has one.
    pub const fn variant(&self, name: &str) -> Option<&'static VariantStatus> {
        let mut index = 0;
        while index < self.variants.len() {
            if crate::implied::str_eq(self.variants[index].name, name) {
                return Some(&self.variants[index]);
            }
            index += 1;
        }
        None
    }

    /// Every status the type can answer with, ascending, each once.
    pub fn statuses(&self) -> impl Iterator<Item = Status> + '_ {
        entries()
            .iter()
            .filter(|entry| self.contains(entry.code()))
            .map(|entry| Status::from_table_unchecked(entry.code()))
    }
}

impl VariantStatus {
    /// The variant's name: `"NotFound"`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// What it answers with.
    pub const fn answer(&self) -> Answer {
        self.answer
    }

    /// True if the variant can answer with `code`.
    pub const fn can_answer(&self, code: u16) -> bool {
        match self.answer {
            Answer::Status(status) => status.code() == code,
            Answer::Transparent(inner) => inner.contains(code),
            Answer::AnyOf(statuses) => crate::status::any_has_code(statuses, code),
        }
    }

    /// Every status the variant can answer with.
    pub(crate) const fn answers(&self) -> StatusSet {
        self.answers
    }

    /// The first status the variant can answer with that `declared` lacks.
    pub(crate) const fn first_outside(&self, declared: &[u16]) -> Option<Status> {
        match self.answer {
            Answer::Status(status) => {
                if contains_code(declared, status.code()) {
                    None
                } else {
                    Some(status)
                }
            }
            Answer::Transparent(inner) => {
                let mut index = 0;
                while index < inner.variants.len() {
                    if let Some(status) = inner.variants[index].first_outside(declared) {
                        return Some(status);
                    }
                    index += 1;
                }
                None
            }
            Answer::AnyOf(statuses) => {
                let mut index = 0;
                while index < statuses.len() {
                    if !contains_code(declared, statuses[index].code()) {
                        return Some(statuses[index]);
                    }
                    index += 1;
                }
                None
            }
        }
    }
}

/// `404 Not Found`; for a wrapped type `whatever DbError answers with`; for a status chosen at
/// run time `one of 400 Bad Request, 422 Unprocessable Content, as its field carries`.
impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Status(status) => write!(f, "{status}"),
            Answer::Transparent(inner) => {
                write!(f, "whatever {} answers with", inner.type_name)
            }
            Answer::AnyOf(statuses) => {
                f.write_str("one of ")?;
                crate::status::write_list(f, statuses)?;
                f.write_str(", as its field carries")
            }
        }
    }
}

pub(crate) const fn contains_code(codes: &[u16], code: u16) -> bool {
    let mut index = 0;
    while index < codes.len() {
        if codes[index] == code {
            return true;
        }
        index += 1;
    }
    false
}

/// Support for the code `#[derive(ResponseStatus)]` and `#[responds]` generate. Not public API.
pub(crate) mod support {
    use super::{contains_code, Answer, StatusMap, VariantStatus};
    use crate::{Status, StatusSet, CODE_RANGE};

    /// The map a derive builds.
    pub const fn status_map(
        type_name: &'static str,
        variants: &'static [VariantStatus],
    ) -> StatusMap {
        let mut answers = StatusSet::EMPTY;
        let mut index = 0;
        while index < variants.len() {
            answers = answers.union(variants[index].answers);
            index += 1;
        }
        StatusMap {
            type_name,
            variants,
            derived: true,
            answers,
        }
    }

    /// One variant of a derived map.
    pub const fn variant(name: &'static str, answer: Answer) -> VariantStatus {
        let answers = match answer {
            Answer::Status(status) => StatusSet::EMPTY.with(status),
            Answer::Transparent(inner) => inner.answers,
            Answer::AnyOf(statuses) => StatusSet::of(statuses),
        };
        VariantStatus {
            name,
            answer,
            answers,
        }
    }

    /// What `<T>::RESPONSE_STATUSES` is for a type without the derive, so that `#[responds]`
    /// can name any type's map: the inherent constant the derive defines shadows this one.
    pub trait NotDerived {
        /// An empty map marked as not derived.
        const RESPONSE_STATUSES: StatusMap = StatusMap::NOT_DERIVED;
    }

    impl<T: ?Sized> NotDerived for T {}

    /// Implemented by `#[derive(ResponseStatus)]`; `#[status(transparent)]` needs it of the
    /// wrapped type.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` does not derive ResponseStatus, so #[status(transparent)] cannot take its status",
        label = "this type has no #[derive(ResponseStatus)]",
        note = "if `{Self}` carries a status chosen at run time (a StatusCode, an extractor's rejection), write #[status(any_of(..))] on the variant with every status it may carry, e.g. #[status(any_of(400, 422))]",
        note = "if it is an error type of yours, add #[derive(ResponseStatus)] to it; or give the variant its own status, e.g. #[status(500)]"
    )]
    pub trait Derived {
        /// The type's map.
        const RESPONSE_STATUSES: StatusMap;
        /// The status this value answers with.
        fn derived_status(&self) -> Status;
    }

    /// True for a map the derive built.
    pub const fn is_derived(map: &StatusMap) -> bool {
        map.derived
    }

    /// For a mention of `variant` in a handler: the first status it can answer with that the
    /// contract lacks. `None` for a map that was not derived or a name that is not a variant.
    pub const fn undeclared_through(
        map: &StatusMap,
        variant: &str,
        declared: &[u16],
    ) -> Option<Status> {
        match map.variant(variant) {
            Some(found) => found.first_outside(declared),
            None => None,
        }
    }

    /// For a mention of the whole type (a struct, or `all_errors`): the first variant and status
    /// the contract lacks.
    pub const fn undeclared_in(
        map: &StatusMap,
        declared: &[u16],
    ) -> Option<(&'static str, Status)> {
        let mut index = 0;
        while index < map.variants.len() {
            if let Some(status) = map.variants[index].first_outside(declared) {
                return Some((map.variants[index].name, status));
            }
            index += 1;
        }
        None
    }

    /// For `strict`: the codes among `candidates` (declared, none of them named in the body)
    /// that `named` (what the mentions can answer with and the parameters imply) lacks.
    pub const fn unnamed(candidates: &[u16], named: StatusSet) -> StatusSet {
        let mut unnamed = StatusSet::EMPTY;
        let mut index = 0;
        while index < candidates.len() {
            if !named.contains(candidates[index]) {
                unnamed = unnamed.with(Status::from_table_unchecked(candidates[index]));
            }
            index += 1;
        }
        unnamed
    }

    /// The lowest code in `set`, if any.
    pub const fn lowest(set: StatusSet) -> Option<u16> {
        let mut code = *CODE_RANGE.start();
        while code <= *CODE_RANGE.end() {
            if set.contains(code) {
                return Some(code);
            }
            code += 1;
        }
        None
    }

    /// What a mention in a handler can answer with: nothing when it is not of the handler's
    /// error type (`is_error_type`, the compiler's answer through [`ErrorIs`]); otherwise the
    /// statuses of the variant it names, or of every variant for the whole type (a `?`, a
    /// struct); and any status at all when the type's map was not derived, since then nothing
    /// is known of it.
    pub const fn mention_answers(
        map: &StatusMap,
        is_error_type: bool,
        variant: Option<&str>,
    ) -> StatusSet {
        if !is_error_type {
            return StatusSet::EMPTY;
        }
        if !map.derived {
            return StatusSet::EVERY;
        }
        match variant {
            Some(name) => match map.variant(name) {
                Some(found) => found.answers(),
                None => StatusSet::EMPTY,
            },
            None => StatusSet::answered_by(map),
        }
    }

    /// `ErrorIs::<P, R>::IS`: true when the compiler says `P` is the error type of `R`, a
    /// `Result` or an alias of one, whatever either was called where it was written (a
    /// renamed import, a type alias, `Self`). An inherent constant for `ErrorIs<E, Result<T,
    /// E>>` shadows the `false` of [`NotTheErrorType`], which every other pair gets.
    pub struct ErrorIs<P: ?Sized, R: ?Sized>(core::marker::PhantomData<(*const P, *const R)>);

    impl<T, E> ErrorIs<E, Result<T, E>> {
        /// `P` is the error type.
        pub const IS: bool = true;
    }

    /// What `ErrorIs<P, R>` has when `P` is not the error type of `R`.
    pub trait NotTheErrorType {
        /// `P` is not the error type.
        const IS: bool = false;
    }

    impl<P: ?Sized, R: ?Sized> NotTheErrorType for ErrorIs<P, R> {}

    /// `ErrorOf::<R>::MAP`: for a handler whose return type may be an alias
    /// of `Result` (`type ApiResult<T> = Result<T, ApiError>`), the map of its error type when
    /// the compiler says it is a `Result` whose error derives `ResponseStatus`; for any other
    /// type (a `SearchResult<T>` struct of the app's own), the empty map of [`NotDerived`],
    /// through [`NotAResult`], so nothing is checked and nothing fails.
    pub struct ErrorOf<R: ?Sized>(core::marker::PhantomData<R>);

    impl<T, E: Derived> ErrorOf<Result<T, E>> {
        /// The error type's map.
        pub const MAP: StatusMap = E::RESPONSE_STATUSES;
    }

    /// What `ErrorOf<R>` has for a type that is not a `Result` of a derived error.
    pub trait NotAResult {
        /// An empty map marked as not derived.
        const MAP: StatusMap = StatusMap::NOT_DERIVED;
    }

    impl<R: ?Sized> NotAResult for ErrorOf<R> {}

    /// True if `code` is among `declared`.
    pub const fn declares(declared: &[u16], code: u16) -> bool {
        contains_code(declared, code)
    }

    /// A diagnostic built during constant evaluation, where only `&str` can be formatted: the
    /// text is fixed by the macro, the status is known only once the type's map is.
    pub struct Message {
        bytes: [u8; Message::CAPACITY],
        len: usize,
    }

    impl Message {
        const CAPACITY: usize = 1024;

        /// An empty message.
        pub const fn new() -> Message {
            Message {
                bytes: [0; Message::CAPACITY],
                len: 0,
            }
        }

        /// Appends text; what does not fit is cut at a character boundary.
        pub const fn text(mut self, text: &str) -> Message {
            let bytes = text.as_bytes();
            let mut index = 0;
            while index < bytes.len() && self.len < Message::CAPACITY {
                self.bytes[self.len] = bytes[index];
                self.len += 1;
                index += 1;
            }
            self
        }

        /// Appends the three digits of `code`.
        pub const fn code(self, code: u16) -> Message {
            let digits = [
                b'0' + (code / 100 % 10) as u8,
                b'0' + (code / 10 % 10) as u8,
                b'0' + (code % 10) as u8,
            ];
            match core::str::from_utf8(&digits) {
                Ok(text) => self.text(text),
                Err(_) => self,
            }
        }

        /// Appends `404 Not Found`.
        pub const fn status(self, status: Status) -> Message {
            self.code(status.code()).text(" ").text(status.reason())
        }

        /// Appends every status of `set`, ascending: `404 Not Found, 503 Service Unavailable`.
        pub const fn statuses(mut self, set: StatusSet) -> Message {
            let mut first = true;
            let mut code = *CODE_RANGE.start();
            while code <= *CODE_RANGE.end() {
                if set.contains(code) {
                    if !first {
                        self = self.text(", ");
                    }
                    self = self.status(Status::from_table_unchecked(code));
                    first = false;
                }
                code += 1;
            }
            self
        }

        /// Appends every status of `map` outside `declared`, each once, with the variant that
        /// answers it first: ``409 Conflict (`Taken`), 503 Service Unavailable (`Busy`)``.
        pub const fn undeclared(mut self, map: &StatusMap, declared: &[u16]) -> Message {
            let mut listed = StatusSet::EMPTY;
            let mut index = 0;
            while index < map.variants.len() {
                let variant = &map.variants[index];
                let answers = variant.answers();
                let mut code = *CODE_RANGE.start();
                while code <= *CODE_RANGE.end() {
                    if answers.contains(code)
                        && !contains_code(declared, code)
                        && !listed.contains(code)
                    {
                        let status = Status::from_table_unchecked(code);
                        if !listed.is_empty() {
                            self = self.text(", ");
                        }
                        self = self
                            .status(status)
                            .text(" (`")
                            .text(variant.name)
                            .text("`)");
                        listed = listed.with(status);
                    }
                    code += 1;
                }
                index += 1;
            }
            self
        }

        /// Appends the codes of every status of `map` outside `declared`, ascending: `409, 503`.
        pub const fn undeclared_codes(mut self, map: &StatusMap, declared: &[u16]) -> Message {
            let every = StatusSet::answered_by(map);
            let mut first = true;
            let mut code = *CODE_RANGE.start();
            while code <= *CODE_RANGE.end() {
                if every.contains(code) && !contains_code(declared, code) {
                    if !first {
                        self = self.text(", ");
                    }
                    self = self.code(code);
                    first = false;
                }
                code += 1;
            }
            self
        }

        /// The text so far.
        pub const fn as_str(&self) -> &str {
            let written = self.bytes.split_at(self.len).0;
            match core::str::from_utf8(written) {
                Ok(text) => text,
                // The capacity cut a character in two: keep what comes before it.
                Err(error) => match core::str::from_utf8(written.split_at(error.valid_up_to()).0) {
                    Ok(text) => text,
                    Err(_) => "",
                },
            }
        }
    }

    impl Default for Message {
        fn default() -> Message {
            Message::new()
        }
    }
}

impl StatusSet {
    /// Every status a type that derives `ResponseStatus` can be answered with, wrapped types'
    /// statuses included: for an extractor whose rejection is such a type.
    ///
    /// ```
    /// # #[cfg(feature = "macros")] {
    /// use status_core::{ResponseStatus, StatusSet};
    ///
    /// #[derive(ResponseStatus)]
    /// enum AuthError {
    ///     #[status(401)]
    ///     Missing,
    ///     #[status(403)]
    ///     Forbidden,
    /// }
    ///
    /// const REJECTS: StatusSet = StatusSet::answered_by(&AuthError::RESPONSE_STATUSES);
    /// assert_eq!(REJECTS.to_string(), "401 Unauthorized, 403 Forbidden");
    /// # }
    /// ```
    pub const fn answered_by(map: &StatusMap) -> StatusSet {
        map.answers
    }
}

#[cfg(test)]
mod tests {
    use super::support::{mention_answers, status_map, variant, ErrorIs};
    use super::{Answer, StatusMap};
    use crate::Status;

    const INNER: StatusMap = status_map(
        "DbError",
        &[
            variant("Busy", Answer::Status(Status::SERVICE_UNAVAILABLE)),
            variant("Broken", Answer::Status(Status::INTERNAL_SERVER_ERROR)),
        ],
    );
    const OUTER: StatusMap = status_map(
        "ApiError",
        &[
            variant("NotFound", Answer::Status(Status::NOT_FOUND)),
            variant("Db", Answer::Transparent(&INNER)),
            variant("Taken", Answer::Status(Status::CONFLICT)),
        ],
    );
    const NOT_DERIVED: StatusMap = StatusMap::NOT_DERIVED;

    /// True if the variant named `variant` (or, for `None`, any variant) can answer with
    /// `code`, searched in the map: what `mention_answers`'s set must agree with.
    fn answers(map: &StatusMap, variant: Option<&str>, code: u16) -> bool {
        match variant {
            Some(name) => map
                .variant(name)
                .is_some_and(|found| found.can_answer(code)),
            None => map.contains(code),
        }
    }

    /// The set holds a code exactly when a mention of the error type answers with it; a
    /// mention of another type answers nothing, and one of a type without a derived map may
    /// answer anything.
    #[test]
    fn the_answered_set_agrees_with_answers() {
        let variants = [
            None,
            Some("NotFound"),
            Some("Db"),
            Some("Busy"),
            Some("Missing"),
        ];
        for map in [&OUTER, &INNER, &NOT_DERIVED] {
            for variant in variants {
                for is_error_type in [false, true] {
                    let set = mention_answers(map, is_error_type, variant);
                    for code in 0..=1000 {
                        let expected = is_error_type
                            && (!map.derived && crate::CODE_RANGE.contains(&code)
                                || answers(map, variant, code));
                        assert_eq!(set.contains(code), expected, "{variant:?} {code}");
                    }
                }
            }
        }
    }

    /// The compiler tells the error type from another type, whatever the names.
    #[test]
    fn error_is_resolves_by_type() {
        #[allow(unused_imports)]
        use super::support::NotTheErrorType as _;
        mod upstream {
            pub struct ApiError;
        }
        struct ApiError;
        type Renamed = ApiError;
        type ApiResult<T> = Result<T, ApiError>;
        let answers = [
            <ErrorIs<ApiError, Result<(), ApiError>>>::IS,
            <ErrorIs<Renamed, ApiResult<()>>>::IS,
            <ErrorIs<upstream::ApiError, ApiResult<()>>>::IS,
            <ErrorIs<ApiError, Option<ApiError>>>::IS,
        ];
        assert_eq!(answers, [true, true, false, false]);
    }
}
