//! The dashboard's content natively: the view and its URL form, chart summaries and tables, CSV.

mod support;

use pulse_core::response::ResponseError;

use pulse_core::analytics::{analyse, Filter, ResponseTable};
use pulse_core::dashboard::*;
use support::{seven, survey};

fn charts_for(view: &DashboardView) -> Vec<DashboardChart> {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &seven()).unwrap();
    let report = analyse(&table, &view.filter, 2);
    let waves: Vec<String> = table.waves().iter().map(|w| w.label.clone()).collect();
    dashboard_charts(&survey, &report, &waves, view, "en", &en())
}

/// The dashboard's words in English.
fn en() -> pulse_core::i18n::Texts<pulse_core::i18n::DashMsg> {
    pulse_core::i18n::Texts::english()
}

#[test]
fn filters_toggle_and_survive_the_round_trip_through_the_url() {
    let view = DashboardView::default()
        .apply(DashboardAction::ToggleGroup("student".into()))
        .apply(DashboardAction::ToggleGroup("university".into()))
        .apply(DashboardAction::ToggleGroup("student".into()))
        .apply(DashboardAction::ToggleWave("2026 spring".into()))
        .apply(DashboardAction::ChooseIndicator("value".into()))
        .apply(DashboardAction::Present(2))
        .apply(DashboardAction::ToggleSaidInPresentation);
    assert_eq!(view.filter.groups, ["university"]);
    assert!(view.said_in_presentation);
    assert!(!DashboardView::default().said_in_presentation, "off unless the facilitator turns it on");
    let pairs = view.to_pairs();
    let again = DashboardView::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert_eq!(again, view);
    assert!(pairs.contains(&("slide", "3".to_owned())), "slides count from 1 in the address");
    assert!(pairs.contains(&("said", "1".to_owned())));
    let off = view.clone().apply(DashboardAction::ToggleSaidInPresentation);
    assert!(!off.to_pairs().iter().any(|(key, _)| *key == "said"));
    assert_eq!(view.apply(DashboardAction::ClearFilters).filter, Filter::default());
}

#[test]
fn one_chart_is_shown_at_a_time_unless_every_chart_is_asked_for() {
    let slugs = ["indicators", "statements", "trust-map"];
    // The first until another is chosen; a chart this survey does not draw falls back to it.
    assert_eq!(DashboardView::default().chart_shown(&slugs), Some(0));
    let trust_map = DashboardView::default().apply(DashboardAction::ShowChart("trust-map".into()));
    assert_eq!(trust_map.chart_shown(&slugs), Some(2));
    assert_eq!(trust_map.chart_shown(&["indicators", "gaps"]), Some(0));
    let every = trust_map.clone().apply(DashboardAction::ShowEveryChart(true));
    assert_eq!(every.chart_shown(&slugs), None);
    // Choosing a chart from the contents while every chart is shown keeps them all (the page
    // scrolls to it); back to one at a time, it is the one shown.
    let chosen = every.clone().apply(DashboardAction::ShowChart("statements".into()));
    assert_eq!(chosen.chart_shown(&slugs), None);
    assert_eq!(chosen.apply(DashboardAction::ShowEveryChart(false)).chart_shown(&slugs), Some(1));
    // Both survive the address; neither draws the charts again.
    let pairs = every.to_pairs();
    assert!(pairs.contains(&("chart", "trust-map".to_owned())) && pairs.contains(&("charts", "all".to_owned())));
    assert_eq!(DashboardView::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))), every);
    assert_eq!(every.drawing_key(), DashboardView::default());
    assert!(!DashboardView::default().to_pairs().iter().any(|(key, _)| *key == "chart" || *key == "charts"));
}

#[test]
fn slides_stop_at_either_end() {
    let view = DashboardView::default().apply(DashboardAction::Present(7));
    assert_eq!(view.clone().apply(DashboardAction::NextSlide { count: 8 }).slide, Some(7));
    let first = DashboardView::default().apply(DashboardAction::Present(0)).apply(DashboardAction::PreviousSlide);
    assert_eq!(first.slide, Some(0));
    assert_eq!(first.apply(DashboardAction::StopPresenting).slide, None);
}

