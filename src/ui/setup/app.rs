//! Root of the set-up bundle: host and theme around the set-up page.

use super::SetUpPage;
use crate::ui::host::Host;
use crate::ui::AppProps;
use yew::prelude::*;

/// Root component of the set-up page (and of `data-mode="setup"` instances).
#[function_component(SetUpApp)]
pub fn set_up_app(props: &AppProps) -> Html {
    html! {
        <ContextProvider<Host> context={props.host.clone()}>
            <div class="pp-root" lang="en" data-pp-theme={props.options.theme.attribute()}>
                <SetUpPage />
            </div>
        </ContextProvider<Host>>
    }
}
