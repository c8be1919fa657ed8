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
use crate::i18n::DashMsg as M;

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
    /// The suggestion.
    pub text: M,
    /// The guidance the advice rests on, by title and section, in plain words.
    pub source: M,
}

/// The prompt for an indicator of the built-in instrument in the concern band.
fn concern_prompt(indicator: &str) -> (M, M) {
    match indicator {
        "trust" => (M::PromptTrust, M::SourceTryOneTwo),
        "inclusion" => (M::PromptInclusion, M::SourceInclusion),
        "value" => (M::PromptValue, M::SourceValue),
        "aims" => (M::PromptAims, M::SourceAims),
        "leadership" => (M::PromptLeadership, M::SourceLeadership),
        "renewal" => (M::PromptRenewal, M::SourceFresh),
        _ => (M::PromptDefault, M::SourceTryTwo),
    }
}

const GAP_PROMPT: (M, M) = (M::PromptGap, M::SourceNotToDoTwo);

const MARGINALISED_PROMPT: (M, M) = (M::PromptMarginalised, M::SourceMarginalised);

const LOW_TRUST_PROMPT: (M, M) = (M::PromptLowTrust, M::SourceTryOneTwo);

const FEW_MUTUAL_PROMPT: (M, M) = (M::PromptFewMutual, M::SourceTryOneTwo);

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
            let (text, source) = concern_prompt(&figures.indicator);
            ActionPrompt { trigger: Trigger::Concern { indicator: figures.indicator.clone() }, text, source }
        });
    let gaps = gaps.iter().filter(|gap| gap.flagged).map(|gap| ActionPrompt {
        trigger: Trigger::Gap { indicator: gap.indicator.clone() },
        text: GAP_PROMPT.0,
        source: GAP_PROMPT.1,
    });
    let marginalised = groups.iter().filter(|group| group.flagged()).map(|group| ActionPrompt {
        trigger: Trigger::Marginalised { group: group.group.clone() },
        text: MARGINALISED_PROMPT.0,
        source: MARGINALISED_PROMPT.1,
    });
    let low_trust = trust.is_some_and(|map| {
        map.links.iter().any(|link| link.trust.shown().is_some_and(|figure| Band::of(figure.mean) == Band::Concern))
    });
    let few_mutual = trust.is_some_and(|map| map.mutual.pairs > 0 && map.mutual.mutual * 2 < map.mutual.pairs);
    let trust_prompts =
        [(low_trust, Trigger::LowTrust, LOW_TRUST_PROMPT), (few_mutual, Trigger::FewMutualTrust, FEW_MUTUAL_PROMPT)]
            .into_iter()
            .filter(|(raised, _, _)| *raised)
            .map(|(_, trigger, (text, source))| ActionPrompt { trigger, text, source });
    concerns.chain(gaps).chain(marginalised).chain(trust_prompts).collect()
}
