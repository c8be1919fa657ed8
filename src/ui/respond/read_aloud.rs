//! "Read aloud": a question and its options spoken by the browser's speech synthesis in the
//! survey's language, offered only where the browser has a voice for that language.

use crate::i18n::{markup_language, primary_language, Msg};
use crate::ui::language::use_texts;
use web_sys::SpeechSynthesis;
use yew::prelude::*;

fn speech() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Absent in some browsers (and in embedded web views): then there is nothing to offer.
    if !js_sys::Reflect::has(&window, &"speechSynthesis".into()).unwrap_or(false) {
        return None;
    }
    window.speech_synthesis().ok()
}

/// Whether the browser has a voice for `language` (`cy` needs a Welsh voice; Easy Read an
/// English one).
fn has_voice(language: &str) -> bool {
    let wanted = primary_language(markup_language(language)).to_ascii_lowercase();
    speech().is_some_and(|speech| {
        speech.get_voices().iter().any(|voice| {
            let voice: web_sys::SpeechSynthesisVoice = wasm_bindgen::JsCast::unchecked_into(voice);
            primary_language(&voice.lang()).eq_ignore_ascii_case(&wanted)
        })
    })
}

/// Stops whatever is being read: the person answered or moved on.
pub fn stop_reading() {
    if let Some(speech) = speech().filter(|speech| speech.speaking() || speech.pending()) {
        speech.cancel();
    }
}

/// Properties of [`ReadAloud`].
#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// Everything to read: the question, its help and its options.
    pub words: AttrValue,
    /// The question alone, for the button's accessible name.
    pub question: AttrValue,
    /// The survey language the words are in.
    pub language: AttrValue,
}

/// The "Read aloud" button of a question (or nothing, without a voice for the language).
#[function_component(ReadAloud)]
pub fn read_aloud(props: &ReadAloudProps) -> Html {
    let t = use_texts();
    let available = use_state(|| has_voice(&props.language));
    let reading = use_state(|| false);
    {
        // Browsers list their voices late (Chromium after a `voiceschanged` event).
        let available = available.clone();
        use_effect_with(props.language.clone(), move |language| {
            available.set(has_voice(language));
            let language = language.clone();
            let listener = speech().map(|speech| {
                gloo::events::EventListener::new(&speech, "voiceschanged", move |_| available.set(has_voice(&language)))
            });
            move || drop(listener)
        });
    }
    {
        // Moving on (this question leaves the screen) stops its reading.
        let reading = reading.clone();
        use_effect_with((), move |_| {
            move || {
                if *reading {
                    stop_reading();
                }
            }
        });
    }
    if !*available {
        return Html::default();
    }
    let on_click = {
        let (reading, words, language) = (reading.clone(), props.words.clone(), props.language.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(speech) = speech() else { return };
            speech.cancel();
            if *reading {
                reading.set(false);
                return;
            }
            let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&words) else { return };
            utterance.set_lang(markup_language(&language));
            let ended = reading.clone();
            let on_end = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || ended.set(false));
            utterance.set_onend(Some(wasm_bindgen::JsCast::unchecked_ref(on_end.as_ref())));
            utterance.set_onerror(Some(wasm_bindgen::JsCast::unchecked_ref(on_end.as_ref())));
            on_end.forget();
            speech.speak(&utterance);
            reading.set(true);
        })
    };
    let (label, name) = if *reading {
        (t.get(Msg::StopReading), t.get(Msg::StopReading))
    } else {
        (t.get(Msg::ReadAloud), t.format(Msg::ReadAloudTo, &[("question", props.question.as_str().into())]))
    };
    html! {
        <button type="button" class="pp-link pp-read-aloud" onclick={on_click} aria-label={name}>
            { label }
        </button>
    }
}
