//! One answer, in a compact JSON form whose meaning comes from the item it answers.
//!
//! | item kind | JSON | meaning |
//! |---|---|---|
//! | Likert | `4` | scale point 1-5; `0` = don't know / not applicable |
//! | single choice | `"student"` | the chosen option id |
//! | multi-choice | `["student","voluntary"]` | chosen option ids; `[]` = none of them |
//! | partner matrix | `{"council":{"gain":4,"contribution":0}}` | per partner, per question, 1-5 or `0` = don't know |
//! | free text | `"text"` | the text |

use crate::sorted_map::SortedMap;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// The scale value that records "don't know / not applicable" (not scored).
pub const DONT_KNOW: u8 = 0;

/// A scale answer as a code 0..=6, where 0 means "not answered": the analysis table, the scores
/// of the responses CSV and the response codes all use these codes, so "don't know" (0 in an
/// answer) becomes [`DONT_KNOW_CODE`].
pub fn scale_code(value: Option<u8>) -> u8 {
    match value {
        None => 0,
        Some(DONT_KNOW) => DONT_KNOW_CODE,
        Some(point) => point.min(5),
    }
}

/// The code of "don't know" among [`scale_code`]s.
pub const DONT_KNOW_CODE: u8 = 6;

/// The scale answer of a [`scale_code`] (`None` inside: not answered); `None` for a code that is
/// not one.
pub fn scale_of_code(code: u8) -> Option<Option<u8>> {
    match code {
        0 => Some(None),
        1..=5 => Some(Some(code)),
        DONT_KNOW_CODE => Some(Some(DONT_KNOW)),
        _ => None,
    }
}

/// One answer to one item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    /// A scale point 1-5, or [`DONT_KNOW`].
    Scale(u8),
    /// A single choice's option id, or free text.
    Text(String),
    /// A multi-choice's option ids.
    Choices(Vec<String>),
    /// Partner matrix: partner id, then question id, then a scale point or [`DONT_KNOW`].
    Matrix(SortedMap<String, SortedMap<String, u8>>),
}

impl<'de> Deserialize<'de> for Answer {
    /// Reads the compact form directly from its JSON type; faster and smaller than
    /// serde's untagged matching, which buffers every value first.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a scale point 0-5, a text, a list of option ids or a partner matrix")
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Answer, E> {
                u8::try_from(value)
                    .map(Answer::Scale)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Answer, E> {
                u8::try_from(value)
                    .map(Answer::Scale)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Answer, E> {
                Ok(Answer::Text(value.to_owned()))
            }
            fn visit_string<E: de::Error>(self, value: String) -> Result<Answer, E> {
                Ok(Answer::Text(value))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Answer, A::Error> {
                let mut choices = Vec::new();
                while let Some(choice) = seq.next_element::<String>()? {
                    choices.push(choice);
                }
                Ok(Answer::Choices(choices))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answer, A::Error> {
                let mut rows = SortedMap::new();
                while let Some((partner, ratings)) = map.next_entry::<String, SortedMap<String, u8>>()? {
                    rows.insert(partner, ratings);
                }
                Ok(Answer::Matrix(rows))
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}
