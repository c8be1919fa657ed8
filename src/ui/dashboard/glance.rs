//! The dashboard's first screen: each indicator as a card, what is flagged in words, and the
//! page's contents, so "how is the partnership doing?" is answered before any chart.

use crate::dashboard::Glance;
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::ui::host::Host;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Scrolls to the section whose heading has `id` and moves focus there, without touching the
/// page's address (whose fragment may carry a survey's set-up). A chart is first shown (`show`
/// with its slug), and reached once the page has drawn it.
fn go_to(id: String, show: Option<(Callback<String>, String)>) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        let id = id.clone();
        let reach = move || {
            let heading = gloo::utils::document().get_element_by_id(&id);
            if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
                let _ = heading.set_attribute("tabindex", "-1");
                heading.scroll_into_view();
                let _ = heading.focus();
            }
        };
        match &show {
            Some((show, slug)) => {
                show.emit(slug.clone());
                gloo::timers::callback::Timeout::new(0, reach).forget();
            }
            None => reach(),
        }
    })
}

/// Cards, flags and the page's `contents` (element id before the host's prefix, and title);
/// `on_chart` shows the chart of a slug (a section whose id is `chart-<slug>`). A plain function,
/// not a component: Yew costs about 2 KB of code per component.
pub fn at_a_glance(
    glance: &Glance,
    contents_list: &[(String, String)],
    on_chart: &Callback<String>,
    host: &Host,
    texts: &Texts<M>,
) -> Html {
    let (title, contents) = (host.id("glance-title"), host.id("contents-title"));
    html! {
        <>
            <section class="pp-glance" aria-labelledby={title.clone()}>
                <h2 id={title}>{ texts.get(M::HowIsItDoing) }</h2>
                <ul class="pp-cards">
                    { for glance.cards.iter().map(|card| html! {
                        <li class="pp-card">
                            <span>{ card.name.clone() }</span>
                            // A hidden figure is a phrase, not a number: in number-sized type its
                            // longer words (Welsh "ddiogelu") would break on a phone.
                            <strong class={if card.band.is_some() { "pp-card-score" } else { "pp-card-score pp-card-hidden" }}>
                                { card.score.clone() }
                            </strong>
                            if let Some(band) = &card.band {
                                <span class="pp-hint">{ texts.format(M::OfHundred, &[("band", Arg::Text(band))]) }</span>
                            }
                        </li>
                    }) }
                </ul>
                if glance.flags.is_empty() {
                    <p>{ texts.get(M::NothingFlagged) }</p>
                } else {
                    <ul class="pp-flags">{ for glance.flags.iter().map(|flag| html! { <li>{ flag.clone() }</li> }) }</ul>
                }
            </section>
            <nav class="pp-contents" aria-labelledby={contents.clone()}>
                <h2 id={contents}>{ texts.get(M::OnThisPage) }</h2>
                <ol>
                    { for contents_list.iter().map(|(id, title)| {
                        let chart = super::chart_figure::chart_of_heading(id).map(|slug| (on_chart.clone(), slug.to_owned()));
                        let id = host.id(id);
                        html! { <li><a href={format!("#{id}")} onclick={go_to(id.clone(), chart)}>{ title.clone() }</a></li> }
                    }) }
                </ol>
            </nav>
        </>
    }
}
