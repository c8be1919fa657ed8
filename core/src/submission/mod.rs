//! Respondents' devices sending each response to the facilitator's write-only submission address
//! (docs/operating/workshops.md): the document sent, and what the server's answer means for the
//! response (which addresses a survey may name is the survey's own rule, `survey::check_address`). The sending itself is the browser's (`ui::platform`), the outbox
//! is `store::outbox`, and the workflow that ties them is `services::outbox`.

mod delivery;

pub use delivery::{
    capped, couch_reason, document_json, sealed_document_json, Delivery, ServerAnswer, MAX_SERVER_TEXT_CHARS,
};
