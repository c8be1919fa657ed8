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
    /// The suggestion.
    pub text: &'static str,
    /// The guidance the advice rests on, by title and section, in plain words.
    pub source: &'static str,
}

/// The prompt for an indicator of the built-in instrument in the concern band.
fn concern_prompt(indicator: &str) -> (&'static str, &'static str) {
    match indicator {
        "trust" => (
            "Set a few small, achievable joint tasks and mark each early win: trust grows from working together. \
             Make sure what meetings agree is done, so people can trust the partnership's procedures as well as each other.",
            "Quality in Practice: advice on successful partnership working, what to try 1 and 2",
        ),
        "inclusion" => (
            "Ask the people who feel least included what would help: papers and notice in time to prepare, meetings \
             arranged around access needs, contributions recognised (paid where due), and a clear way to challenge being left out.",
            "Negotiating and working with partners: effective and ineffective partnership behaviours, section 5; Quality in Practice: advice on successful partnership working, what to try 4",
        ),
        "value" => (
            "Agree and publish what each partner expects to gain and to contribute, and review it together; keep \
             facts to hand so that the discussion does not rest on perceptions alone.",
            "Quality in Practice: advice on successful partnership working, what to try 3; Negotiating and working with partners: effective and ineffective partnership behaviours, section 6",
        ),
        "aims" => (
            "Agree joint aims and outcomes, set out who is responsible for what, and record them in a short written \
             agreement with a date to review it.",
            "Effective partnership working: partnership principles 1 and 2",
        ),
        "leadership" => (
            "Ask each partner's senior managers to take a visible part, signing the agreement and attending the \
             partnership board, and to release staff time for the partnership's work.",
            "Negotiating and working with partners: effective and ineffective partnership behaviours, section 1; Effective partnership working: partnership principles, principle 2",
        ),
        "renewal" => (
            "Bring new partners and the voices of people who use services to the table, and ask whether the \
             partnership keeps meeting the same people about the same issues.",
            "Keeping partnerships fresh",
        ),
        _ => (
            "Discuss this result at the next partnership meeting and agree one small, concrete step to improve it.",
            "Quality in Practice: advice on successful partnership working, what to try 2",
        ),
    }
}

const GAP_PROMPT: (&str, &str) = (
    "Groups see this differently. Put the difference on the agenda: ask each group what lies behind its view, \
     and treat the gap as something to understand together rather than to settle by argument.",
    "Quality in Practice: advice on successful partnership working, what not to do 2",
);

const MARGINALISED_PROMPT: (&str, &str) = (
    "This group may be being left out, and marginalisation, not conflict, is what stops partnerships succeeding. \
     Ask its members how they want to be involved, send papers in good time, and agree a clear way for them to \
     challenge being left out.",
    "Quality in Practice: advice on successful partnership working, what to try 4; Negotiating and working with partners: effective and ineffective partnership behaviours, section 5; Keeping partnerships fresh",
);

const LOW_TRUST_PROMPT: (&str, &str) = (
    "Some organisations trust others little. Give the two a small, achievable task to do together and mark the \
     early win: trust grows from working together towards a common goal. Check that what each agrees to do gets \
     done, so trust can rest on the partnership's systems and procedures as well as on people.",
    "Quality in Practice: advice on successful partnership working, what to try 1 and 2",
);

const FEW_MUTUAL_PROMPT: (&str, &str) = (
    "Few pairs of organisations trust each other both ways. Ask each partner what would help it trust the others, \
     pair people who can build a working relationship across organisations, and share early successes across the \
     whole partnership.",
    "Quality in Practice: advice on successful partnership working, what to try 1 and 2",
);

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
