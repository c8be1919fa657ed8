//! Five labelled points and "don't know", as one radio group: the control behind every
//! Likert statement and every partner-matrix rating.

use crate::response::DONT_KNOW;
use crate::survey::Scale;
use yew::prelude::*;

/// One scale's radio group, as [`scale_options`] draws it. A plain function rather than a
/// component: it keeps no state, and a component's machinery cost the survey page 1 KB.
pub struct ScaleOptions<'a> {
    /// The radio group's name and id prefix; unique on the page.
    pub name: AttrValue,
    /// The scale's labels.
    pub scale: &'a Scale,
    /// Language to show the labels in, and the survey's default.
    pub language: &'a str,
    pub fallback: &'a str,
    /// The chosen point (1-5), or 0 for don't know.
    pub value: Option<u8>,
    /// Called with the point picked.
    pub on_pick: Callback<u8>,
    /// The five points as numbered boxes in a row, their words spoken and shown at the ends
    /// (a partner matrix, asked for several partners), rather than a card per point.
    pub numbered: bool,
}

/// The radio buttons of a scale, labelled, with "don't know" last.
pub fn scale_options(props: ScaleOptions) -> Html {
    let word = |point: u8| {
        let label = if point == DONT_KNOW {
            Some(&props.scale.dont_know)
        } else {
            props.scale.labels.get(usize::from(point) - 1)
        };
        label.map(|l| l.get(props.language, props.fallback)).unwrap_or_default()
    };
    let option = |point: u8, class: &'static str, label: Html| {
        let id = format!("{}-{point}", props.name);
        let on_pick = props.on_pick.reform(move |_: Event| point);
        html! {
            <div class={class} key={point}>
                <input type="radio" id={id.clone()} name={props.name.clone()} value={point.to_string()}
                    checked={props.value == Some(point)} onchange={on_pick} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let dont_know = option(DONT_KNOW, "pp-option pp-dont-know", html! { word(DONT_KNOW) });
    if props.numbered {
        // The number is what shows in each box; its word is part of the name read out, and the
        // words for 1 and 5 stand under the row's ends.
        return html! {
            <div class="pp-scale-numbered">
                <div class="pp-scale-row">
                    { for (1..=5u8).map(|point| option(point, "pp-option pp-point", html! {
                        <>{ point }<span class="pp-visually-hidden">{ format!(": {}", word(point)) }</span></>
                    })) }
                </div>
                <p class="pp-scale-ends" aria-hidden="true">
                    <span>{ format!("1: {}", word(1)) }</span>
                    <span>{ format!("5: {}", word(5)) }</span>
                </p>
                { dont_know }
            </div>
        };
    }
    html! {
        <div class="pp-options pp-scale">
            { for (1..=5u8).map(|point| option(point, "pp-option", html! { word(point) })) }
            { dont_know }
        </div>
    }
}
