//! The macro that turns the rows in `table.rs` into the table and the `Status` constants, so
//! both come from one list and can never disagree.

/// Each row is `const CONSTANT = Entry { ... }` for a code that may be sent without an opt-in, or a
/// bare `Entry { ... }` for one that gets no public constant (deprecated, unused, obsoleted,
/// non-standard). Fields come in a fixed order so the macro can lift the code, reason and
/// summary into the constant's documentation.
macro_rules! define_table {
    ($(
        $(const $constant:ident =)? Entry {
            code: $code:literal,
            reason: $reason:literal,
            state: $state:expr,
            reference: $reference:expr,
            former_names: [$($former:literal),* $(,)?],
            heuristically_cacheable: $cacheable:literal,
            name_ko: $name_ko:literal,
            summary_en: $summary_en:literal,
            summary_ko: $summary_ko:literal $(,)?
        }
    ),* $(,)?) => {
        /// Constants for every code that may be sent without an opt-in, in code order.
        impl crate::Status {
            $($(
                #[doc = concat!("`", stringify!($code), " ", $reason, "`: ", $summary_en)]
                pub const $constant: crate::Status = crate::Status::from_table_unchecked($code);
            )?)*
        }

        /// Every row, sorted by code (checked by a unit test).
        pub(crate) static ENTRIES: [crate::Entry; [$($code),*].len()] = [$(
            crate::Entry {
                code: $code,
                reason: $reason,
                constant: define_table!(@constant $($constant)?),
                state: $state,
                reference: $reference,
                former_names: &[$($former),*],
                heuristically_cacheable: $cacheable,
                name_ko: $name_ko,
                summary_en: $summary_en,
                summary_ko: $summary_ko,
            }
        ),*];
    };
    (@constant) => { None };
    (@constant $constant:ident) => { Some(stringify!($constant)) };
}