#[test]
fn unknown_or_bad_url_values_are_ignored() {
    let view = DashboardView::from_pairs([("slide", "0"), ("colour", "red"), ("group", "student")]);
    assert_eq!(view.slide, None);
    assert_eq!(view.filter.groups, ["student"]);
}

#[test]
fn the_charts_come_in_order_with_hand_computed_tables_and_plain_summaries() {
    let charts = charts_for(&DashboardView::default());
    let ids: Vec<ChartId> = charts.iter().map(|c| c.id).collect();
    use ChartId::*;
    assert_eq!(ids, [Overview, Items, Radar, Marginalisation, ValueHeatmap, GainContribution, TrustMap, Gaps, Trend]);
    let overview = &charts[0];
    let trust = &overview.table.rows[0];
    assert_eq!(trust.0, "Trust");
    // Hidden figures say so in one wording, true whether the group is small or would give one away.
    let hidden = "hidden to protect a small group".to_owned();
    assert_eq!(
        trust.1,
        [
            "55".to_owned(),
            hidden.clone(),
            hidden.clone(),
            "77".into(),
            hidden.clone(),
            "25".into(),
            hidden.clone(),
            hidden
        ]
    );
    // Shown group figures: U trust 77.1 is the highest (U inclusion is 75), S trust 25 the lowest.
    assert_eq!(overview.summary, "Highest: Trust for University or college staff (77 of 100). Lowest: Trust for Person who uses services, or carer (25 of 100).");
    // Students are named by 1 of the 3 others whose answers to IX are shown (see the
    // marginalisation fixture): often named.
    assert_eq!(charts[3].summary, "Possibly left out: Person who uses services, or carer.");
    // Nobody in the fixture answered PT.
    assert_eq!(
        charts[6].summary,
        "Fewer than 3 members of any one organisation have rated another organisation so far."
    );
    assert_eq!(charts[7].summary, "Groups see Trust, Inclusion differently: a gap of 15 points or more.");
    assert_eq!(charts[8].summary, "Only one wave so far: change shows once a second wave is in.");
    assert!(
        charts[3].actions.iter().any(|a| advice_words(a.advice)
            .1
            .english()
            .text()
            .contains("effective and ineffective partnership behaviours, section 5")),
        "the marginalisation prompt sits by its chart"
    );
    // Two groups possibly left out and two gaps flagged: each chart gives its advice once.
    assert_eq!((charts[3].actions.len(), charts[7].actions.len()), (1, 1));
    for chart in &charts {
        let svg = &chart.svg.svg;
        let description = format!("<desc>{}</desc>", pulse_core::charts::escape(&chart.summary));
        assert!(svg.contains(&description), "{:?} is described by its summary", chart.id);
    }
}

#[test]
fn the_statements_chart_follows_the_chosen_indicator() {
    let charts = charts_for(&DashboardView { indicator: "inclusion".into(), ..DashboardView::default() });
    assert_eq!(charts[1].title, "Answers to each statement: Inclusion");
    assert_eq!(charts[1].table.rows.len(), 6);
}

/// The CSV of every table, as the dashboard's download makes it.
fn csv_of(charts: &[DashboardChart]) -> String {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &seven()).unwrap();
    let report = analyse(&table, &Filter::default(), 2);
    figures_csv(&all_tables(&survey, &report, charts, "en", &en()))
}

