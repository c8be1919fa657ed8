//! A response seen without owning it: what checking a response and adding it to the analysis
//! table read. The dashboard's start reads 100,000 stored responses straight from their JSON into
//! views that borrow its text ([`ResponseView::from_json`]), instead of building a [`Response`]
//! of a hundred maps and strings each only to drop it once the table has its numbers.

use super::{Answer, Response};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

/// Text borrowed from the JSON read, or owned where the JSON escaped a character.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Text<'a>(pub Cow<'a, str>);

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Text<'a> {
        Text(Cow::Borrowed(text))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(value)))
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(value.to_owned())))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// One answer, as [`Answer`]; a partner matrix's partners and each one's questions in
/// ascending order, each once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerView<'a> {
    Scale(u8),
    Text(Text<'a>),
    Choices(Vec<Text<'a>>),
    Matrix(Vec<(Text<'a>, Vec<(Text<'a>, u8)>)>),
}

/// A response's fields, as [`Response`]'s; the answers in ascending item id order, each once.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseView<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub survey_id: Text<'a>,
    pub survey_version: u32,
    #[serde(borrow, default = "no_text")]
    pub wave: Text<'a>,
    #[serde(borrow)]
    pub group: Text<'a>,
    #[serde(borrow, default)]
    pub partner: Option<Text<'a>>,
    #[serde(borrow)]
    pub submitted: Text<'a>,
    #[serde(borrow, deserialize_with = "answers_by_item")]
    pub answers: Vec<(Text<'a>, AnswerView<'a>)>,
}

fn no_text<'a>() -> Text<'a> {
    Text(Cow::Borrowed(""))
}

impl<'a> ResponseView<'a> {
    /// The response in `json` when it reads as the common case does: every object's keys in
    /// ascending order, each once, as this app writes them. `None` otherwise — then the JSON is
    /// read as a [`Response`] (whose maps take the last of a repeated key) and viewed, so that
    /// either way a response counts the same.
    pub fn from_json(json: &'a str) -> Option<ResponseView<'a>> {
        serde_json::from_str(json).ok()
    }
}

impl Response {
    /// This response as a view.
    pub fn view(&self) -> ResponseView<'_> {
        fn text(text: &str) -> Text<'_> {
            Text::from(text)
        }
        let answers = self
            .answers
            .iter()
            .map(|(item, answer)| {
                let answer = match answer {
                    Answer::Scale(value) => AnswerView::Scale(*value),
                    Answer::Text(value) => AnswerView::Text(text(value)),
                    Answer::Choices(options) => {
                        AnswerView::Choices(options.iter().map(|option| text(option)).collect())
                    }
                    Answer::Matrix(rows) => AnswerView::Matrix(
                        rows.iter()
                            .map(|(partner, ratings)| {
                                (
                                    text(partner),
                                    ratings.iter().map(|(question, value)| (text(question), *value)).collect(),
                                )
                            })
                            .collect(),
                    ),
                };
                (text(item), answer)
            })
            .collect();
        ResponseView {
            id: text(&self.id),
            survey_id: text(&self.survey_id),
            survey_version: self.survey_version,
            wave: text(&self.wave),
            group: text(&self.group),
            partner: self.partner.as_deref().map(text),
            submitted: text(&self.submitted),
            answers,
        }
    }
}

/// Appends `value` under `key` to `entries`, refusing a key not after the last one (the caller
/// reads the JSON the long way instead).
fn push_in_order<K: Ord, V, E: de::Error>(entries: &mut Vec<(K, V)>, key: K, value: V) -> Result<(), E> {
    if entries.last().is_some_and(|(last, _)| *last >= key) {
        return Err(E::custom("keys out of order"));
    }
    entries.push((key, value));
    Ok(())
}

/// The entries of a JSON object, keys in ascending order, each once.
struct ByKey<V>(std::marker::PhantomData<V>);

impl<'de, V: Deserialize<'de>> Visitor<'de> for ByKey<(Text<'de>, V)> {
    type Value = Vec<(Text<'de>, V)>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<Text<'de>, V>()? {
            push_in_order(&mut entries, key, value)?;
        }
        Ok(entries)
    }
}

/// The answers object, by item id in ascending order.
fn answers_by_item<'de: 'a, 'a, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<(Text<'a>, AnswerView<'a>)>, D::Error> {
    deserializer.deserialize_map(ByKey::<(Text<'de>, AnswerView<'de>)>(std::marker::PhantomData))
}

/// One partner's ratings in a matrix, by question id in ascending order.
struct Ratings<'a>(Vec<(Text<'a>, u8)>);

impl<'de: 'a, 'a> Deserialize<'de> for Ratings<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ByKey::<(Text<'de>, u8)>(std::marker::PhantomData)).map(Ratings)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for AnswerView<'a> {
    /// The kind of answer from its JSON type, as the table in `answer.rs` says.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = AnswerView<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a scale point 0-5, a text, a list of option ids or a partner matrix")
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
                u8::try_from(value)
                    .map(AnswerView::Scale)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
                u8::try_from(value)
                    .map(AnswerView::Scale)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
            }
            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
                Ok(AnswerView::Text(Text(Cow::Borrowed(value))))
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(AnswerView::Text(Text(Cow::Owned(value.to_owned()))))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut choices = Vec::new();
                while let Some(choice) = seq.next_element::<Text<'de>>()? {
                    choices.push(choice);
                }
                Ok(AnswerView::Choices(choices))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut rows = Vec::new();
                while let Some((partner, Ratings(ratings))) = map.next_entry::<Text<'de>, Ratings<'de>>()? {
                    push_in_order(&mut rows, partner, ratings)?;
                }
                Ok(AnswerView::Matrix(rows))
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}
