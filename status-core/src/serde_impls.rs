//! `Status` and `RawStatus` as numbers in serialized data (feature `serde`).

use core::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::{RawStatus, Status, StatusError};

/// `404`.
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// `404`.
impl Serialize for RawStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// Accepts exactly what [`Status::from_code`] accepts; anything else is an error that says why
/// (out of range, unassigned, or listed but not sendable), never a panic.
///
/// So a status made with an opt-in (`status!(allow_nonstandard(499))`) serializes as `499` but
/// does not deserialize: the opt-in is a decision written in source, and a number in serialized
/// data carries none (see [`Status::from_code`]). Deserialize a [`RawStatus`] to read any code.
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        let code = deserializer.deserialize_u64(CodeVisitor(STATUS_RANGE))?;
        Status::from_code(code).map_err(|error| match error {
            StatusError::OutOfRange { .. } => {
                de::Error::invalid_value(Unexpected::Unsigned(code.into()), &STATUS_RANGE)
            }
            other => de::Error::custom(other),
        })
    }
}

/// Accepts any code from 100 to 999.
impl<'de> Deserialize<'de> for RawStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawStatus, D::Error> {
        let code = deserializer.deserialize_u64(CodeVisitor(RAW_RANGE))?;
        RawStatus::new(code)
            .map_err(|_| de::Error::invalid_value(Unexpected::Unsigned(code.into()), &RAW_RANGE))
    }
}

const STATUS_RANGE: &str = "an HTTP status code from 100 to 599";
const RAW_RANGE: &str = "a three-digit status code from 100 to 999";

/// Reads an integer of any width or sign into a `u16`, refusing what does not fit with the
/// range of the type being read (`Status`'s or `RawStatus`'s).
struct CodeVisitor(&'static str);

impl Visitor<'_> for CodeVisitor {
    type Value = u16;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code as an integer")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<u16, E> {
        u16::try_from(value).map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &self.0))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<u16, E> {
        u16::try_from(value).map_err(|_| E::invalid_value(Unexpected::Signed(value), &self.0))
    }
}