#[test]
fn the_overview_carries_people_medians_intervals_bands_reliability_and_partners() {
    let charts = charts_for(&DashboardView::default());
    let [by_group, by_partner, reliability] = &charts[0].more_tables[..] else { panic!("three tables") };
    // Trust, university staff: 75, 100, 50, 83.33 → n 4, mean 77.08, median (75 + 83.33) / 2 =
    // 79.17; sd 20.83, t(3) 3.1824, interval 77.08 ± 33.15 = 43.93 to 110.2, clipped to 100; 75+: strength.
    let row = |table: &DataTable, indicator: &str, of: &str| {
        table.rows.iter().find(|(i, cells)| i == indicator && cells[0] == of).map(|(_, cells)| cells.clone())
    };
    assert_eq!(
        row(by_group, "Trust", "University or college staff").unwrap(),
        [
            "University or college staff",
            "4",
            "77.1",
            "79.2",
            "43.9 to 100.0 (cut at the end of the 0-100 scale)",
            "strength"
        ]
    );
    // People who use services: 25, 50, 0 → mean 25.0, median 25.0, t(2) 4.3027 → −37.1 to 87.1, clipped to 0.
    assert_eq!(
        row(by_group, "Trust", "Person who uses services, or carer").unwrap(),
        [
            "Person who uses services, or carer",
            "3",
            "25.0",
            "25.0",
            "0.0 to 87.1 (cut at the end of the 0-100 scale)",
            "concern"
        ]
    );
    assert_eq!(row(by_group, "Trust", "Student"), None, "groups under k are not listed");
    // By the respondent's own partner: the university's four staff (carers-network is pooled).
    assert_eq!(row(by_partner, "Trust", "The university").unwrap()[1], "4");
    assert!(row(by_partner, "Trust", "Carers' network").is_none());
    // Alpha needs 10 complete answers: seven respondents have too few.
    assert_eq!(reliability.rows[0].1, ["fewer than 10 complete answers"]);
    assert_eq!(one_decimal(-0.04), "0.0");
    assert_eq!(one_decimal(-1.25), "-1.3");
    assert_eq!(one_decimal(99.95), "100.0");
}

#[test]
fn csv_holds_every_table_and_defuses_formulas() {
    let mut charts = charts_for(&DashboardView::default());
    charts[0].table.rows[0].0 = "=HYPERLINK(\"x\")".into();
    let csv = csv_of(&charts);
    assert!(csv.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",55,hidden to protect a small group,"), "{}", &csv[..300]);
    assert!(csv.contains("Gap (points)"));
    // Reciprocity of the university: 80 − 66.7 = +13 (see the value fixture).
    assert!(csv.contains(",+13,"), "a signed number stays a plain value");
    charts[0].table.rows[0].0 = "-2+3".into();
    assert!(csv_of(&charts).contains("\r\n'-2+3,55,"), "but an expression is defused");
    // 9 charts, the statements of all 6 indicators in place of the one chosen, the overview's 3
    // fuller tables and the trust map's organisations: 8 + 6 + 3 + 1 = 18 blocks, whatever
    // indicator the screen shows.
    assert_eq!(csv.matches("\r\n\r\n").count(), 18);
    for indicator in ["Trust", "Inclusion", "Value", "Shared aims", "Leadership", "Renewal"] {
        assert!(csv.contains(&format!("to each {indicator} statement")), "{indicator} statements are in the CSV");
    }
}

#[test]
fn pooled_groups_and_partners_are_explained_and_not_offered_as_filters() {
    // k = 5: students (3) and voluntary (2) pool to 5; carers-network has 1 respondent (pooled).
    let survey = survey();
    let mut responses = Vec::new();
    for (group, count, partner) in [
        ("university", 8, Some("university")),
        ("employer-strategic", 6, None),
        ("student", 3, None),
        ("voluntary", 1, None),
        ("voluntary", 1, Some("carers-network")),
    ] {
        for index in 0..count {
            let id = format!("{group}-{index}-{}", partner.unwrap_or("none"));
            responses.push(support::response(&id, group, partner, &support::all(&support::TRUST, 4)));
        }
    }
    let table = ResponseTable::from_responses(&survey, &responses).unwrap();
    // k = 4: figures from 5 people; students (3) and voluntary (2) are pooled into 5.
    let report = analyse(&table, &Filter::default(), 4);
    let groups: Vec<String> = group_choices(&survey, &report, "en", &en()).into_iter().map(|c| c.label).collect();
    assert!(groups.contains(&COMBINED_GROUPS_LABEL.to_owned()));
    assert!(!groups.contains(&"Student".to_owned()), "a pooled group is not offered on its own");
    let partners: Vec<String> = partner_choices(&survey, &report, "en").into_iter().map(|c| c.id).collect();
    assert!(partners.contains(&"university".to_owned()) && !partners.contains(&"carers-network".to_owned()));
    let notes = privacy_notes(&survey, &report, HeldBack::default(), "en", &en()).join(" ");
    assert!(notes.contains("Student, Voluntary or independent sector organisation each have fewer than 5"), "{notes}");
    assert!(notes.contains("shown together as \"Other groups, combined\""), "{notes}");
    // carers-network's one respondent has no figures of its own, and is not offered as a filter.
    assert!(!notes.contains("no partner given"), "{notes}");
    let charts = dashboard_charts(&survey, &report, &[String::new()], &DashboardView::default(), "en", &en());
    assert_eq!(charts[0].table.columns.last().unwrap(), COMBINED_GROUPS_LABEL, "the combined row has its column");
}

