//! All responses as CSV: one row per response, one column per answer, plus indicator scores.

use crate::analytics::respondent_score;
use crate::response::{scale_code, Answer, Response};
use crate::survey::{ItemKind, OptionsFrom, SurveyDefinition};

/// Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet formulas: a field
/// starting with a tab or carriage return, or whose first character after any leading spaces
/// and line breaks is `=`, `@`, or `+` / `-` not followed by a plain number, gets a leading `'`.
pub fn csv_field(text: &str) -> String {
    // Spreadsheets skip leading white space before reading a formula.
    let lead = text.trim_start_matches([' ', '\t', '\r', '\n']);
    // A leading '+' or '-' starts a formula too, unless a plain number follows (checked by hand:
    // the float parser is large in wasm).
    let signed_number = lead
        .strip_prefix(['-', '+'])
        .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    let formula = text.starts_with(['\t', '\r'])
        || lead.starts_with(['=', '@'])
        || (lead.starts_with(['-', '+']) && !signed_number);
    let text = if formula { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A 0-100 score with one decimal, written without float formatting (large in wasm).
fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The CSV of `responses` (see [`CsvRows`] for the columns).
pub fn responses_csv(survey: &SurveyDefinition, responses: &[Response]) -> String {
    let rows = CsvRows::new(survey);
    let mut csv = rows.header();
    for response in responses {
        rows.push_row(response, &mut csv);
    }
    csv
}

/// The CSV's rows, one response at a time (an export of 100,000 is written a pack at a time,
/// never held whole). Columns: `id, submitted, wave, group, partner`, then one per other item
/// in survey order (a partner matrix gives `item.partner.question` columns), then
/// `score.<indicator>` (0-100,
/// empty when too few items were answered). Likert and matrix answers are 1-5 with 0 for
/// "don't know"; multi-choice answers are option ids joined by `;`; unanswered cells are empty.
pub struct CsvRows<'a> {
    survey: &'a SurveyDefinition,
    /// The items with a column of their own (the group and partner questions are the `group`
    /// and `partner` columns already).
    items: Vec<&'a crate::survey::Item>,
}

impl<'a> CsvRows<'a> {
    /// The columns of `survey`'s CSV.
    pub fn new(survey: &'a SurveyDefinition) -> CsvRows<'a> {
        let is_profile = |item: &&crate::survey::Item| matches!(&item.kind, ItemKind::SingleChoice(spec) if spec.from != OptionsFrom::Listed);
        CsvRows { survey, items: survey.items().filter(|item| !is_profile(item)).collect() }
    }

    /// The header line, line break included.
    pub fn header(&self) -> String {
        let mut header = vec!["id".to_owned(), "submitted".into(), "wave".into(), "group".into(), "partner".into()];
        for item in &self.items {
            match &item.kind {
                ItemKind::PartnerMatrix { questions, .. } => {
                    for partner in &self.survey.partners {
                        for question in questions {
                            header.push(format!("{}.{}.{}", item.id, partner.id, question.id));
                        }
                    }
                }
                _ => header.push(item.id.clone()),
            }
        }
        header.extend(self.survey.indicators.iter().map(|indicator| format!("score.{}", indicator.id)));
        let mut line = header.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(",");
        line.push_str("\r\n");
        line
    }

    /// Appends `response`'s line, line break included, to `csv`.
    pub fn push_row(&self, response: &Response, csv: &mut String) {
        let mut row = vec![
            response.id.clone(),
            response.submitted.clone(),
            response.wave.clone(),
            response.group.clone(),
            response.partner.clone().unwrap_or_default(),
        ];
        for item in &self.items {
            let answer = response.answers.get(&item.id);
            match (&item.kind, answer) {
                (ItemKind::PartnerMatrix { questions, .. }, _) => {
                    for partner in &self.survey.partners {
                        for question in questions {
                            let value = match answer {
                                Some(Answer::Matrix(rows)) => rows.get(&partner.id).and_then(|r| r.get(&question.id)),
                                _ => None,
                            };
                            row.push(value.map(u8::to_string).unwrap_or_default());
                        }
                    }
                }
                (_, Some(Answer::Scale(value))) => row.push(value.to_string()),
                (_, Some(Answer::Text(text))) => row.push(text.clone()),
                (_, Some(Answer::Choices(ids))) => row.push(ids.join(";")),
                _ => row.push(String::new()),
            }
        }
        for indicator in &self.survey.indicators {
            let codes = indicator.items.iter().map(|id| match response.answers.get(id) {
                Some(Answer::Scale(value)) => scale_code(Some(*value)),
                _ => scale_code(None),
            });
            row.push(respondent_score(codes, indicator.items.len()).map(one_decimal).unwrap_or_default());
        }
        csv.push_str(&row.iter().map(|cell| csv_field(cell)).collect::<Vec<_>>().join(","));
        csv.push_str("\r\n");
    }
}
