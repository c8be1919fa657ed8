//! The dashboard's charts, one at a time: which chart of how many, the one before and after by
//! name, and a choice to show every chart on the page. With nine charts one after another the
//! page was about twenty screens long; one at a time it stays a few, and "On this page" still
//! leads to any chart in one step.

use super::chart_figure::ChartFigure;
use crate::dashboard::{DashboardAction, DashboardChart};
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::ui::host::Host;
use std::rc::Rc;
use yew::prelude::*;

/// The chart at `shown` (or every chart, when `None`) with the way to the others. A plain
/// function, not a component: Yew costs about 2 KB of code per component, and each chart is a
/// component of its own that draws again only when its figures change.
pub fn chart_pager(
    charts: &Rc<Vec<DashboardChart>>,
    shown: Option<usize>,
    dispatch: &Callback<DashboardAction>,
    host: &Host,
    texts: &Texts<M>,
) -> Html {
    let every_id = host.id("every-chart");
    let show = |at: usize| {
        let slug = charts[at].id.slug().to_owned();
        dispatch.reform(move |_: MouseEvent| DashboardAction::ShowChart(slug.clone()))
    };
    let step = |at: usize, message: M| {
        html! {
            <button type="button" class="pp-button" onclick={show(at)}>
                { texts.format(message, &[("title", Arg::Text(&charts[at].title))]) }
            </button>
        }
    };
    let every = shown.is_none();
    let toggle = dispatch.reform(move |_: Event| DashboardAction::ShowEveryChart(!every));
    html! {
        <>
            <div class="pp-chart-pager">
                if let Some(at) = shown {
                    <p role="status">{ texts.format(M::ChartOf, &[
                        ("n", (at + 1).into()), ("count", charts.len().into()), ("title", Arg::Text(&charts[at].title)),
                    ]) }</p>
                    // Both always there (the last chart's next is the first), so that focus
                    // stays on the button pressed and Enter steps on through the charts.
                    if charts.len() > 1 {
                        <div class="pp-actions">
                            { step((at + charts.len() - 1) % charts.len(), M::PreviousChart) }
                            { step((at + 1) % charts.len(), M::NextChart) }
                        </div>
                    }
                }
                <div class="pp-option pp-compact">
                    <input id={every_id.clone()} type="checkbox" checked={every} onchange={toggle} />
                    <label for={every_id}>{ texts.get(M::EveryChart) }</label>
                </div>
            </div>
            { for charts.iter().enumerate().filter(|(at, _)| shown.is_none_or(|shown| shown == *at)).map(|(_, chart)| html! {
                <ChartFigure key={chart.id.slug()} chart={chart.clone()} />
            }) }
        </>
    }
}
