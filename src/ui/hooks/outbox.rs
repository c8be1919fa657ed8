//! The survey page's outbox: responses waiting for the submission address are sent once the
//! store is ready, whenever the browser says the connection is back, and every minute while the
//! page is open; the page hears where its latest response stands.

use crate::services::OutboxReport;
use crate::submission::Delivery;
use crate::ui::device;
use crate::ui::submission::send_outbox;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the response this page submitted stands, and how many wait to be sent.
#[derive(Clone)]
pub struct OutboxHandle {
    /// The latest response's delivery (`None`: not sent anywhere).
    pub delivery: Option<Delivery>,
    /// How many of this device's responses still wait to be sent.
    pub waiting: usize,
    /// Follows the response `id` from now on, starting from `delivery`.
    pub follow: Callback<(String, Option<Delivery>)>,
    /// Sets the latest response's delivery (a submission sent straight away, not from the outbox).
    pub set_delivery: Callback<Option<Delivery>>,
    /// Empties the outbox now.
    pub send_now: Callback<()>,
}

/// This page's outbox.
#[hook]
pub fn use_outbox() -> OutboxHandle {
    // Set only when they change (`use_state_eq`): the outbox reports when the page opens, and an
    // unchanged "nothing waiting" would otherwise draw the whole screen again — on a slow phone,
    // just when the person is answering.
    let delivery = use_state_eq(|| None::<Delivery>);
    let waiting = use_state_eq(|| 0_usize);
    let followed = use_mut_ref(|| None::<String>);
    let on_report = {
        let (delivery, waiting, followed) = (delivery.clone(), waiting.clone(), followed.clone());
        Rc::new(move |report: OutboxReport| {
            if let Some(now) = followed.borrow().as_deref().and_then(|id| report.delivery_of(id)) {
                delivery.set(Some(now.clone()));
            }
            waiting.set(report.still_waiting);
        })
    };
    let send = {
        let on_report = on_report.clone();
        move || {
            let on_report = on_report.clone();
            send_outbox(move |report| on_report(report))
        }
    };
    {
        let send = send.clone();
        use_effect_with((), move |_| {
            let first = send.clone();
            wasm_bindgen_futures::spawn_local(async move {
                device::ready().await;
                first();
            });
            let online = {
                let send = send.clone();
                gloo::events::EventListener::new(&gloo::utils::window(), "online", move |_| send())
            };
            let every_minute = gloo::timers::callback::Interval::new(60_000, send);
            move || drop((online, every_minute))
        });
    }
    let follow = {
        let (delivery, followed): (_, Rc<RefCell<Option<String>>>) = (delivery.clone(), followed);
        Callback::from(move |(id, now): (String, Option<Delivery>)| {
            *followed.borrow_mut() = Some(id);
            delivery.set(now);
        })
    };
    let set_delivery = {
        let delivery = delivery.clone();
        Callback::from(move |now: Option<Delivery>| delivery.set(now))
    };
    OutboxHandle {
        delivery: (*delivery).clone(),
        waiting: *waiting,
        follow,
        set_delivery,
        send_now: Callback::from(move |()| send()),
    }
}
