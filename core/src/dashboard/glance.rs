//! The dashboard's first screen, "How is the partnership doing?": each indicator's overall score
//! and band as a card, and what is flagged in words (indicators of concern, groups possibly left
//! out, groups that see things differently), before the charts.

use super::content::band_name;
use super::labels::Labels;
use crate::analytics::{Band, Report};
use crate::charts::format_score;
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::survey::SurveyDefinition;

/// One indicator's card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorCard {
    /// The indicator's name.
    pub name: String,
    /// Its overall score (0-100, whole), or [`HIDDEN`].
    pub score: String,
    /// Its band ("strength", "borderline", "concern"), when shown.
    pub band: Option<String>,
}

/// What the first screen says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glance {
    pub cards: Vec<IndicatorCard>,
    /// Each flag as a sentence; empty when nothing is flagged.
    pub flags: Vec<String>,
}

/// The first screen of `report`, in `language`.
pub fn glance(survey: &SurveyDefinition, report: &Report, language: &str, texts: &Texts<M>) -> Glance {
    let labels = Labels::new(survey, language, texts);
    let name = |id: &str| labels.indicator_named(id);
    let cards = report
        .indicators
        .iter()
        .map(|figures| {
            let shown = figures.overall.shown();
            IndicatorCard {
                name: name(&figures.indicator),
                score: shown.map_or_else(|| labels.hidden.clone(), |summary| format_score(summary.mean)),
                band: shown.map(|summary| texts.get(band_name(Band::of(summary.mean)))),
            }
        })
        .collect();
    let mut flags: Vec<String> = report
        .indicators
        .iter()
        .filter(|figures| figures.overall.shown().is_some_and(|summary| Band::of(summary.mean) == Band::Concern))
        .map(|figures| texts.format(M::InConcernBand, &[("indicator", Arg::Text(&name(&figures.indicator)))]))
        .collect();
    let group_name = |id: &str| labels.group_named(report, id);
    let left_out: Vec<String> =
        report.marginalisation.iter().filter(|group| group.flagged()).map(|group| group_name(&group.group)).collect();
    if !left_out.is_empty() {
        flags.push(texts.format(M::PossiblyLeftOut, &[("groups", Arg::Text(&left_out.join(", ")))]));
    }
    flags.extend(report.gaps.iter().filter(|gap| gap.flagged).map(|gap| {
        texts.format(
            M::SeenDifferently,
            &[
                ("indicator", Arg::Text(&name(&gap.indicator))),
                ("highest", Arg::Text(&group_name(&gap.highest.0))),
                ("high", Arg::Text(&format_score(gap.highest.1))),
                ("lowest", Arg::Text(&group_name(&gap.lowest.0))),
                ("low", Arg::Text(&format_score(gap.lowest.1))),
                ("points", Arg::Text(&format_score(gap.points))),
            ],
        )
    }));
    Glance { cards, flags }
}
