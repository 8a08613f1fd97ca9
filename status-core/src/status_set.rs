//! `StatusSet`: a set of statuses that can be built and read in `const` context, so the
//! compiler itself can gather what a handler's extractors answer with.

use core::fmt;

use crate::{Status, CODE_RANGE};

/// Codes in [`CODE_RANGE`].
const CODE_COUNT: usize = (*CODE_RANGE.end() - *CODE_RANGE.start()) as usize + 1;
/// Bits needed for every code of [`CODE_RANGE`], rounded up to whole words.
const WORDS: usize = CODE_COUNT.div_ceil(64);

/// A set of statuses, usable in `const` context: one bit per code of the table's range.
///
/// It is what [`Responses::implied`](crate::Responses::implied) returns and what an extractor
/// declares in [`RejectionStatuses`](crate::RejectionStatuses):
///
/// ```
/// use status_core::{Status, StatusSet};
///
/// const REJECTS: StatusSet = StatusSet::of(&[Status::UNAUTHORIZED, Status::BAD_REQUEST]);
/// assert!(REJECTS.contains(401));
/// let codes: Vec<u16> = REJECTS.iter().map(|status| status.code()).collect();
/// assert_eq!(codes, [400, 401]);
/// assert_eq!(REJECTS.to_string(), "400 Bad Request, 401 Unauthorized");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct StatusSet {
    bits: [u64; WORDS],
}

impl StatusSet {
    /// The set with no status in it.
    pub const EMPTY: StatusSet = StatusSet { bits: [0; WORDS] };

    /// Every code of [`CODE_RANGE`]: what a mention of an error type the compiler knows
    /// nothing about may answer with.
    /// Written as words, not built code by code: every crate whose handlers name such a type
    /// evaluates it, and a loop over 500 codes cost milliseconds there.
    pub(crate) const EVERY: StatusSet = {
        let mut bits = [u64::MAX; WORDS];
        bits[WORDS - 1] = u64::MAX >> (64 * WORDS - CODE_COUNT);
        StatusSet { bits }
    };

    /// The set of `statuses`.
    pub const fn of(statuses: &[Status]) -> StatusSet {
        let mut set = StatusSet::EMPTY;
        let mut index = 0;
        while index < statuses.len() {
            set = set.with(statuses[index]);
            index += 1;
        }
        set
    }

    /// This set with `status` added.
    #[must_use]
    pub const fn with(mut self, status: Status) -> StatusSet {
        if let Some((word, mask)) = bit(status.code()) {
            self.bits[word] |= mask;
        }
        self
    }

    /// Every status of either set.
    #[must_use]
    pub const fn union(self, other: StatusSet) -> StatusSet {
        // Word by word without a loop: handlers' checks run this in constant evaluation, where
        // each step of a loop is interpreted.
        let [a0, a1, a2, a3, a4, a5, a6, a7] = self.bits;
        let [b0, b1, b2, b3, b4, b5, b6, b7] = other.bits;
        StatusSet {
            bits: [
                a0 | b0,
                a1 | b1,
                a2 | b2,
                a3 | b3,
                a4 | b4,
                a5 | b5,
                a6 | b6,
                a7 | b7,
            ],
        }
    }

    /// True if `code` is in the set.
    pub const fn contains(&self, code: u16) -> bool {
        match bit(code) {
            Some((word, mask)) => self.bits[word] & mask != 0,
            None => false,
        }
    }

    /// True if the set has no status.
    pub const fn is_empty(&self) -> bool {
        let mut word = 0;
        while word < WORDS {
            if self.bits[word] != 0 {
                return false;
            }
            word += 1;
        }
        true
    }

    /// How many statuses the set has.
    pub const fn len(&self) -> usize {
        let mut count = 0;
        let mut word = 0;
        while word < WORDS {
            count += self.bits[word].count_ones() as usize;
            word += 1;
        }
        count
    }

    /// The statuses, ascending.
    pub fn iter(&self) -> Iter {
        Iter {
            set: *self,
            next_code: *CODE_RANGE.start(),
        }
    }
}

/// The word and bit of `code`; codes outside [`CODE_RANGE`] have none.
const fn bit(code: u16) -> Option<(usize, u64)> {
    if code < *CODE_RANGE.start() || code > *CODE_RANGE.end() {
        return None;
    }
    let index = (code - *CODE_RANGE.start()) as usize;
    Some((index / 64, 1 << (index % 64)))
}

/// The statuses of a [`StatusSet`], ascending.
#[derive(Debug, Clone)]
pub struct Iter {
    set: StatusSet,
    next_code: u16,
}

impl Iterator for Iter {
    type Item = Status;

    fn next(&mut self) -> Option<Status> {
        while self.next_code <= *CODE_RANGE.end() {
            let code = self.next_code;
            self.next_code += 1;
            if self.set.contains(code) {
                // Only a `Status`, which always has a table row, ever sets a bit.
                return Some(Status::from_table_unchecked(code));
            }
        }
        None
    }
}

impl IntoIterator for StatusSet {
    type Item = Status;
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl IntoIterator for &StatusSet {
    type Item = Status;
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl FromIterator<Status> for StatusSet {
    fn from_iter<I: IntoIterator<Item = Status>>(statuses: I) -> StatusSet {
        statuses.into_iter().fold(StatusSet::EMPTY, StatusSet::with)
    }
}

/// `{400, 415}`.
impl fmt::Debug for StatusSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set()
            .entries(self.iter().map(|status| status.code()))
            .finish()
    }
}

/// `400 Bad Request, 415 Unsupported Media Type`.
impl fmt::Display for StatusSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, status) in self.iter().enumerate() {
            if position > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{status}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::{format, vec::Vec};

    use super::StatusSet;
    use crate::{entries, Status};

    /// Every code of the table goes in and comes back out, in order, and nothing else does.
    #[test]
    fn every_code_of_the_table_round_trips() {
        let every: StatusSet = entries()
            .iter()
            .map(|entry| Status::from_table_unchecked(entry.code()))
            .collect();
        let back: Vec<u16> = every.iter().map(|status| status.code()).collect();
        let table: Vec<u16> = entries().iter().map(|entry| entry.code()).collect();
        assert_eq!(back, table);
        assert_eq!(every.len(), table.len());
        for code in 0..=1000 {
            assert_eq!(every.contains(code), table.contains(&code), "{code}");
        }
    }

    /// `EVERY`, written as words, holds each code of the range and no bit beyond it.
    #[test]
    fn every_is_the_whole_range() {
        for code in 0..=1000 {
            assert_eq!(
                StatusSet::EVERY.contains(code),
                crate::CODE_RANGE.contains(&code),
                "{code}"
            );
        }
        assert_eq!(StatusSet::EVERY.len(), crate::CODE_RANGE.len());
    }

    #[test]
    fn union_and_emptiness() {
        let a = StatusSet::of(&[Status::BAD_REQUEST]);
        let b = StatusSet::of(&[Status::NOT_FOUND, Status::BAD_REQUEST]);
        assert!(StatusSet::EMPTY.is_empty());
        assert!(!a.is_empty());
        assert_eq!(a.union(b), b);
        assert_eq!(a.union(StatusSet::EMPTY), a);
        assert_eq!(format!("{:?}", a.union(b)), "{400, 404}");
    }
}
