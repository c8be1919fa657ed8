//! Host options natively: every option, and a typed error for each bad value.

use pulse_core::embed::*;

fn options(pairs: &[(&str, &str)]) -> Result<HostOptions, EmbedError> {
    HostOptions::from_pairs(pairs.iter().copied())
}

#[test]
fn no_options_means_the_built_in_survey_to_answer_in_the_device_s_light_or_dark() {
    assert_eq!(options(&[]).unwrap(), HostOptions::default());
    assert_eq!(HostOptions::default().mode, Mode::Respond);
    assert_eq!(HostOptions::default().survey, SurveySource::Builtin);
    assert_eq!(HostOptions::default().theme.attribute(), "system");
    // Light is a choice of its own now, kept on a device set to dark.
    assert_eq!(options(&[("theme", "light")]).unwrap().theme, Theme::Light);
    assert_eq!(options(&[("theme", "")]).unwrap().theme, Theme::System);
}

#[test]
fn every_option_is_read() {
    let read = options(&[
        ("mode", "kiosk"),
        ("survey", "surveys/2026.json"),
        ("lang", "cy"),
        ("theme", "high-contrast"),
        ("parent-origin", "https://forum.example.org"),
        ("unrelated", "ignored"),
    ])
    .unwrap();
    assert_eq!(read.mode, Mode::Kiosk);
    assert_eq!(read.survey, SurveySource::Url("surveys/2026.json".into()));
    assert_eq!(read.language, "cy");
    assert_eq!(read.theme, Theme::HighContrast);
    assert_eq!(read.parent_origin.as_deref(), Some("https://forum.example.org"));
    assert_eq!(
        options(&[("parentOrigin", "http://localhost:8080")]).unwrap().parent_origin.as_deref(),
        Some("http://localhost:8080")
    );
}

#[test]
fn an_inline_definition_and_the_dashboard_modes_are_recognised() {
    let inline = options(&[("survey", " {\"schema\": 1} ")]).unwrap();
    assert_eq!(inline.survey, SurveySource::Inline("{\"schema\": 1}".into()));
    assert!(options(&[("mode", "dashboard")]).unwrap().mode.is_dashboard());
    assert!(options(&[("mode", "present")]).unwrap().mode.is_dashboard());
    assert!(!options(&[("mode", "respond")]).unwrap().mode.is_dashboard());
    assert_eq!(options(&[("mode", "setup")]).unwrap().mode, Mode::Setup);
    assert!(!Mode::Setup.is_dashboard(), "the set-up screen is a bundle of its own");
    let saved = options(&[("survey", "saved:northshire-2026")]).unwrap();
    assert_eq!(saved.survey, SurveySource::Saved("northshire-2026".into()));
}

#[test]
fn bad_values_are_typed_errors_with_plain_messages() {
    assert_eq!(options(&[("mode", "wizard")]), Err(EmbedError::UnknownMode("wizard".into())));
    assert_eq!(
        EmbedError::UnknownMode("wizard".into()).to_string(),
        "Partnership Pulse cannot show mode \"wizard\". The modes are respond, kiosk, dashboard, present and setup."
    );
    assert_eq!(options(&[("theme", "neon")]), Err(EmbedError::UnknownTheme("neon".into())));
    for origin in ["*", "example.org", "https://example.org/path", "javascript://x", ""] {
        assert_eq!(options(&[("parent-origin", origin)]), Err(EmbedError::BadParentOrigin(origin.into())), "{origin}");
    }
}
