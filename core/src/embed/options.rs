//! What a host asks for: mode, survey, language, theme and, inside an iframe, the parent origin.

/// What the app shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Answer the survey.
    #[default]
    Respond,
    /// Answer on a shared workshop device.
    Kiosk,
    /// The facilitator's dashboard.
    Dashboard,
    /// The dashboard straight into presentation mode.
    Present,
    /// The facilitator's set-up screen.
    Setup,
}

impl Mode {
    /// Whether the mode lives in the dashboard bundle.
    pub fn is_dashboard(self) -> bool {
        matches!(self, Mode::Dashboard | Mode::Present)
    }
}

/// Where the survey definition comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SurveySource {
    /// The built-in instrument.
    #[default]
    Builtin,
    /// A definition at this address on the same site.
    Url(String),
    /// A definition given inline as JSON.
    Inline(String),
    /// A facilitator's set-up carried in a share link's fragment (see `setup::link_parts`).
    /// Only the survey page opens share links, so other pages are built without it.
    #[cfg(feature = "share-links")]
    Shared(String),
    /// A survey set up on this device, by its id (`survey=saved:<id>`), as the set-up page
    /// keeps it for the dashboard.
    Saved(String),
}

/// The app's colour scheme; hosts fine-tune it with CSS custom properties.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light or dark as the device is set (`prefers-color-scheme`), unless a theme is chosen.
    #[default]
    System,
    Light,
    Dark,
    HighContrast,
}

impl Theme {
    /// The value of the root's `data-pp-theme` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "high-contrast",
        }
    }
}

/// A host option that cannot be followed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmbedError {
    /// `mode` is not one of the modes this build offers.
    #[error("Partnership Pulse cannot show mode \"{0}\". The modes are respond, kiosk, dashboard, present and setup.")]
    UnknownMode(String),
    /// `theme` is not one of the themes.
    #[error("Partnership Pulse has no theme \"{0}\". The themes are system, light, dark and high-contrast.")]
    UnknownTheme(String),
    /// `parent-origin` is not an origin such as `https://example.org`.
    #[error("The parent origin \"{0}\" is not an origin like https://example.org, so no events are sent to it.")]
    BadParentOrigin(String),
    /// The survey could not be fetched from its address.
    #[error("The survey at \"{url}\" could not be loaded: {reason}.")]
    SurveyUnavailable { url: String, reason: String },
    /// The page has no element to put the app in.
    #[error(
        "Partnership Pulse found no element to show itself in: add <div data-partnership-pulse></div> to the page."
    )]
    NoHostElement,
    /// The share link cannot be opened.
    #[error(transparent)]
    BadLink(crate::setup::LinkError),
    /// `survey=saved:<id>` names a survey not set up on this device.
    #[error("The survey \"{0}\" was not set up in this browser. Open the set-up page where it was made, or import its survey file there.")]
    NotSavedHere(String),
    /// The survey address is on another site.
    #[error("The survey address \"{0}\" is on another site. Partnership Pulse only opens surveys kept on the same site as the page.")]
    ForeignSurvey(String),
    /// The device's storage could not be read.
    #[error(transparent)]
    Storage(crate::store::StoreError),
}

/// Every option of one app instance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostOptions {
    pub mode: Mode,
    pub survey: SurveySource,
    /// Requested language tag; empty for the survey's default.
    pub language: String,
    pub theme: Theme,
    /// Origin that events are posted to when the app runs in an iframe; none when not set.
    pub parent_origin: Option<String>,
}

/// An origin is a scheme, "://", and a host (with an optional port), and nothing after it.
fn is_origin(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else { return false };
    matches!(scheme, "http" | "https")
        && !rest.is_empty()
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

/// The scheme of an absolute address (`https` of `https://…`, `javascript` of `javascript:…`),
/// or `None` for a relative one.
fn scheme_of(address: &str) -> Option<&str> {
    let (scheme, _) = address.split_once(':')?;
    let mut bytes = scheme.bytes();
    let well_formed = bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    well_formed.then_some(scheme)
}

/// The origin (`scheme://host[:port]`) of an absolute http(s) address, lower-cased.
fn origin_of(address: &str) -> Option<String> {
    let scheme = scheme_of(address)?.to_ascii_lowercase();
    let rest = address[scheme.len() + 1..].strip_prefix("//")?;
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    matches!(scheme.as_str(), "http" | "https").then(|| format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// Whether `data-app-base` is an address the app may put into its links: a relative folder, or
/// an http(s) address. Anything else (`javascript:`, `data:`) would run or show a host's text.
pub fn is_safe_app_base(base: &str) -> bool {
    let base = base.trim();
    !base.is_empty() && !base.starts_with('\\') && scheme_of(base).is_none_or(|_| origin_of(base).is_some())
}

/// Whether a survey at `address` may be fetched by a page at `page`: only from the page's own
/// site (a relative address, or an absolute one of the same origin), as the README promises.
pub fn is_same_site_address(address: &str, page: &str) -> bool {
    let address = address.trim();
    if address.starts_with("//") || address.starts_with('\\') || address.starts_with("/\\") {
        return false;
    }
    match scheme_of(address) {
        None => true,
        Some(_) => origin_of(address).is_some_and(|origin| Some(origin) == origin_of(page)),
    }
}

impl HostOptions {
    /// Options from (name, value) pairs: data attributes without `data-`, or URL parameters.
    /// Names are `mode`, `survey`, `lang`, `theme`, `parent-origin` (`parentOrigin` in URLs);
    /// unknown names are ignored, bad values are errors.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<HostOptions, EmbedError> {
        let mut options = HostOptions::default();
        for (name, value) in pairs {
            match name {
                "mode" => {
                    options.mode = match value {
                        "respond" | "" => Mode::Respond,
                        "kiosk" => Mode::Kiosk,
                        "dashboard" => Mode::Dashboard,
                        "present" => Mode::Present,
                        "setup" => Mode::Setup,
                        other => return Err(EmbedError::UnknownMode(other.to_owned())),
                    }
                }
                "survey" => {
                    let value = value.trim();
                    options.survey = if value.is_empty() || value == "builtin" {
                        SurveySource::Builtin
                    } else if let Some(id) = value.strip_prefix("saved:") {
                        SurveySource::Saved(id.to_owned())
                    } else if value.starts_with('{') {
                        SurveySource::Inline(value.to_owned())
                    } else {
                        SurveySource::Url(value.to_owned())
                    };
                }
                "lang" => options.language = value.to_owned(),
                "theme" => {
                    options.theme = match value {
                        "system" | "" => Theme::System,
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        "high-contrast" => Theme::HighContrast,
                        other => return Err(EmbedError::UnknownTheme(other.to_owned())),
                    }
                }
                "parent-origin" | "parentOrigin" => {
                    if !is_origin(value) {
                        return Err(EmbedError::BadParentOrigin(value.to_owned()));
                    }
                    options.parent_origin = Some(value.to_owned());
                }
                _ => {}
            }
        }
        Ok(options)
    }
}
