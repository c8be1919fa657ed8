//! Practical prompts for the dashboard, written from the advice in the seed documents.
//!
//! Sources: 000 "Negotiating and working with partners" (sections 1-6), 001 "Effective
//! partnership working: partnership principles" (principles 1-2), 002 "Quality in Practice:
//! advice on successful partnership working", 003 "Keeping partnerships fresh".

use super::gaps::Gap;
use super::indicators::IndicatorFigures;
use super::marginalisation::GroupMarginalisation;
use super::partner_trust::TrustMap;
use super::stats::Band;

/// What raised a prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The indicator's overall mean is in the concern band.
    Concern { indicator: String },
    /// Groups' means for the indicator are a flagged gap apart.
    Gap { indicator: String },
    /// The group is flagged as marginalised.
    Marginalised { group: String },
    /// Some shown link of the trust map is in the concern band (below 50).
    LowTrust,
    /// Fewer than half the pairs of organisations whose links are shown trust each other both ways.
    FewMutualTrust,
}

/// A short, practical suggestion shown next to the chart it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionPrompt {
    /// What raised it.
    pub trigger: Trigger,
    /// The advice (its words and the guidance it rests on: `dashboard::advice_words`).
    pub advice: Advice,
}

/// The pieces of advice the seed documents give, one per kind of finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// Trust in the concern band.
    Trust,
    /// Inclusion in the concern band.
    Inclusion,
    /// Value in the concern band.
    Value,
    /// Shared aims in the concern band.
    Aims,
    /// Leadership in the concern band.
    Leadership,
    /// Renewal in the concern band.
    Renewal,
    /// Another indicator in the concern band.
    OtherConcern,
    /// A flagged gap between groups.
    Gap,
    /// A marginalised group.
    Marginalised,
    /// Low trust on the trust map.
    LowTrust,
    /// Few pairs of organisations trusting each other both ways.
    FewMutualTrust,
}

/// The advice for an indicator of the built-in instrument in the concern band.
fn concern_advice(indicator: &str) -> Advice {
    match indicator {
        "trust" => Advice::Trust,
        "inclusion" => Advice::Inclusion,
        "value" => Advice::Value,
        "aims" => Advice::Aims,
        "leadership" => Advice::Leadership,
        "renewal" => Advice::Renewal,
        _ => Advice::OtherConcern,
    }
}

/// Prompts for every concern, flagged gap and flagged group, then for the trust map, in that order.
pub(crate) fn action_prompts(
    indicators: &[IndicatorFigures],
    gaps: &[Gap],
    groups: &[GroupMarginalisation],
    trust: Option<&TrustMap>,
) -> Vec<ActionPrompt> {
    let concerns = indicators
        .iter()
        .filter(|figures| figures.overall.shown().is_some_and(|summary| summary.band == Band::Concern))
        .map(|figures| {
            let advice = concern_advice(&figures.indicator);
            ActionPrompt { trigger: Trigger::Concern { indicator: figures.indicator.clone() }, advice }
        });
    let gaps = gaps
        .iter()
        .filter(|gap| gap.flagged)
        .map(|gap| ActionPrompt { trigger: Trigger::Gap { indicator: gap.indicator.clone() }, advice: Advice::Gap });
    let marginalised = groups.iter().filter(|group| group.flagged()).map(|group| ActionPrompt {
        trigger: Trigger::Marginalised { group: group.group.clone() },
        advice: Advice::Marginalised,
    });
    let low_trust = trust.is_some_and(|map| {
        map.links.iter().any(|link| link.trust.shown().is_some_and(|figure| Band::of(figure.mean) == Band::Concern))
    });
    let few_mutual = trust.is_some_and(|map| map.mutual.pairs > 0 && map.mutual.mutual * 2 < map.mutual.pairs);
    let trust_prompts = [
        (low_trust, Trigger::LowTrust, Advice::LowTrust),
        (few_mutual, Trigger::FewMutualTrust, Advice::FewMutualTrust),
    ]
    .into_iter()
    .filter(|(raised, _, _)| *raised)
    .map(|(_, trigger, advice)| ActionPrompt { trigger, advice });
    concerns.chain(gaps).chain(marginalised).chain(trust_prompts).collect()
}
