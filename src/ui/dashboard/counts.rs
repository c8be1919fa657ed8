//! How many responses there are, by group, partner and wave, with small groups as "fewer than k".

use crate::analytics::{Counts as Figures, Figure};
use crate::dashboard::Choice;
use crate::i18n::{DashMsg as M, Texts};
use crate::ui::host::Host;
use yew::prelude::*;

/// What [`counts`] lists.
pub struct CountsShown<'a> {
    pub counts: &'a Figures,
    /// Whether to list the counts by group, partner and wave (not while there are too few to show).
    pub breakdown: bool,
    pub threshold: u32,
    /// Groups and partners with figures of their own (see `dashboard::group_choices`).
    pub groups: &'a [Choice],
    pub partners: &'a [Choice],
    /// What small-number protection pooled or left out, in words.
    pub notes: &'a [String],
}

/// The response counts as three short lists (a plain function: Yew costs about 2 KB of code per
/// component, and these few lists are quick to draw again).
pub fn counts(props: CountsShown, host: &Host, texts: &Texts<M>) -> Html {
    // A hidden count of a group, partner or wave may be one of k or more, hidden so that a small
    // one cannot be worked out: so it says "hidden", never "fewer than k".
    let written = |n: u32| crate::i18n::written_count(texts.language(), u64::from(n));
    let count = |figure: &Figure<u32>| match figure {
        Figure::Shown(n) => written(*n),
        Figure::Suppressed => texts.get(M::Hidden),
    };
    // The total is hidden only when it is itself under k.
    let total = match props.counts.total {
        Figure::Shown(n) => written(n),
        Figure::Suppressed => texts.format(M::FewerThan, &[("threshold", props.threshold.into())]),
    };
    let list = |title: M, rows: Vec<(String, String)>| {
        html! {
            <div class="pp-count-list">
                <h3>{ texts.get(title) }</h3>
                <ul>{ for rows.into_iter().map(|(name, n)| html! { <li><span>{ name }</span>{ ": " }<strong>{ n }</strong></li> }) }</ul>
            </div>
        }
    };
    let rows = |choices: &[Choice], figures: &[Figure<u32>]| -> Vec<(String, String)> {
        choices.iter().filter_map(|c| figures.get(c.index).map(|f| (c.label.clone(), count(f)))).collect()
    };
    let groups = rows(props.groups, &props.counts.by_group);
    let partners = rows(props.partners, &props.counts.by_partner);
    let waves = props
        .counts
        .by_wave
        .iter()
        .map(|(wave, f)| (if wave.is_empty() { texts.get(M::NoWave) } else { wave.clone() }, count(f)))
        .collect();
    html! {
        <section class="pp-counts" aria-labelledby={host.id("counts-title")}>
            <h2 id={host.id("counts-title")}>{ texts.format(M::ResponsesCount, &[("total", total.as_str().into())]) }</h2>
            if props.breakdown {
                <p class="pp-hint">{ texts.format(M::FiguresNeverShown, &[("threshold", props.threshold.into())]) }</p>
            }
            if !props.notes.is_empty() {
                <ul class="pp-hint pp-privacy-notes">{ for props.notes.iter().map(|note| html! { <li>{ note.clone() }</li> }) }</ul>
            }
            if props.breakdown {
                <div class="pp-count-grid">
                    { list(M::ByGroup, groups) }
                    { list(M::ByPartner, partners) }
                    { list(M::ByWave, waves) }
                </div>
            }
        </section>
    }
}
