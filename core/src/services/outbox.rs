//! Sending what waits in the outbox to the submission addresses (docs/operating/workshops.md): each response
//! once, oldest first; a response leaves the outbox only when the database has it, so nothing is
//! lost when the connection drops, and nothing is stored twice when an answer is lost (the
//! database refuses a second copy of the same `_id`, which counts as sent).

use crate::store::{delivered, waiting, RecordStore, StoreError};
use crate::submission::{Delivery, ServerAnswer};
use crate::survey::document_address;
use std::future::Future;

/// What one emptying of the outbox did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutboxReport {
    /// Each response tried (or left waiting), by id, and where it now stands.
    pub outcomes: Vec<(String, Delivery)>,
    /// How many are still waiting afterwards.
    pub still_waiting: usize,
}

impl OutboxReport {
    /// Where response `id` stands, if it was in the outbox.
    pub fn delivery_of(&self, id: &str) -> Option<&Delivery> {
        self.outcomes.iter().find(|(each, _)| each == id).map(|(_, delivery)| delivery)
    }
}

/// Sends every waiting response with `send(document address, document)` (`None`: no answer came; the
/// address is [`document_address`]: the submission address and the response's id), one at a
/// time. `online()` is asked before starting and after a request that got no answer: once the
/// device is offline or an address cannot be reached, the rest wait for the next attempt rather
/// than each waiting for its own failure.
pub async fn send_waiting<S, F, Fut>(
    store: &S,
    online: impl Fn() -> bool,
    mut send: F,
) -> Result<OutboxReport, StoreError>
where
    S: RecordStore,
    F: FnMut(String, String) -> Fut,
    Fut: Future<Output = Option<ServerAnswer>>,
{
    let mut report = OutboxReport::default();
    let mut unreachable: Option<(String, Delivery)> = None;
    if !online() {
        unreachable = Some((String::new(), Delivery::WaitingForConnection));
    }
    for item in waiting(store).await? {
        let delivery = match &unreachable {
            Some((address, delivery)) if address.is_empty() || *address == item.to => delivery.clone(),
            _ => {
                let answer = send(document_address(&item.to, &item.id), item.document).await;
                let delivery = Delivery::of_answer(answer.as_ref(), online());
                if answer.is_none() {
                    let address = if delivery == Delivery::WaitingForConnection { String::new() } else { item.to };
                    unreachable = Some((address, delivery.clone()));
                }
                delivery
            }
        };
        if delivery.is_sent() {
            // Should taking it out fail, the next attempt finds it stored already and takes it out.
            let _ = delivered(store, &item.id).await;
        }
        if !delivery.is_sent() {
            report.still_waiting += 1;
        }
        report.outcomes.push((item.id, delivery));
    }
    Ok(report)
}
