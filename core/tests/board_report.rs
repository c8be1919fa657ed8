//! The board report natively: one HTML document with the survey, waves and counts, the first
//! screen's cards and flags, only the ticked charts (inline SVG and a table each), themes with
//! counts, the agreed actions with their status and change, and how small numbers were
//! protected; every text escaped, no script, nothing fetched, and no one's own words.

mod support;

use pulse_core::analytics::{analyse, Filter, ResponseTable};
use pulse_core::dashboard::*;
use pulse_core::i18n::{DashMsg, Texts};
use pulse_core::response::Answer;
use pulse_core::survey::LocalText;
use pulse_core::workshop::{ActionPlan, ActionStatus, NewAction, PlanChange};
use support::{survey, workshop};

#[test]
fn the_report_holds_the_view_the_ticked_charts_the_actions_and_the_protection_and_no_markup_or_script() {
    let mut survey = survey();
    survey.title = LocalText::new("en", "Northshire <script>alert(1)</script> & partners");
    let mut responses = workshop::responses();
    // One person's own words, which the report must never carry.
    responses[0].answers.insert("O1".into(), Answer::Text("My manager ignores the carers".into()));
    let table = ResponseTable::from_responses(&survey, &responses).unwrap();
    // The workshop's 46 responses over 2 waves, k = 3.
    let report = analyse(&table, &Filter::default(), 3);
    let texts: Texts<DashMsg> = Texts::english();
    let waves: Vec<String> = table.waves().iter().map(|wave| wave.label.clone()).collect();
    let charts = dashboard_charts(&survey, &report, &waves, &DashboardView::default(), "en", &texts);
    let ticked: Vec<DashboardChart> =
        charts.iter().filter(|chart| matches!(chart.id, ChartId::Overview | ChartId::Trend)).cloned().collect();
    let first_screen = glance(&survey, &report, "en", &texts);
    let add = |plan: &ActionPlan, what: &str, owners: &[&str]| {
        let action = NewAction {
            what: what.into(),
            indicator: Some("trust".into()),
            owners: owners.iter().map(|id| (*id).to_owned()).collect(),
            ..NewAction::default()
        };
        let change = PlanChange::Add { action, wave: "2026 spring".into(), today: "2026-03-20".into() };
        plan.apply(&change, &survey).unwrap()
    };
    let plan = add(&ActionPlan::new("partnership-pulse"), "Joint <b>induction</b>", &["council", "university"]);
    let plan = plan.apply(&PlanChange::SetStatus { id: 1, status: ActionStatus::Done }, &survey).unwrap();
    let notes = vec!["Other groups, combined: 1 group with 3 or fewer".to_owned()];
    let wave_days: Vec<(String, String)> =
        table.waves().iter().map(|wave| (wave.label.clone(), wave.first_day.clone())).collect();
    let parts = BoardReportParts {
        survey: &survey,
        language: "en",
        report: &report,
        glance: &first_screen,
        charts: &ticked,
        themes: &[],
        plan: &plan,
        privacy_notes: &notes,
        waves: &wave_days,
        filtered_to: "",
        made_on: "2026-12-06",
    };
    let html = board_report(&parts, &texts);

    assert!(html.starts_with("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">"));
    assert!(!html.to_lowercase().contains("<script"), "no script, not even the survey's title");
    assert!(html.contains("<h1>Northshire &lt;script&gt;alert(1)&lt;/script&gt; &amp; partners</h1>"));
    assert!(!html.contains("src=") && !html.contains("href="), "nothing fetched, nothing linked");
    assert!(!html.contains("My manager ignores the carers"), "no one's own words");
    // 46 responses, of which the 2 of "Other" (1 a wave, too few even pooled) are in no figure:
    // 44. Two waves, from their first days.
    assert!(html.contains("<p>Responses: 44</p>"), "the count");
    assert!(html.contains("Waves: 2026 spring (from 2026-03-10); 2026 autumn (from 2026-10-12)."));
    // A card per indicator, as a table row with its score.
    for card in &first_screen.cards {
        assert!(html.contains(&format!("<th scope=\"row\">{}</th><td>{}</td>", card.name, card.score)), "{card:?}");
    }
    // Only the ticked charts, each drawn inline with its table.
    assert_eq!(html.matches("<figure>").count(), 2);
    for chart in &charts {
        assert_eq!(html.contains(&chart.svg.svg), ticked.contains(chart), "{}", chart.title);
    }
    assert_eq!(html.matches("<svg").count(), 2);
    assert!(html.contains("No themes were named"));
    // The action as text, with its status, owners and its indicator's change.
    assert!(html.contains("<p class=\"what\">Joint &lt;b&gt;induction&lt;/b&gt;</p>"));
    assert!(html.contains("<p>Where it stands: Done</p>"));
    assert!(html
        .contains("Owned by City Council adult and children&apos;s services, The university · Before the next wave"));
    let change = report.wave_changes.iter().find(|change| change.indicator == "trust").unwrap();
    let expected = match change.overall {
        Some(points) => format!(
            "Trust since: {}{} points from 2026 spring to 2026 autumn.",
            if points >= 0.5 { "+" } else { "" },
            points.round()
        ),
        None => "Trust from 2026 spring to 2026 autumn: not shown".to_owned(),
    };
    assert!(html.contains(&expected), "{expected}");
    // How small numbers were protected: k + 1 = 4, and the counts panel's notes.
    assert!(html.contains("Figures for fewer than 4 people are never shown"));
    assert!(html.contains("<li>Other groups, combined: 1 group with 3 or fewer</li>"));
    assert!(html.contains("@page{size:A4"), "A4 in print");
    assert!(html.contains(".drawing{break-inside:avoid"), "a chart is never split across pages");
}

#[test]
fn the_report_is_in_the_dashboards_language() {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &workshop::responses()).unwrap();
    let report = analyse(&table, &Filter::default(), 3);
    let welsh_json = std::fs::read_to_string("../locales/dashboard/cy.json").unwrap();
    let catalogue = pulse_core::i18n::Catalogue::read(&welsh_json, "cy").expect("the Welsh catalogue");
    let welsh: Texts<DashMsg> = Texts::translated(std::rc::Rc::new(catalogue));
    let first_screen = glance(&survey, &report, "cy", &welsh);
    let plan = ActionPlan::new("partnership-pulse");
    let parts = BoardReportParts {
        survey: &survey,
        language: "cy",
        report: &report,
        glance: &first_screen,
        charts: &[],
        themes: &[],
        plan: &plan,
        privacy_notes: &[],
        waves: &[],
        filtered_to: "",
        made_on: "2026-12-06",
    };
    let html = board_report(&parts, &welsh);
    // One unnamed wave: its first day, not a list of waves.
    let one = [(String::new(), "2026-11-01".to_owned())];
    let unnamed = board_report(&BoardReportParts { waves: &one, ..parts }, &welsh);
    assert!(unnamed.contains("<p>Daeth yr ymateb cyntaf i mewn ar 2026-11-01.</p>"));
    assert!(!unnamed.contains("Tonnau:"));
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"cy\""));
    assert!(html.contains("Adroddiad i fwrdd y bartneriaeth"));
    assert!(html.contains("Sut y diogelwyd niferoedd bach"));
    assert!(html.contains("Dim camau wedi'u cofnodi eto.") || html.contains("Dim camau wedi&apos;u cofnodi eto."));
}