#[test]
fn responses_to_another_version_are_counted_by_version_and_said_to_be_kept() {
    use pulse_core::analytics::AnalyticsError;
    let wrong = |id: &str, found| {
        AnalyticsError::Response(ResponseError::WrongVersion { response: id.into(), found, expected: 2 })
    };
    let refused =
        vec![wrong("a", 1), wrong("b", 1), wrong("c", 3), AnalyticsError::DuplicateResponse { response: "d".into() }];
    let notes = left_out_notes(&refused, 2, &en());
    assert_eq!(notes.len(), 4);
    assert!(notes[0].starts_with("2 stored responses answer version 1 of this survey, not version 2 shown here: kept"));
    assert!(notes[1].starts_with("1 stored response answers version 3"));
    assert_eq!(notes[2], "1 stored response does not fit this survey and is left out of the figures:");
    assert_eq!(notes[3], "Response d is already included.");
}

#[test]
fn a_dashboard_with_nothing_to_show_says_so_once_and_how_to_collect_responses() {
    use pulse_core::analytics::Figure;
    use pulse_core::dashboard::EmptyState;
    assert_eq!(EmptyState::of(42, false, &Figure::Shown(42)), None, "figures to show");
    let none = EmptyState::of(0, false, &Figure::Suppressed).unwrap();
    assert_eq!(none, EmptyState::NoneYet);
    assert_eq!(none.heading(3, &en()), "No responses yet — here is how to collect them");
    let (why, steps) = none.explanation(3, &en());
    assert!(why.contains("fewer than 3 people"), "{why}");
    assert_eq!(steps.len(), 3, "share, bring in files or codes, or connect a database");
    // Two stored, or five stored in groups too small to show any: too few, said with the count.
    let few = EmptyState::of(2, false, &Figure::Suppressed).unwrap();
    assert_eq!(few, EmptyState::TooFew { stored: 2 });
    assert!(few.explanation(3, &en()).0.starts_with("2 responses are stored on this device"));
    assert!(EmptyState::TooFew { stored: 1 }.explanation(3, &en()).0.starts_with("1 response is stored"));
    // Enough stored, too few matching the filters: no steps to collect, a way back instead.
    let filtered = EmptyState::of(40, true, &Figure::Suppressed).unwrap();
    assert_eq!(filtered.heading(5, &en()), "Fewer than 5 responses match these filters");
    let (why, steps) = filtered.explanation(5, &en());
    assert!(why.ends_with("clear the filters.") && steps.is_empty(), "{why}");
}

#[test]
fn the_first_screen_gives_each_indicator_as_a_card_and_the_flags_in_words() {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &seven()).unwrap();
    let report = analyse(&table, &Filter::default(), 2);
    let glance = glance(&survey, &report, "en", &en());
    // Trust: (75 + 100 + 50 + 83.33 + 25 + 50 + 0) / 7 = 54.76 → 55; inclusion: (4 × 75 + 25 +
    // 25 + 50) / 7 = 57.14 → 57; both borderline (50-74.9). Nobody answered the other four.
    let cards: Vec<(&str, &str, Option<&str>)> =
        glance.cards.iter().map(|card| (card.name.as_str(), card.score.as_str(), card.band.as_deref())).collect();
    let hidden = "hidden to protect a small group";
    assert_eq!(
        cards,
        [
            ("Trust", "55", Some("borderline")),
            ("Inclusion", "57", Some("borderline")),
            ("Value", hidden, None),
            ("Shared aims", hidden, None),
            ("Leadership", hidden, None),
            ("Renewal", hidden, None)
        ]
    );
    // Flags in words: the two groups of the marginalisation fixture, and the two gaps (trust
    // 77.08 − 25 = 52.08; inclusion 75 − 33.33 = 41.67).
    assert_eq!(
        glance.flags,
        [
            "Possibly left out: Person who uses services, or carer.",
            "Groups see Trust differently: University or college staff 77, Person who uses services, or carer 25 (52 points apart).",
            "Groups see Inclusion differently: University or college staff 75, Person who uses services, or carer 33 (42 points apart).",
        ]
    );
}

