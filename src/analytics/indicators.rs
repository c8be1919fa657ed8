//! Respondent indicator scores and their summaries overall and by group, partner and wave.

use super::stats::{cronbach_alpha, summarise, Summary};
use super::suppression::{suppress, Figure};
use super::table::{ResponseTable, DONT_KNOW_CODE, NO_PARTNER, UNANSWERED};

/// Smallest number of complete answers for which Cronbach's alpha is reported.
pub const ALPHA_MIN_N: usize = 10;

/// Maps a mean on the 1-5 scale to 0-100.
pub fn to_percent(mean_on_scale: f64) -> f64 {
    (mean_on_scale - 1.0) / 4.0 * 100.0
}

/// A respondent's 0-100 score from the Likert codes of an indicator's columns; `None` when
/// fewer than half of the items were answered ("don't know" is not an answer).
pub fn respondent_score(codes: impl Iterator<Item = u8>, items: usize) -> Option<f64> {
    let (mut sum, mut answered) = (0u32, 0usize);
    for code in codes {
        if code != UNANSWERED && code != DONT_KNOW_CODE {
            sum += u32::from(code);
            answered += 1;
        }
    }
    if items == 0 || answered == 0 || answered * 2 < items {
        return None;
    }
    Some(to_percent(f64::from(sum) / answered as f64))
}

/// Every selected respondent's score per indicator: `rows.len() × indicators`, NaN when missing.
pub(crate) fn score_matrix(table: &ResponseTable, rows: &[usize]) -> Vec<f64> {
    let indicators = &table.layout.indicators;
    let mut scores = Vec::with_capacity(rows.len() * indicators.len());
    for &row in rows {
        let codes = table.likert_row(row);
        for (_, columns) in indicators {
            let score = respondent_score(columns.iter().map(|&column| codes[column]), columns.len());
            scores.push(score.unwrap_or(f64::NAN));
        }
    }
    scores
}

/// An indicator's figures for the selected responses.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorFigures {
    /// Indicator id.
    pub indicator: String,
    /// All selected respondents with a score.
    pub overall: Figure<Summary>,
    /// By stakeholder group, in the survey's group order.
    pub by_group: Vec<Figure<Summary>>,
    /// By partner organisation, in the survey's partner order.
    pub by_partner: Vec<Figure<Summary>>,
    /// By wave, in wave order (see [`ResponseTable::waves`]).
    pub by_wave: Vec<Figure<Summary>>,
    /// Cronbach's alpha over respondents who answered every item, when at least
    /// [`ALPHA_MIN_N`] did.
    pub alpha: Option<f64>,
}

/// Summaries of `scores` split into `categories` by `category_of`; suppressed as a breakdown.
fn breakdown(
    scores: impl Iterator<Item = (usize, f64)>,
    categories: usize,
    never_shown: &[bool],
    threshold: u32,
) -> Vec<Figure<Summary>> {
    let mut buckets: Vec<Vec<f64>> = vec![Vec::new(); categories];
    for (category, score) in scores {
        buckets[category].push(score);
    }
    let cells = buckets
        .into_iter()
        .map(|mut bucket| (bucket.len() as u32, summarise(&mut bucket)))
        .collect();
    suppress(cells, never_shown, threshold)
        .into_iter()
        .map(|figure| match figure {
            Figure::Shown(Some(summary)) => Figure::Shown(summary),
            _ => Figure::Suppressed,
        })
        .collect()
}

/// Figures of every indicator; `scores` is [`score_matrix`] of the same rows.
pub(crate) fn indicator_figures(
    table: &ResponseTable,
    rows: &[usize],
    scores: &[f64],
    wave_order: &[usize],
    threshold: u32,
) -> Vec<IndicatorFigures> {
    let layout = &table.layout;
    let width = layout.indicators.len();
    let partners = layout.partners.len();
    // Respondents who gave no partner sit in an extra, never-shown partner cell.
    let mut partner_never_shown = vec![false; partners];
    partner_never_shown.push(true);
    let mut wave_position = vec![0; table.waves.len()];
    for (position, &wave) in wave_order.iter().enumerate() {
        wave_position[wave] = position;
    }
    layout
        .indicators
        .iter()
        .enumerate()
        .map(|(index, (id, columns))| {
            let scored = || {
                rows.iter()
                    .enumerate()
                    .map(move |(at, &row)| (row, scores[at * width + index]))
                    .filter(|(_, score)| !score.is_nan())
            };
            let mut all: Vec<f64> = scored().map(|(_, score)| score).collect();
            let overall_n = all.len() as u32;
            let overall = match summarise(&mut all) {
                Some(summary) if overall_n >= threshold => Figure::Shown(summary),
                _ => Figure::Suppressed,
            };
            let by_group =
                breakdown(scored().map(|(row, s)| (table.group[row] as usize, s)), layout.groups.len(), &[], threshold);
            let by_partner = breakdown(
                scored().map(|(row, s)| {
                    let partner = table.partner[row];
                    (if partner == NO_PARTNER { partners } else { partner as usize }, s)
                }),
                partners + 1,
                &partner_never_shown,
                threshold,
            );
            let mut by_partner = by_partner;
            by_partner.truncate(partners);
            let by_wave = breakdown(
                scored().map(|(row, s)| (wave_position[table.wave[row] as usize], s)),
                table.waves.len(),
                &[],
                threshold,
            );
            IndicatorFigures { indicator: id.clone(), overall, by_group, by_partner, by_wave, alpha: alpha(table, rows, columns) }
        })
        .collect()
}

/// Cronbach's alpha of an indicator over the respondents who answered all its items.
fn alpha(table: &ResponseTable, rows: &[usize], columns: &[usize]) -> Option<f64> {
    let mut complete = Vec::new();
    let mut n = 0;
    for &row in rows {
        let codes = table.likert_row(row);
        if columns.iter().all(|&column| (1..=5).contains(&codes[column])) {
            complete.extend(columns.iter().map(|&column| f64::from(codes[column])));
            n += 1;
        }
    }
    if n < ALPHA_MIN_N {
        return None;
    }
    cronbach_alpha(&complete, columns.len())
}
