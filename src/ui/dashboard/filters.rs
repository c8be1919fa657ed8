//! Filters by wave, group and partner, and the indicator whose statements are charted.

use crate::dashboard::{Choice, DashboardAction, DashboardView};
use crate::i18n::{DashMsg as M, Texts};
use crate::survey::SurveyDefinition;
use crate::ui::host::Host;
use yew::prelude::*;

/// What [`filters`] offers.
pub struct FiltersShown<'a> {
    pub survey: &'a SurveyDefinition,
    pub view: &'a DashboardView,
    pub waves: &'a [String],
    /// Groups and partners that can be chosen (pooled ones have no figures of their own).
    pub groups: &'a [Choice],
    pub partners: &'a [Choice],
    pub language: &'a str,
    pub dispatch: &'a Callback<DashboardAction>,
}

/// Checkbox lists (nothing ticked = everyone) and the indicator chooser. A plain function, not a
/// component: Yew costs about 2 KB of code per component, and these lists are quick to draw again.
pub fn filters(props: FiltersShown, host: &Host, texts: &Texts<M>) -> Html {
    let survey = props.survey;
    let label = |text: &crate::survey::LocalText| text.get(props.language, &survey.default_language).to_owned();
    let boxes = |legend: M,
                 kind: &'static str,
                 options: Vec<(String, String)>,
                 chosen: &[String],
                 make: fn(String) -> DashboardAction| {
        html! {
            <fieldset class="pp-filter">
                <legend>{ texts.get(legend) }</legend>
                { for options.into_iter().map(|(id, name)| {
                    let input_id = host.id(&format!("filter-{kind}-{id}"));
                    let checked = chosen.contains(&id);
                    let on_change = props.dispatch.reform({ let id = id.clone(); move |_: Event| make(id.clone()) });
                    html! {
                        <div class="pp-option pp-compact">
                            <input type="checkbox" id={input_id.clone()} checked={checked} onchange={on_change} />
                            <label for={input_id}>{ name }</label>
                        </div>
                    }
                }) }
            </fieldset>
        }
    };
    let waves =
        props.waves.iter().map(|w| (w.clone(), if w.is_empty() { texts.get(M::NoWave) } else { w.clone() })).collect();
    let options = |choices: &[Choice]| choices.iter().map(|c| (c.id.clone(), c.label.clone())).collect();
    let groups = options(props.groups);
    let partners = options(props.partners);
    let on_indicator = props.dispatch.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        DashboardAction::ChooseIndicator(select.value())
    });
    let clear = props.dispatch.reform(|_: MouseEvent| DashboardAction::ClearFilters);
    let filter = &props.view.filter;
    html! {
        <section class="pp-filters" aria-labelledby={host.id("filters-title")}>
            <h2 id={host.id("filters-title")}>{ texts.get(M::ShowResponsesFrom) }</h2>
            <p class="pp-hint">{ texts.get(M::FiltersHint) }</p>
            <div class="pp-filter-grid">
                { boxes(M::Waves, "wave", waves, &filter.waves, DashboardAction::ToggleWave) }
                { boxes(M::Groups, "group", groups, &filter.groups, DashboardAction::ToggleGroup) }
                { boxes(M::Partners, "partner", partners, &filter.partners, DashboardAction::TogglePartner) }
            </div>
            <div class="pp-nav">
                <label for={host.id("indicator-choice")}>{ texts.get(M::StatementsShownFor) }</label>
                <select id={host.id("indicator-choice")} onchange={on_indicator}>
                    { for survey.indicators.iter().enumerate().map(|(index, indicator)| {
                        let selected = props.view.indicator == indicator.id || (props.view.indicator.is_empty() && index == 0);
                        html! { <option value={indicator.id.clone()} selected={selected}>{ label(&indicator.label) }</option> }
                    }) }
                </select>
                <button type="button" class="pp-button" onclick={clear}>{ texts.get(M::ClearFilters) }</button>
            </div>
        </section>
    }
}
