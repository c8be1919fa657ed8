//! The page around an app instance: its options, the events it sends, and ids unique to it.

use crate::embed::{EmbedError, HostOptions, SurveySource};
use crate::survey::{builtin_survey, load_survey, SurveyDefinition, SurveyError};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::prelude::*;

/// Instances mounted so far on this page, so each gets its own id prefix.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

struct HostInner {
    element: Option<Element>,
    parent_origin: Option<String>,
    prefix: String,
}

/// Where an instance lives: the element events go to, the iframe parent's origin, its id prefix.
#[derive(Clone)]
pub struct Host(Rc<HostInner>);

impl PartialEq for Host {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Default for Host {
    /// A host without an element (components mounted on their own, as in tests): ids use `pp`.
    fn default() -> Self {
        Host(Rc::new(HostInner { element: None, parent_origin: None, prefix: "pp".into() }))
    }
}

impl Host {
    /// The host of a new instance in `element`. The first instance's ids start `pp-`, later
    /// ones `pp2-`, `pp3-`..., so several instances on one page never share an id.
    pub fn new(element: Option<Element>, parent_origin: Option<String>) -> Host {
        let number = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
        let prefix = if number == 1 { "pp".to_owned() } else { format!("pp{number}") };
        Host(Rc::new(HostInner { element, parent_origin, prefix }))
    }

    /// An element id unique to this instance.
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.0.prefix)
    }

    /// Tells the host page: a `partnership-pulse:<name>` CustomEvent on the host element, and,
    /// inside an iframe whose parent origin was configured, a message to that origin only.
    pub fn emit(&self, name: &str, detail: JsValue) {
        if let Some(element) = &self.0.element {
            let init = web_sys::CustomEventInit::new();
            init.set_detail(&detail);
            init.set_bubbles(true);
            if let Ok(event) =
                web_sys::CustomEvent::new_with_event_init_dict(&format!("partnership-pulse:{name}"), &init)
            {
                let _ = element.dispatch_event(&event);
            }
        }
        let (Some(origin), Some(window)) = (&self.0.parent_origin, web_sys::window()) else { return };
        let Ok(Some(parent)) = window.parent() else { return };
        if JsValue::from(parent.clone()) == JsValue::from(window) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"source".into(), &"partnership-pulse".into());
        let _ = js_sys::Reflect::set(&message, &"type".into(), &name.into());
        let _ = js_sys::Reflect::set(&message, &"detail".into(), &detail);
        let _ = parent.post_message(&message, origin);
    }

    /// Where this instance keeps its draft of `survey_id`: the survey id for the first instance
    /// on a page, with the instance's prefix added for later ones.
    pub fn draft_slot(&self, survey_id: &str) -> String {
        if self.0.prefix == "pp" {
            survey_id.to_owned()
        } else {
            format!("{survey_id}:{}", self.0.prefix)
        }
    }

    /// The folder the app's pages are in, for links to them: `data-app-base` on the host element
    /// (embed.js sets it to its own folder), else the folder of the page the app runs in.
    pub fn app_folder(&self) -> String {
        let base = self.0.element.as_ref().and_then(|element| element.get_attribute("data-app-base"));
        if let Some(base) = base.filter(|base| crate::embed::is_safe_app_base(base)) {
            return base;
        }
        let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        let href = href.split(['#', '?']).next().unwrap_or_default();
        href[..href.rfind('/').map_or(0, |slash| slash + 1)].to_owned()
    }

    /// Sends `error` with a message.
    pub fn emit_error(&self, message: &str) {
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&detail, &"message".into(), &message.into());
        self.emit("error", detail.into());
    }
}

/// The host of the component being rendered (the default host outside an app).
#[hook]
pub fn use_host() -> Host {
    use_context::<Host>().unwrap_or_default()
}

/// Options from the host element's `data-*` attributes.
pub fn options_of(element: &Element) -> Result<HostOptions, EmbedError> {
    let names = ["mode", "survey", "lang", "theme", "parent-origin"];
    let values: Vec<(&str, String)> =
        names.iter().filter_map(|name| element.get_attribute(&format!("data-{name}")).map(|v| (*name, v))).collect();
    let mut options = HostOptions::from_pairs(values.iter().map(|(n, v)| (*n, v.as_str())))?;
    // A definition may also sit inside the host as <script type="application/json">.
    if let Ok(Some(script)) = element.query_selector("script[type='application/json']") {
        options.survey = SurveySource::Inline(script.text_content().unwrap_or_default());
    }
    Ok(options)
}

