//! The facilitator's themes of the open answers to one survey, kept on this device: read when the
//! store is ready, kept after every change, and any problem in the dashboard's words.

use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::services::{load_themes, save_themes};
use crate::themes::ThemeBook;
use crate::ui::device;
use crate::ui::problem_words::store_error_words;
use std::rc::Rc;
use yew::prelude::*;

/// A survey's themes, and how to change them.
#[derive(Clone)]
pub struct ThemesHandle {
    /// The themes now.
    pub book: Rc<ThemeBook>,
    /// Why they could not be read or kept, in words.
    pub problem: Option<String>,
    /// Takes a changed book: shown at once, then kept on the device.
    pub on_book: Callback<ThemeBook>,
}

/// The themes of survey `survey_id`, with problems said in `texts` (storage problems in
/// `store_texts`, the survey page's words for them).
#[hook]
pub fn use_themes(survey_id: &str, texts: Texts<M>, store_texts: crate::i18n::Texts) -> ThemesHandle {
    let book = use_state({
        let id = survey_id.to_owned();
        move || Rc::new(ThemeBook::new(&id))
    });
    let problem = use_state(|| None::<String>);
    let words = {
        let (texts, store_texts) = (texts.clone(), store_texts.clone());
        move |msg: M, error: &crate::store::StoreError| {
            texts.format(msg, &[("reason", Arg::Text(&store_error_words(&store_texts, error)))])
        }
    };
    {
        let (book, problem, id, words) = (book.clone(), problem.clone(), survey_id.to_owned(), words.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                device::ready().await;
                match load_themes(&device::store(), &id).await {
                    Ok(opened) => book.set(Rc::new(opened)),
                    Err(error) => problem.set(Some(words(M::ThemesUnreadable, &error))),
                }
            });
        });
    }
    let on_book = {
        let (book, problem) = (book.clone(), problem.clone());
        Callback::from(move |changed: ThemeBook| {
            book.set(Rc::new(changed.clone()));
            let (problem, words) = (problem.clone(), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match save_themes(&device::store(), &changed).await {
                    Ok(()) => problem.set(None),
                    Err(error) => problem.set(Some(words(M::ThemesNotKept, &error))),
                }
            });
        })
    };
    ThemesHandle { book: (*book).clone(), problem: (*problem).clone(), on_book }
}
