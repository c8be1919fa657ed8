//! The dashboard page: response counts and the charts of the analysis.

use super::ChartFigure;
use crate::analytics::{analyse, Figure, Filter, ResponseTable};
use crate::charts::{indicator_overview, OverviewInput};
use crate::store::{load_responses, BrowserStorage};
use crate::survey::SurveyDefinition;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Dashboard`].
#[derive(Properties, PartialEq)]
pub struct DashboardProps {
    pub survey: Rc<SurveyDefinition>,
    pub language: AttrValue,
}

/// The facilitator's view of the responses stored on this device.
#[function_component(Dashboard)]
pub fn dashboard(props: &DashboardProps) -> Html {
    let survey = &props.survey;
    let language = props.language.as_str();
    let storage = BrowserStorage::open();
    let responses = load_responses(&storage, &survey.id).unwrap_or_default();
    let table = match ResponseTable::from_responses(survey, &responses) {
        Ok(table) => table,
        Err(error) => return html! { <p class="pp-alert" role="alert">{ error.to_string() }</p> },
    };
    let report = analyse(&table, &Filter::default(), survey.small_group_threshold);
    let group_labels: Vec<&str> =
        survey.groups.iter().map(|g| g.label.get(language, &survey.default_language)).collect();
    let indicator_labels: Vec<&str> =
        survey.indicators.iter().map(|i| i.label.get(language, &survey.default_language)).collect();
    let input = OverviewInput {
        indicators: report.indicators.iter().zip(&indicator_labels).map(|(f, l)| (*l, f.by_group.as_slice())).collect(),
        groups: group_labels.clone(),
        threshold: report.threshold,
    };
    let summary = "Each indicator's average score (0-100) for each group, with its 95% confidence interval.";
    let chart = indicator_overview(&input, summary).map_err(|e| AttrValue::from(e.to_string()));
    let cell = |figure: &Figure<crate::analytics::Summary>| match figure {
        Figure::Shown(s) => crate::charts::format_score(s.mean),
        Figure::Suppressed => format!("fewer than {}", report.threshold),
    };
    let table_html = html! {
        <table class="pp-table">
            <caption>{ "Average score by group (0-100)" }</caption>
            <thead><tr><th scope="col">{ "Indicator" }</th>{ for group_labels.iter().map(|g| html! { <th scope="col">{ g.to_string() }</th> }) }</tr></thead>
            <tbody>
                { for report.indicators.iter().zip(&indicator_labels).map(|(f, l)| html! {
                    <tr><th scope="row">{ l.to_string() }</th>{ for f.by_group.iter().map(|g| html! { <td>{ cell(g) }</td> }) }</tr>
                }) }
            </tbody>
        </table>
    };
    html! {
        <main class="pp-main pp-dashboard">
            <h1>{ "Dashboard" }</h1>
            <ChartFigure title="Indicators by group" chart={chart} summary={summary} table={table_html} />
        </main>
    }
}
