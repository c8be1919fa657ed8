//! The dashboard's responses ([`ResponseFeed`]): loaded when the page opens, grown by what other
//! tabs announce and what this page brings in, and drawn again at most every [`REDRAW_MS`] while
//! they stream in.

use crate::response::Response;
use crate::services::{DeviceResponses, FeedChange, ResponseFeed};
use crate::store::StoreError;
use crate::survey::SurveyDefinition;
use crate::ui::device;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The longest the figures wait to be drawn again after responses arrive.
const REDRAW_MS: u32 = 250;

/// The page's responses, and what moves them on.
#[derive(Clone)]
pub struct FeedHandle {
    /// The responses shown (see [`ResponseFeed::loaded`]).
    pub feed: Rc<RefCell<ResponseFeed>>,
    /// Responses that arrived here: an import's, a sync's.
    pub take: Callback<Vec<Response>>,
    /// Reads every stored response again, a batch at a time (after a big import); the figures
    /// shown stay until the new ones are ready.
    pub reread: Callback<()>,
    /// Data of an earlier release the device could not move, said beside the figures.
    pub not_moved: Option<StoreError>,
}

/// The dashboard's responses for `survey`, loaded once the device's store is ready.
#[hook]
pub fn use_response_feed(survey: Rc<SurveyDefinition>) -> FeedHandle {
    let feed = use_mut_ref(ResponseFeed::default);
    let redraw = use_force_update();
    let not_moved = use_state(|| None::<StoreError>);
    // While responses stream in (a sync receiving thousands), the page is drawn again at most
    // every REDRAW_MS rather than after every batch.
    let redraw_soon = use_mut_ref(|| None::<Timeout>);
    let redraw_due = use_mut_ref(|| false);
    let take = {
        let (feed, survey, redraw) = (feed.clone(), survey.clone(), redraw.clone());
        Callback::from(move |arrived: Vec<Response>| {
            let change = feed.borrow_mut().arrived(&survey, arrived);
            if change == FeedChange::Redraw && !*redraw_due.borrow() {
                *redraw_due.borrow_mut() = true;
                let (redraw, due) = (redraw.clone(), redraw_due.clone());
                // Replacing the last timeout (long fired) here, never inside its own callback,
                // which must not drop itself while it runs.
                *redraw_soon.borrow_mut() = Some(Timeout::new(REDRAW_MS, move || {
                    *due.borrow_mut() = false;
                    redraw.force_update();
                }));
            }
        })
    };
    let reread = {
        let (feed, survey, redraw) = (feed.clone(), survey.clone(), redraw.clone());
        Callback::from(move |()| {
            if !feed.borrow_mut().begin_reread() {
                return;
            }
            let (feed, survey, redraw) = (feed.clone(), survey.clone(), redraw.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let fresh = DeviceResponses::load(&device::store(), &survey).await;
                feed.borrow_mut().reread_done(&survey, fresh);
                redraw.force_update();
            });
        })
    };
    {
        let (feed, survey, take, reread, not_moved) =
            (feed.clone(), survey.clone(), take.clone(), reread.clone(), not_moved.clone());
        use_effect_with((), move |_| {
            // Listening first, so that nothing announced while loading is missed.
            let listener = device::listen(move |arrival| match arrival {
                device::Arrival::Responses(arrived) => take.emit(arrived),
                device::Arrival::Many => reread.emit(()),
            });
            wasm_bindgen_futures::spawn_local(async move {
                not_moved.set(device::ready().await);
                let stored = DeviceResponses::load(&device::store(), &survey).await;
                feed.borrow_mut().first_load_done(&survey, stored);
                redraw.force_update();
            });
            move || drop(listener)
        });
    }
    FeedHandle { feed, take, reread, not_moved: (*not_moved).clone() }
}