/// The dashboard's words in Welsh, from the translation file the app fetches.
fn welsh() -> pulse_core::i18n::Texts<pulse_core::i18n::DashMsg> {
    use pulse_core::i18n::{Catalogue, Texts};
    let path = format!("{}/../locales/dashboard/cy.json", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(path).expect("the dashboard's Welsh");
    Texts::translated(std::rc::Rc::new(Catalogue::read(&json, "cy").expect("a valid catalogue")))
}

#[test]
fn in_welsh_the_charts_say_their_own_words_around_the_same_figures() {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &seven()).unwrap();
    let report = analyse(&table, &Filter::default(), 2);
    let view = DashboardView::default();
    let english = dashboard_charts(&survey, &report, &[String::new()], &view, "en", &en());
    let welsh_texts = welsh();
    let welsh = dashboard_charts(&survey, &report, &[String::new()], &view, "cy", &welsh_texts);
    assert_eq!(english.len(), welsh.len());
    // The titles, summaries, captions and the words in hidden cells are Welsh…
    assert_eq!(welsh[0].title, "Dangosyddion fesul grŵp");
    assert_eq!(
        welsh[0].summary,
        "Uchaf: Ymddiriedaeth i Staff prifysgol neu goleg (77 o 100). Isaf: Ymddiriedaeth i Person sy'n defnyddio \
         gwasanaethau, neu ofalwr (25 o 100)."
    );
    assert_eq!(welsh[8].summary, "Dim ond un don hyd yma: bydd newid yn ymddangos unwaith y bydd ail don i mewn.");
    assert_eq!(welsh[0].table.columns[..2], ["Dangosydd".to_owned(), "Pawb".to_owned()]);
    assert_eq!(welsh[0].table.rows[0].1[1], "wedi'i guddio i ddiogelu grŵp bach");
    assert!(welsh[0].svg.svg.replace('\n', "").contains(">Pryder<"), "the bands drawn with their Welsh names");
    assert!(welsh[3].actions.iter().all(|prompt| !welsh_texts.get(advice_words(prompt.advice).0).is_empty()));
    let prompt = advice_words(welsh[3].actions[0].advice).0;
    assert_ne!(welsh_texts.get(prompt), prompt.english().text());
    // …and every figure is the one the English dashboard shows.
    for (english, welsh) in english.iter().zip(&welsh) {
        assert_eq!(english.id, welsh.id);
        assert_eq!(english.table.rows.len(), welsh.table.rows.len(), "{:?}", english.id);
        for (english_row, welsh_row) in english.table.rows.iter().zip(&welsh.table.rows) {
            let figures = |cells: &[String]| -> Vec<String> {
                cells
                    .iter()
                    .filter(|cell| cell.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-'))
                    .cloned()
                    .collect()
            };
            assert_eq!(figures(&english_row.1), figures(&welsh_row.1), "{:?}", english.id);
        }
    }
}

/// A group the filter leaves out is not in the view: no chart calls it "hidden to protect a small
/// group" (the reason would be untrue); only the groups ticked are drawn.
#[test]
fn groups_a_filter_leaves_out_are_not_drawn_as_hidden() {
    let view = DashboardView {
        filter: Filter { groups: vec!["university".into()], ..Filter::default() },
        ..DashboardView::default()
    };
    let charts = charts_for(&view);
    let overview = &charts[0].table;
    assert_eq!(overview.columns[1..], ["All".to_owned(), "University or college staff".to_owned()]);
    assert_eq!(overview.rows[0].1, ["77", "77"], "trust of the university's four");
}