/// Options from the page's URL (the app opened alone or in an iframe).
pub fn options_from_url() -> Result<HostOptions, EmbedError> {
    let pairs = super::platform::query_pairs();
    HostOptions::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Mounts root component `C` of a bundle in its own page's `#partnership-pulse` element, with
/// the options in the page's address (after `adjust`), or shows why it cannot be.
pub fn mount_page<C>(adjust: impl FnOnce(&mut HostOptions))
where
    C: yew::BaseComponent<Properties = crate::ui::AppProps>,
{
    let Some(root) = gloo::utils::document().get_element_by_id("partnership-pulse") else { return };
    match options_from_url() {
        Ok(mut options) => {
            adjust(&mut options);
            let host = Host::new(Some(root.clone()), options.parent_origin.clone());
            let props = crate::ui::AppProps { options, host, standalone: true };
            yew::Renderer::<C>::with_root_and_props(root, props).render();
        }
        Err(error) => show_error(&root, &error, true),
    }
}

/// Mounts root component `C` of a bundle in a host page's element, configured by the element's
/// `data-*` attributes, or shows why it cannot be.
pub fn mount_instance<C>(element: Element)
where
    C: yew::BaseComponent<Properties = crate::ui::AppProps>,
{
    match options_of(&element) {
        Ok(options) => {
            let host = Host::new(Some(element.clone()), options.parent_origin.clone());
            let props = crate::ui::AppProps { options, host, standalone: false };
            yew::Renderer::<C>::with_root_and_props(element, props).render();
        }
        Err(error) => show_error(&element, &error, false),
    }
}

/// Shows `error` inside `element` as text and emits the error event: on the app's own page as a
/// whole error screen (its main landmark and one heading), in a host's page in the app's own box.
pub fn show_error(element: &Element, error: &EmbedError, standalone: bool) {
    let document = gloo::utils::document();
    let make = |tag: &str, class: &str| {
        let made = document.create_element(tag).ok()?;
        if !class.is_empty() {
            made.set_class_name(class);
        }
        Some(made)
    };
    let message = make("p", if standalone { "" } else { "pp-root pp-error" });
    let shown = message.and_then(|message| {
        message.set_attribute("role", "alert").ok()?;
        message.set_text_content(Some(&error.to_string()));
        if !standalone {
            return Some(message);
        }
        let (root, main, heading) = (make("div", "pp-root")?, make("main", "pp-main")?, make("h1", "")?);
        heading.set_text_content(Some("This page cannot be opened"));
        main.append_child(&heading).ok()?;
        main.append_child(&message).ok()?;
        root.append_child(&main).ok()?;
        Some(root)
    });
    if let Some(shown) = shown {
        element.set_text_content(None);
        let _ = element.append_child(&shown);
    }
    Host::new(Some(element.clone()), None).emit_error(&error.to_string());
}

/// A survey on its way in.
#[derive(Clone, PartialEq)]
pub enum SurveyLoad {
    Loading,
    Ready(Rc<SurveyDefinition>),
    Invalid(Rc<Vec<SurveyError>>),
    Unavailable(EmbedError),
}

pub(crate) async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the network request failed".to_owned())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response".to_owned())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response.text().map_err(|_| "unreadable response".to_owned())?;
    let text = wasm_bindgen_futures::JsFuture::from(text).await.map_err(|_| "unreadable response".to_owned())?;
    text.as_string().ok_or_else(|| "the response is not text".to_owned())
}

/// The survey carried by a share link's fragment: a set-up of the built-in instrument, or a
/// whole definition, inflated by the browser and validated.
#[cfg(feature = "share-links")]
async fn shared_survey(payload: &str) -> SurveyLoad {
    use crate::setup::{link_parts, LinkError, MAX_SETUP_BYTES};
    let bad_link = |error| SurveyLoad::Unavailable(EmbedError::BadLink(error));
    let (kind, compressed) = match link_parts(payload) {
        Ok(parts) => parts,
        Err(error) => return bad_link(error),
    };
    let json = match super::platform::inflate_capped(&compressed, MAX_SETUP_BYTES).await {
        Ok(json) => json,
        Err(super::platform::InflateError::TooLarge) => return bad_link(LinkError::TooLarge),
        Err(super::platform::InflateError::Damaged) => return bad_link(LinkError::Damaged),
    };
    opened(crate::services::open_link_contents(kind, &json))
}

