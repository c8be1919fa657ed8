//! How many responses there are, by group, partner and wave, with small groups as "fewer than k".

use crate::analytics::{Counts as Figures, Figure};
use crate::survey::SurveyDefinition;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Counts`].
#[derive(Properties, PartialEq)]
pub struct CountsProps {
    pub survey: Rc<SurveyDefinition>,
    pub counts: Figures,
    pub threshold: u32,
    pub language: AttrValue,
}

/// The response counts as three short lists.
#[function_component(Counts)]
pub fn counts(props: &CountsProps) -> Html {
    let host = crate::ui::host::use_host();
    let survey = &props.survey;
    let count = |figure: &Figure<u32>| match figure {
        Figure::Shown(n) => n.to_string(),
        Figure::Suppressed => format!("fewer than {}", props.threshold),
    };
    let label = |text: &crate::survey::LocalText| text.get(&props.language, &survey.default_language).to_owned();
    let list = |title: &str, rows: Vec<(String, String)>| {
        html! {
            <div class="pp-count-list">
                <h3>{ title.to_owned() }</h3>
                <ul>{ for rows.into_iter().map(|(name, n)| html! { <li><span>{ name }</span>{ ": " }<strong>{ n }</strong></li> }) }</ul>
            </div>
        }
    };
    let groups = survey.groups.iter().zip(&props.counts.by_group).map(|(g, f)| (label(&g.label), count(f))).collect();
    let partners =
        survey.partners.iter().zip(&props.counts.by_partner).map(|(p, f)| (label(&p.label), count(f))).collect();
    let waves = props
        .counts
        .by_wave
        .iter()
        .map(|(wave, f)| (if wave.is_empty() { "(no wave)".to_owned() } else { wave.clone() }, count(f)))
        .collect();
    html! {
        <section class="pp-counts" aria-labelledby={host.id("counts-title")}>
            <h2 id={host.id("counts-title")}>{ format!("Responses: {}", count(&props.counts.total)) }</h2>
            <p class="pp-hint">{ format!("Figures for fewer than {} people are never shown, so that no one can be identified.", props.threshold) }</p>
            <div class="pp-count-grid">
                { list("By group", groups) }
                { list("By partner", partners) }
                { list("By wave", waves) }
            </div>
        </section>
    }
}
