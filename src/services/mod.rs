//! The application layer: the workflows of "this survey on this device" — bringing responses in
//! from files and codes, taking them out — written against the storage trait, so that they are
//! tested natively with the memory store and components only render and dispatch.

mod device_responses;
mod responses;

pub use device_responses::DeviceResponses;

pub use responses::{
    export_responses, import_codes, import_file_text, Added, CodeImport, Export, ExportFormat, ImportProblem,
};