/// What the screen shows for an opened survey, or for why it could not be opened.
fn opened(result: Result<SurveyDefinition, crate::services::OpenError>) -> SurveyLoad {
    use crate::services::OpenError;
    match result {
        Ok(survey) => SurveyLoad::Ready(Rc::new(survey)),
        Err(OpenError::Invalid(errors)) => SurveyLoad::Invalid(Rc::new(errors)),
        Err(OpenError::NotSavedHere(id)) => SurveyLoad::Unavailable(EmbedError::NotSavedHere(id)),
        Err(OpenError::BadLink(error)) => SurveyLoad::Unavailable(EmbedError::BadLink(error)),
        Err(OpenError::Store(error)) => SurveyLoad::Unavailable(EmbedError::Storage(error)),
    }
}

fn loaded(result: Result<SurveyDefinition, Vec<SurveyError>>) -> SurveyLoad {
    match result {
        Ok(survey) => SurveyLoad::Ready(Rc::new(survey)),
        Err(errors) => SurveyLoad::Invalid(Rc::new(errors)),
    }
}

/// Loads the survey from `source`, telling the host `ready` or `error`. A built-in or inline
/// survey is ready for the very first render (no loading screen between navigation and Start);
/// a survey at an address arrives when fetched, a saved one when read from the device.
#[hook]
pub fn use_survey(source: SurveySource) -> SurveyLoad {
    let host = use_host();
    let state = use_state(|| match &source {
        SurveySource::Builtin => loaded(builtin_survey()),
        SurveySource::Inline(json) => loaded(load_survey(json)),
        SurveySource::Saved(_) => SurveyLoad::Loading,
        #[cfg(feature = "share-links")]
        SurveySource::Shared(_) => SurveyLoad::Loading,
        SurveySource::Url(_) => SurveyLoad::Loading,
    });
    {
        let state = state.clone();
        use_effect_with(source, move |source| {
            let report = move |load: &SurveyLoad, host: &Host| match load {
                SurveyLoad::Ready(_) => host.emit("ready", JsValue::NULL),
                SurveyLoad::Invalid(errors) => host.emit_error(&crate::survey::joined(errors)),
                SurveyLoad::Unavailable(error) => host.emit_error(&error.to_string()),
                SurveyLoad::Loading => {}
            };
            match source.clone() {
                SurveySource::Url(url) => wasm_bindgen_futures::spawn_local(async move {
                    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
                    // Checked before any request: a survey from another site is never fetched.
                    let fetched = if crate::embed::is_same_site_address(&url, &page) {
                        Some(fetch_text(&url).await)
                    } else {
                        None
                    };
                    let load = match fetched {
                        None => SurveyLoad::Unavailable(EmbedError::ForeignSurvey(url)),
                        Some(Ok(json)) => loaded(load_survey(&json)),
                        Some(Err(reason)) => SurveyLoad::Unavailable(EmbedError::SurveyUnavailable { url, reason }),
                    };
                    report(&load, &host);
                    state.set(load);
                }),
                #[cfg(feature = "share-links")]
                SurveySource::Shared(payload) => wasm_bindgen_futures::spawn_local(async move {
                    let load = shared_survey(&payload).await;
                    report(&load, &host);
                    state.set(load);
                }),
                SurveySource::Saved(id) => wasm_bindgen_futures::spawn_local(async move {
                    let store = super::device::store();
                    let load = match super::device::ready().await {
                        Some(error) => SurveyLoad::Unavailable(EmbedError::Storage(error)),
                        None => opened(crate::services::open_saved(&store, &id).await),
                    };
                    report(&load, &host);
                    state.set(load);
                }),
                SurveySource::Builtin | SurveySource::Inline(_) => report(&state, &host),
            }
        });
    }
    (*state).clone()
}
