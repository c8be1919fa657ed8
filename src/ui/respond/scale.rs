//! Five labelled points and "don't know", as one radio group: the control behind every
//! Likert statement and every partner-matrix rating.

use crate::response::DONT_KNOW;
use crate::survey::Scale;
use yew::prelude::*;

/// Properties of [`ScaleOptions`].
#[derive(Properties, PartialEq)]
pub struct ScaleOptionsProps {
    /// The radio group's name and id prefix; unique on the page.
    pub name: AttrValue,
    /// The scale's labels.
    pub scale: Scale,
    /// Language to show the labels in, and the survey's default.
    pub language: AttrValue,
    pub fallback: AttrValue,
    /// The chosen point (1-5), or 0 for don't know.
    pub value: Option<u8>,
    /// Called with the point picked.
    pub on_pick: Callback<u8>,
}

/// The radio buttons of a scale, labelled, with "don't know" last.
#[function_component(ScaleOptions)]
pub fn scale_options(props: &ScaleOptionsProps) -> Html {
    let points = (1..=5u8).map(|point| (point, props.scale.labels.get(usize::from(point) - 1)));
    let options = points
        .map(|(point, label)| (point, label.map(|l| l.get(&props.language, &props.fallback)).unwrap_or_default()))
        .chain(std::iter::once((DONT_KNOW, props.scale.dont_know.get(&props.language, &props.fallback))));
    html! {
        <div class="pp-options pp-scale">
            { for options.map(|(point, label)| {
                let id = format!("{}-{point}", props.name);
                let on_pick = props.on_pick.reform(move |_: Event| point);
                let class = if point == DONT_KNOW { "pp-option pp-dont-know" } else { "pp-option" };
                html! {
                    <div class={class} key={point}>
                        <input type="radio" id={id.clone()} name={props.name.clone()} value={point.to_string()}
                            checked={props.value == Some(point)} onchange={on_pick} />
                        <label for={id}>{ label.to_owned() }</label>
                    </div>
                }
            }) }
        </div>
    }
}
