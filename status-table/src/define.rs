//! The macro that turns the rows in `table.rs` into the table, and into the list from which
//! status-core makes the `Status` constants, so both come from one list and can never disagree.

/// The first token is a `$`, for the macro this one writes. Each row is `const CONSTANT = Entry { ... }` for a code that may be sent without an opt-in, or a
/// bare `Entry { ... }` for one that gets no public constant (deprecated, unused, obsoleted,
/// non-standard). Fields come in a fixed order so the macro can lift the code, reason and
/// summary into the constant's documentation. A row for a code that should not be sent ends with
/// `advice_en` and `advice_ko`: what to do instead, where there is something to say; and, for
/// a code its document gave up on, `why_en` and `why_ko`: why, in a line; for a number a
/// standards draft proposes for another meaning, `proposed`.
macro_rules! define_table {
    ($d:tt $(
        $(const $constant:ident =)? Entry {
            code: $code:literal,
            reason: $reason:literal,
            state: $state:expr,
            reference: $reference:expr,
            former_names: [$($former:literal),* $(,)?],
            heuristically_cacheable: $cacheable:literal,
            name_ko: $name_ko:literal,
            summary_en: $summary_en:literal,
            summary_ko: $summary_ko:literal
            $(, advice_en: $advice_en:literal, advice_ko: $advice_ko:literal)?
            $(, why_en: $why_en:literal, why_ko: $why_ko:literal)?
            $(, proposed: $proposed:expr)? $(,)?
        }
    ),* $(,)?) => {
        /// Calls `$callback!` with a line `NAME = code, "Reason", "summary";` for every code that
        /// may be sent without an opt-in, in code order: status-core makes its `Status`
        /// constants from these. Not public API.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __for_each_constant {
            ($d callback:ident) => {
                $d callback! { $($( $constant = $code, $reason, $summary_en; )?)* }
            };
        }

        // A row out of order, or a code written twice, stops the build here.
        const _: () = assert!(
            crate::define::strictly_ascending(&[$($code),*]),
            "the rows of table.rs must be in ascending code order, each code once",
        );

        /// Every row, sorted by code (checked above, when the crate is built).
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
                advice_en: define_table!(@advice $($advice_en)?),
                advice_ko: define_table!(@advice $($advice_ko)?),
                why_en: define_table!(@advice $($why_en)?),
                why_ko: define_table!(@advice $($why_ko)?),
                proposed: define_table!(@advice $($proposed)?),
            }
        ),*];
    };
    (@constant) => { None };
    (@constant $constant:ident) => { Some(stringify!($constant)) };
    (@advice) => { None };
    (@advice $advice:expr) => { Some($advice) };
}

/// True when each code is greater than the one before it: the order `lookup` and the
/// neighbour searches rely on, and the only way to rule out a code written twice.
pub(crate) const fn strictly_ascending(codes: &[u16]) -> bool {
    let mut i = 1;
    while i < codes.len() {
        if codes[i - 1] >= codes[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::strictly_ascending;

    #[test]
    fn ascending_codes_pass_and_disorder_or_repeats_do_not() {
        assert!(strictly_ascending(&[]));
        assert!(strictly_ascending(&[100]));
        assert!(strictly_ascending(&[100, 101, 200, 599]));
        assert!(!strictly_ascending(&[100, 200, 101]));
        assert!(!strictly_ascending(&[404, 404]));
        assert!(!strictly_ascending(&[200, 100]));
    }
}
