//! Root of the set-up bundle: host, theme and the page's language around the set-up page.

use super::SetUpPage;
use crate::i18n::{direction, language_name, Arg, FacilitatorMsg, MessageSet, SetupMsg, Texts};
use crate::ui::host::{use_host, Host};
use crate::ui::language::{choose_language, picker_html, use_page_texts, use_words};
use crate::ui::{platform, AppProps};
use yew::prelude::*;

/// The set-up page's own words in the language chosen (English outside the set-up page).
#[hook]
pub fn use_setup_texts() -> Texts<SetupMsg> {
    use_page_texts::<SetupMsg>()
}

/// The language of the set-up page's own words: the one asked for (`?lang=`, `data-lang`) when
/// they are translated into it, else English. Easy Read is for respondents: it shows English.
pub fn set_up_language(requested: &str) -> &'static str {
    SetupMsg::TRANSLATED.iter().copied().find(|language| *language == requested).unwrap_or("en")
}

/// Root component of the set-up page (and of `data-mode="setup"` instances).
#[function_component(SetUpApp)]
pub fn set_up_app(props: &AppProps) -> Html {
    html! {
        <ContextProvider<Host> context={props.host.clone()}>
            <SetUpRoot language={props.options.language.clone()} standalone={props.standalone}
                theme={props.options.theme.attribute()} />
        </ContextProvider<Host>>
    }
}

/// Properties of [`SetUpRoot`].
#[derive(Properties, PartialEq)]
struct SetUpRootProps {
    language: String,
    standalone: bool,
    theme: &'static str,
}

/// The page's language list above the set-up screen, its words in that language.
#[function_component(SetUpRoot)]
fn set_up_root(props: &SetUpRootProps) -> Html {
    let host = use_host();
    let asked = use_state(|| props.language.clone());
    let current = AttrValue::from(set_up_language(&asked));
    let (texts, unavailable) = use_words::<SetupMsg>(current.clone(), false);
    // The words about a CouchDB database, which the dashboard shares.
    let (sync_texts, _) = use_words::<FacilitatorMsg>(current.clone(), false);
    let standalone = props.standalone;
    // The page's language is that of the words it shows: English until (or unless) the chosen
    // language's words arrive.
    let shown = AttrValue::from(texts.language().to_owned());
    let title = texts.get(SetupMsg::PageTitle);
    use_effect_with(shown.clone(), move |language| {
        if standalone {
            platform::set_page_language(language, direction(language));
            platform::set_page_title(&title);
        }
    });
    let choose = choose_language(asked.setter(), standalone);
    let offered: Vec<String> =
        std::iter::once("en").chain(SetupMsg::TRANSLATED.iter().copied()).map(String::from).collect();
    let note = unavailable
        .then(|| texts.format(SetupMsg::LanguageUnavailable, &[("language", Arg::Text(language_name(&current)))]));
    let picker =
        picker_html(host.id("page-language"), texts.get(SetupMsg::PageLanguage), &offered, &current, &choose, note);
    html! {
        <div class="pp-root" lang={shown.clone()} dir={direction(&shown)} data-pp-theme={props.theme}>
            <ContextProvider<Texts<SetupMsg>> context={texts}>
                <ContextProvider<Texts<FacilitatorMsg>> context={sync_texts}>
                    <SetUpPage language_picker={picker} />
                </ContextProvider<Texts<FacilitatorMsg>>>
            </ContextProvider<Texts<SetupMsg>>>
        </div>
    }
}
