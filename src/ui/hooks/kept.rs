//! What the facilitator keeps on this device with a survey (its themes, its agreed actions): read
//! when the store is ready, kept after every change, and any problem in the dashboard's words.

use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::services::{load_kept, save_kept, KeptWithSurvey};
use crate::themes::ThemeBook;
use crate::ui::device;
use crate::ui::problem_words::store_error_words;
use crate::workshop::ActionPlan;
use std::rc::Rc;
use yew::prelude::*;

/// What a survey keeps of `T`, and how to change it.
pub struct KeptHandle<T> {
    /// What is kept now.
    pub kept: Rc<T>,
    /// Why it could not be read or kept, in words.
    pub problem: Option<String>,
    /// Takes a changed value: shown at once, then kept on the device.
    pub on_change: Callback<T>,
}

impl<T> Clone for KeptHandle<T> {
    fn clone(&self) -> Self {
        KeptHandle { kept: self.kept.clone(), problem: self.problem.clone(), on_change: self.on_change.clone() }
    }
}

/// A survey's themes.
pub type ThemesHandle = KeptHandle<ThemeBook>;
/// A survey's agreed actions.
pub type ActionsHandle = KeptHandle<ActionPlan>;

/// The messages that say `T` could not be read, and could not be kept.
pub trait KeptWords {
    const UNREADABLE: M;
    const NOT_KEPT: M;
}

impl KeptWords for ThemeBook {
    const UNREADABLE: M = M::ThemesUnreadable;
    const NOT_KEPT: M = M::ThemesNotKept;
}

impl KeptWords for ActionPlan {
    const UNREADABLE: M = M::ActionsUnreadable;
    const NOT_KEPT: M = M::ActionsNotKept;
}

/// What survey `survey_id` keeps of `T`, with problems said in `texts` (storage problems in
/// `store_texts`, the survey page's words for them).
#[hook]
pub fn use_kept<T>(survey_id: &str, texts: Texts<M>, store_texts: crate::i18n::Texts) -> KeptHandle<T>
where
    T: KeptWithSurvey + KeptWords + Clone + 'static,
{
    let kept = use_state({
        let id = survey_id.to_owned();
        move || Rc::new(T::empty(&id))
    });
    let problem = use_state(|| None::<String>);
    let words = {
        let (texts, store_texts) = (texts.clone(), store_texts.clone());
        move |msg: M, error: &crate::store::StoreError| {
            texts.format(msg, &[("reason", Arg::Text(&store_error_words(&store_texts, error)))])
        }
    };
    {
        let (kept, problem, id, words) = (kept.clone(), problem.clone(), survey_id.to_owned(), words.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                device::ready().await;
                match load_kept::<T, _>(&device::store(), &id).await {
                    Ok(opened) => kept.set(Rc::new(opened)),
                    Err(error) => problem.set(Some(words(T::UNREADABLE, &error))),
                }
            });
        });
    }
    let on_change = {
        let (kept, problem) = (kept.clone(), problem.clone());
        Callback::from(move |changed: T| {
            kept.set(Rc::new(changed.clone()));
            let (problem, words) = (problem.clone(), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match save_kept(&device::store(), &changed).await {
                    Ok(()) => problem.set(None),
                    Err(error) => problem.set(Some(words(T::NOT_KEPT, &error))),
                }
            });
        })
    };
    KeptHandle { kept: (*kept).clone(), problem: (*problem).clone(), on_change }
}
