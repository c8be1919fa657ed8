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

/// The "Read aloud" button of a question (or nothing, without a voice for the language):
/// `words` makes everything to read (the question, its help and its options) when the button is
/// pressed, `question` is the question alone for the button's accessible name, `language` the
/// survey language of both. A hook of the question's own component rather than a component of
/// its own, which would cost the bundle a component's lifecycle code.
#[hook]
pub fn use_read_aloud(words: impl Fn() -> String + 'static, question: String, language: AttrValue) -> Html {
    let t = use_texts();
    // Set only when it changes: checked again on every `voiceschanged`.
    let available = use_state_eq(|| has_voice(&language));
    let reading = use_state(|| false);
    {
        // Browsers list their voices late (Chromium after a `voiceschanged` event).
        let available = available.clone();
        use_effect_with(language.clone(), move |language| {
            available.set(has_voice(language));
            let language = language.clone();
            let listener = speech().map(|speech| {
                gloo::events::EventListener::new(&speech, "voiceschanged", move |_| available.set(has_voice(&language)))
            });
            move || drop(listener)
        });
    }
    // Whether this question is being read now, for the clean-up below (a state handle would
    // hold the value of the render that made it).
    let speaking = use_mut_ref(|| false);
    {
        // Moving on (this question leaves the screen) stops its reading.
        let speaking = speaking.clone();
        use_effect_with((), move |_| {
            move || {
                if *speaking.borrow() {
                    stop_reading();
                }
            }
        });
    }
    if !*available {
        return Html::default();
    }
    let on_click = {
        let (reading, speaking) = (reading.clone(), speaking.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(speech) = speech() else { return };
            speech.cancel();
            if *reading {
                reading.set(false);
                return;
            }
            let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&words()) else { return };
            utterance.set_lang(markup_language(&language));
            let (ended, stopped) = (reading.clone(), speaking.clone());
            let on_end = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                *stopped.borrow_mut() = false;
                ended.set(false);
            });
            utterance.set_onend(Some(wasm_bindgen::JsCast::unchecked_ref(on_end.as_ref())));
            utterance.set_onerror(Some(wasm_bindgen::JsCast::unchecked_ref(on_end.as_ref())));
            on_end.forget();
            speech.speak(&utterance);
            *speaking.borrow_mut() = true;
            reading.set(true);
        })
    };
    let (label, name) = if *reading {
        (t.get(Msg::StopReading), t.get(Msg::StopReading))
    } else {
        (t.get(Msg::ReadAloud), t.format(Msg::ReadAloudTo, &[("question", question.as_str().into())]))
    };
    html! {
        <button type="button" class="pp-link pp-read-aloud" onclick={on_click} aria-label={name}>
            { label }
        </button>
    }
}
