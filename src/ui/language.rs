//! The language the person reads in: the survey's own text in it, the app's words from that
//! language's catalogue (fetched from beside the app the first time it is chosen, and kept by
//! the service worker after), the page's `lang` and `dir`, and the switcher on every
//! respondent screen.

use super::host::{fetch_text, use_host};
use super::platform;
use crate::i18n::{self, language_name, markup_language, Arg, Catalogue, MessageSet, Msg, Texts};
use crate::survey::SurveyDefinition;
use std::rc::Rc;
use yew::prelude::*;

/// The language shown, the app's words in it, the others the survey offers, and the way to
/// choose one: one context for every screen of a survey instance.
#[derive(Clone, PartialEq)]
pub struct LanguageChoice {
    /// The app's own text in the language shown.
    pub texts: Texts,
    /// The language shown (a survey language tag).
    pub current: AttrValue,
    /// Every language the survey offers.
    pub offered: Rc<Vec<String>>,
    /// Shows the survey in another of its languages (answers given are kept).
    pub choose: Callback<String>,
    /// The app's own words in the language could not be loaded, so they are in English.
    pub unavailable: bool,
}

/// The app's own text in the language being shown (English outside a survey instance).
#[hook]
pub fn use_texts() -> Texts {
    use_context::<LanguageChoice>().map(|choice| choice.texts).unwrap_or_default()
}

/// A page's own words of one message set, from its context (English where none is provided).
#[hook]
pub fn use_page_texts<M: MessageSet>() -> Texts<M> {
    use_context::<Texts<M>>().unwrap_or_default()
}

/// The language to show: the one asked for when the survey offers it, else the survey's default.
/// Before a survey is open (or when it cannot be), the one asked for if the app's own words are
/// in it, so a Welsh speaker whose link is damaged is told so in Welsh.
pub fn chosen_language(survey: Option<&SurveyDefinition>, requested: &str) -> AttrValue {
    match survey {
        Some(survey) if survey.languages.iter().any(|offered| offered == requested) => requested.to_owned().into(),
        Some(survey) => survey.default_language.clone().into(),
        None if i18n::TRANSLATED.contains(&requested) => requested.to_owned().into(),
        None => "en".into(),
    }
}

/// A page's own words in `language`: English at once, a translation fetched from beside the app
/// the first time its language is shown (the service worker keeps it after), and whether they
/// had to stay English because the file could not be loaded. One state, set only when it
/// changes (the first render, in English, needs no second one).
/// With `set_page`, the page's `lang` and `dir` follow `language` too (a page the app owns).
#[hook]
pub fn use_words<M: MessageSet>(language: AttrValue, set_page: bool) -> (Texts<M>, bool) {
    let host = use_host();
    // The languages fetched so far (a few at most: a list, not a hash map with its hasher).
    let catalogues = use_mut_ref(Vec::<(String, Rc<Catalogue<M>>)>::new);
    let wanted = use_mut_ref(String::new);
    let words = use_state_eq(|| {
        // Before any text is drawn, counts follow the browser's rules for the language.
        super::numbers::use_browser_numbers();
        (Texts::<M>::english(), false)
    });
    {
        let words = words.clone();
        use_effect_with(language, move |language| {
            let language = language.to_string();
            *wanted.borrow_mut() = language.clone();
            if set_page {
                platform::set_page_language(markup_language(&language), i18n::direction(&language));
            }
            let kept =
                catalogues.borrow().iter().find(|(tag, _)| *tag == language).map(|(_, catalogue)| catalogue.clone());
            match kept {
                _ if !M::TRANSLATED.contains(&language.as_str()) => words.set((Texts::english(), false)),
                Some(catalogue) => words.set((Texts::translated(catalogue), false)),
                None => wasm_bindgen_futures::spawn_local(async move {
                    let url = format!("{}{}{language}.json", host.app_folder(), M::FOLDER);
                    let read = fetch_text(&url).await.ok().and_then(|json| Catalogue::<M>::read(&json, &language).ok());
                    // Another language may have been chosen while this one was on its way.
                    if *wanted.borrow() != language {
                        return;
                    }
                    match read {
                        Some(catalogue) => {
                            let catalogue = Rc::new(catalogue);
                            catalogues.borrow_mut().push((language, catalogue.clone()));
                            words.set((Texts::translated(catalogue), false));
                        }
                        None => words.set((Texts::english(), true)),
                    }
                }),
            }
        });
    }
    (*words).clone()
}

/// The language of a survey instance: first the one the address or host asked for, then the
/// one the person chooses (kept in the address of a page the app owns, so a reload keeps it).
#[hook]
pub fn use_language(survey: Option<&SurveyDefinition>, requested: &str, standalone: bool) -> LanguageChoice {
    let asked = use_state(|| requested.to_owned());
    let current = chosen_language(survey, &asked);
    let offered = Rc::new(survey.map(|survey| survey.languages.clone()).unwrap_or_default());
    let (texts, unavailable) = use_words::<Msg>(current.clone(), standalone);
    let choose = choose_language(asked.setter(), standalone);
    LanguageChoice { texts, current, offered, choose, unavailable }
}

/// Choosing a language: kept in the address of a page the app owns.
pub fn choose_language(asked: UseStateSetter<String>, standalone: bool) -> Callback<String> {
    Callback::from(move |tag: String| {
        if standalone {
            platform::set_url_param("lang", &tag);
        }
        asked.set(tag);
    })
}

/// The language switcher: shown when the survey offers more than one language. Its label is in
/// the language shown and, when that is not English, says "Language" too, so someone who chose
/// a language by mistake can find the way back. A function, not a component: it keeps no state
/// (and each component type costs the bundle its own lifecycle code).
pub fn language_picker(choice: &LanguageChoice, id: String) -> Html {
    let texts = &choice.texts;
    let note = choice
        .unavailable
        .then(|| texts.format(Msg::LanguageUnavailable, &[("language", Arg::Text(language_name(&choice.current)))]));
    picker_html(id, texts.get(Msg::Language), &choice.offered, &choice.current, &choice.choose, note)
}

/// A list of languages under `label` (with "Language" added when the label is in another),
/// `current` chosen, and `note` under it when the words in it could not be loaded.
pub fn picker_html(
    id: String,
    label: String,
    offered: &[String],
    current: &str,
    choose: &Callback<String>,
    note: Option<String>,
) -> Html {
    if offered.len() < 2 {
        return Html::default();
    }
    let label = if label.contains("Language") { label } else { format!("{label} · Language") };
    let on_change = choose.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        select.value()
    });
    html! {
        <div class="pp-language">
            <label for={id.clone()}>{ label }</label>
            <select id={id} class="pp-input" onchange={on_change}>
                { for offered.iter().map(|tag| html! {
                    <option value={tag.clone()} lang={markup_language(tag).to_owned()} selected={tag == current}>
                        { language_name(tag) }
                    </option>
                }) }
            </select>
            if let Some(note) = note {
                <p class="pp-hint" role="status">{ note }</p>
            }
        </div>
    }
}

/// The switcher for the instance this component is in (nothing outside a survey instance), its
/// list's id made of `id` (the survey and dashboard bundles number their instances apart, so
/// each page of them names its list differently).
#[hook]
pub fn use_language_picker(id: &'static str) -> Html {
    let host = use_host();
    let choice = use_context::<LanguageChoice>();
    choice.map(|choice| language_picker(&choice, host.id(id))).unwrap_or_default()
}
