//! Root of the dashboard bundle: host, theme and survey, then the dashboard.

use super::Dashboard;
use crate::embed::Mode;
use crate::survey::SurveyDefinition;
use crate::ui::app::SurveyShell;
use crate::ui::host::Host;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DashboardApp`]: the same as the survey app's.
pub type DashboardAppProps = crate::ui::AppProps;

/// Root component of the dashboard page.
#[function_component(DashboardApp)]
pub fn dashboard_app(props: &DashboardAppProps) -> Html {
    let (present, standalone) = (props.options.mode == Mode::Present, props.standalone);
    let content = Callback::from(move |(survey, language): (Rc<SurveyDefinition>, AttrValue)| {
        html! { <Dashboard survey={survey} language={language} present={present} standalone={standalone} /> }
    });
    html! {
        <ContextProvider<Host> context={props.host.clone()}>
            <SurveyShell options={props.options.clone()} standalone={props.standalone} content={content} />
        </ContextProvider<Host>>
    }
}
