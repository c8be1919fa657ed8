//! Respondents' devices sending each response to the facilitator's write-only submission address
//! (docs/operating/workshops.md): which addresses a survey may name, the document sent, and what the server's
//! answer means for the response. The sending itself is the browser's (`ui::platform`), the outbox
//! is `store::outbox`, and the workflow that ties them is `services::outbox`.

mod address;
mod delivery;

pub use address::{check_address, document_address, server_of, site_of, AddressError, MAX_ADDRESS_CHARS};
pub use delivery::{
    capped, couch_reason, document_json, sealed_document_json, Delivery, ServerAnswer, MAX_SERVER_TEXT_CHARS,
};
