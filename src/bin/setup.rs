//! The facilitator's set-up page: a bundle of its own, so respondents never download the editor,
//! the link compressor or the QR encoder. Natively, it prints the share-link payload of a
//! saved survey file for scripting (`setup <survey.json>`).

// The set-up page's allocator (see `partnership_pulse::SmallAllocator`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: partnership_pulse::SmallAllocator = partnership_pulse::small_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    partnership_pulse::ui::host::mount_page::<partnership_pulse::ui::setup::SetUpApp>(|_| {});
}

/// Mounts a set-up instance in a host page's element (called by `embed.js` for
/// `data-mode="setup"`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(element: web_sys::Element) {
    partnership_pulse::ui::host::mount_instance::<partnership_pulse::ui::setup::SetUpApp>(element);
}

/// `setup <survey.json>`: checks a survey file with the validator and says whether its set-up
/// page would share it as a set-up link or a whole-definition link.
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use partnership_pulse::setup::SavedSurvey;
    use std::process::ExitCode;
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("Usage: setup <survey.json> (a survey definition file, as the set-up page downloads)");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match SavedSurvey::import(&text) {
        Ok(saved) => {
            println!(
                "{path}: valid; import it on the set-up page to share \"{}\" (version {}).",
                saved.name(),
                saved.setup.version
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            errors.iter().for_each(|error| eprintln!("{path}: {error}"));
            ExitCode::FAILURE
        }
    }
}
