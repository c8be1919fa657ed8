//! The words the charts draw of their own, in the dashboard's language.

use crate::analytics::{BORDERLINE_FROM, STRENGTH_FROM};
use crate::charts::{format_score, ChartWords};
use crate::i18n::{Arg, DashMsg as M, Texts};

/// The charts' own words from the dashboard's texts.
pub fn chart_words(texts: &Texts<M>) -> ChartWords {
    let (borderline, strength) = (format_score(BORDERLINE_FROM), format_score(STRENGTH_FROM));
    let bounds = [("borderline", Arg::Text(&borderline)), ("strength", Arg::Text(&strength))];
    let hidden = texts.get(M::Hidden);
    ChartWords {
        network_key: texts.format(M::NetworkKey, &[("hidden", Arg::Text(&hidden))]),
        hidden,
        hidden_cell: texts.get(M::HiddenCell),
        bands: [M::BandNameConcern, M::BandNameBorderline, M::BandNameStrength].map(|msg| texts.get(msg)),
        band_legend: [M::BandLegendConcern, M::BandLegendBorderline, M::BandLegendStrength]
            .map(|msg| texts.format(msg, &bounds)),
        disagree: texts.get(M::Disagree),
        agree: texts.get(M::Agree),
        dont_know: texts.get(M::DontKnow),
        one_wave: texts.get(M::OneWave),
        second_wave: texts.get(M::SecondWave),
    }
}
