//! Charts in headless Chromium: the SVG parses in the page, with the expected bars, labels and
//! suppression notes, and the chart component shows its summary and table.
#![cfg(target_arch = "wasm32")]

use partnership_pulse::charts::{bar_panels, grouped_bars, Bar, BarRow, GroupedBars, Series};
use partnership_pulse::dashboard::{ChartId, DashboardChart, DataTable};
use partnership_pulse::ui::dashboard::ChartFigure;
use wasm_bindgen_test::*;
use web_sys::Element;

mod web_support;

use web_support::until;

wasm_bindgen_test_configure!(run_in_browser);

fn chart() -> GroupedBars {
    GroupedBars {
        title: "Who is left out".into(),
        rows: vec![
            BarRow {
                label: "Students".into(),
                note: Some("flagged".into()),
                bars: vec![Bar::Value { value: 33.0, interval: None }, Bar::Value { value: 60.0, interval: None }],
            },
            BarRow {
                label: "Carers <& co>".into(),
                note: None,
                bars: vec![Bar::Missing("fewer than 3".into()), Bar::Value { value: 20.0, interval: None }],
            },
        ],
        series: Series::in_order(["Inclusion", "Named by others"]),
        max: 100.0,
        bands: false,
        reference: None,
        unit: String::new(),
    }
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
fn a_chart_parses_as_svg_in_the_page_with_its_bars_labels_and_notes() {
    let document = gloo::utils::document();
    let holder = document.create_element("div").unwrap();
    holder.set_inner_html(&grouped_bars(&chart(), "Students may be left out.", &Default::default()).svg);
    let svg = holder.query_selector("svg").unwrap().expect("an svg element");
    assert_eq!(svg.namespace_uri().as_deref(), Some("http://www.w3.org/2000/svg"));
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(texts(&holder, "svg > title"), ["Who is left out"]);
    assert_eq!(texts(&holder, "svg > desc"), ["Students may be left out."]);
    // Background and three bars; the legend's two entries are numbered markers.
    assert_eq!(holder.query_selector_all("rect").unwrap().length(), 1 + 3);
    assert_eq!(texts(&holder, "circle + text"), ["1", "2"]);
    let labels = texts(&holder, "text");
    assert!(labels.contains(&"Carers <& co>".to_owned()), "survey text arrives as text: {labels:?}");
    assert!(labels.contains(&"1: fewer than 3".to_owned()));
    assert!(labels.contains(&"flagged".to_owned()));
    assert_eq!(holder.query_selector_all("script").unwrap().length(), 0);
}

/// "Who is left out" as the dashboard holds it: page and slide drawings, tables, one prompt.
fn left_out_figure() -> DashboardChart {
    DashboardChart {
        id: ChartId::Marginalisation,
        title: "Who is left out".into(),
        summary: "Possibly left out: Students.".into(),
        table: DataTable {
            caption: "Inclusion by group".into(),
            columns: vec!["Group".into(), "Inclusion".into()],
            rows: vec![("Students".into(), vec!["33".into()]), ("Carers".into(), vec!["fewer than 3".into()])],
        },
        more_tables: vec![DataTable {
            caption: "Each indicator by group".into(),
            columns: vec!["Indicator".into(), "Of".into(), "People".into()],
            rows: vec![("Inclusion".into(), vec!["Students".into(), "4".into()])],
        }],
        actions: Vec::new(),
        svg: grouped_bars(&chart(), "Possibly left out: Students.", &Default::default()),
        slide: Some(bar_panels(&chart(), "Possibly left out: Students.", &Default::default())),
    }
}

#[wasm_bindgen_test]
async fn the_chart_component_shows_summary_svg_and_data_table() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = yew::props!(partnership_pulse::ui::dashboard::ChartFigureProps { chart: left_out_figure() });
    yew::Renderer::<ChartFigure>::with_root_and_props(root.clone(), props).render();
    until("the chart drawn", || root.query_selector(".pp-chart svg").ok().flatten().is_some()).await;
    assert_eq!(texts(&root, "h2"), ["Who is left out"]);
    assert_eq!(texts(&root, ".pp-summary"), ["Possibly left out: Students."]);
    assert_eq!(root.query_selector_all(".pp-chart svg").unwrap().length(), 1);
    assert_eq!(texts(&root, "tbody td"), ["33", "fewer than 3", "Students", "4"]);
    assert_eq!(texts(&root, "tbody th"), ["Students", "Carers", "Inclusion"]);
    // The fuller tables sit in a disclosure under the chart's own table, captioned.
    assert_eq!(texts(&root, "details.pp-more-figures caption"), ["Each indicator by group"]);
}

#[wasm_bindgen_test]
async fn on_a_slide_the_chart_is_the_wide_drawing_and_its_prompts_wait_behind_their_heading() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let mut figure = left_out_figure();
    figure.actions = vec![partnership_pulse::analytics::ActionPrompt {
        trigger: partnership_pulse::analytics::Trigger::LowTrust,
        advice: partnership_pulse::analytics::Advice::Marginalised,
    }];
    // The width the slide's drawing declares (`<svg … width="…"`).
    let slide_svg = &figure.slide.as_ref().unwrap().svg;
    let slide_width = slide_svg.split("width=\"").nth(1).and_then(|rest| rest.split('"').next()).map(str::to_owned);
    let props =
        yew::props!(partnership_pulse::ui::dashboard::ChartFigureProps { chart: figure, level: 1u8, details: false });
    yew::Renderer::<ChartFigure>::with_root_and_props(root.clone(), props).render();
    until("the chart drawn", || root.query_selector(".pp-chart svg").ok().flatten().is_some()).await;
    let svg = root.query_selector(".pp-chart svg").unwrap().unwrap();
    assert_eq!(svg.get_attribute("width"), slide_width, "the slide's drawing, not the page's");
    assert_ne!(svg.get_attribute("width").as_deref(), Some("760"));
    assert_eq!(texts(&root, "h1"), ["Who is left out"]);
    let prompts = root.query_selector("details.pp-prompts").unwrap().expect("the prompts in a disclosure");
    assert!(!prompts.has_attribute("open"), "closed until opened");
    assert_eq!(texts(&root, "details.pp-prompts > summary h2"), ["What the partnership could do (1)"]);
    assert_eq!(root.query_selector_all("table").unwrap().length(), 0, "no tables on a slide");
}

/// Three charts to page through: the figure above under three ids and titles.
fn three_charts() -> std::rc::Rc<Vec<DashboardChart>> {
    let named = |id: ChartId, title: &str| DashboardChart { id, title: title.into(), ..left_out_figure() };
    std::rc::Rc::new(vec![
        named(ChartId::Overview, "Indicators by group"),
        named(ChartId::Marginalisation, "Who is left out"),
        named(ChartId::TrustMap, "Trust between organisations"),
    ])
}

#[wasm_bindgen_test]
async fn the_charts_are_shown_one_at_a_time_with_the_way_to_the_others() {
    use partnership_pulse::dashboard::DashboardAction;
    use partnership_pulse::ui::dashboard::chart_pager;
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;
    use yew::prelude::*;
    /// The pager as the dashboard draws it, in a component of the test's own.
    #[derive(Properties, PartialEq)]
    struct PagerProps {
        charts: std::rc::Rc<Vec<DashboardChart>>,
        shown: Option<usize>,
        dispatch: Callback<DashboardAction>,
    }
    #[function_component]
    fn Pager(props: &PagerProps) -> Html {
        let host = partnership_pulse::ui::host::use_host();
        let texts = partnership_pulse::ui::language::use_page_texts::<partnership_pulse::i18n::DashMsg>();
        chart_pager(&props.charts, props.shown, &props.dispatch, &host, &texts)
    }
    let asked: std::rc::Rc<RefCell<Vec<DashboardAction>>> = Default::default();
    let render = |shown: Option<usize>| {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let asked = asked.clone();
        let dispatch = yew::Callback::from(move |action: DashboardAction| asked.borrow_mut().push(action));
        let props = yew::props!(PagerProps { charts: three_charts(), shown, dispatch });
        yew::Renderer::<Pager>::with_root_and_props(root.clone(), props).render();
        root
    };
    let root = render(Some(1));
    until("the pager drawn", || root.query_selector(".pp-chart-pager").unwrap().is_some()).await;
    let status = root.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap();
    assert_eq!(status, "Chart 2 of 3: Who is left out");
    assert_eq!(texts(&root, ".pp-figure h2"), ["Who is left out"], "only the chart shown");
    assert_eq!(
        texts(&root, ".pp-chart-pager button"),
        ["Previous: Indicators by group", "Next: Trust between organisations"]
    );
    let buttons = root.query_selector_all(".pp-chart-pager button").unwrap();
    for at in 0..2 {
        buttons.item(at).unwrap().dyn_into::<web_sys::HtmlElement>().unwrap().click();
    }
    root.query_selector("input[type=checkbox]").unwrap().unwrap().dyn_into::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(
        *asked.borrow(),
        [
            DashboardAction::ShowChart("indicators".into()),
            DashboardAction::ShowChart("trust-map".into()),
            DashboardAction::ShowEveryChart(true)
        ]
    );
    // The last chart's next is the first, so Enter on Next steps round.
    let last = render(Some(2));
    until("the last chart drawn", || last.query_selector(".pp-figure").unwrap().is_some()).await;
    assert_eq!(texts(&last, ".pp-chart-pager button")[1], "Next: Indicators by group");
    // Every chart: all three, no place or steps, and the box ticked.
    let every = render(None);
    until("every chart drawn", || every.query_selector_all(".pp-figure").unwrap().length() == 3).await;
    assert!(every.query_selector("[role=status]").unwrap().is_none());
    assert!(every.query_selector(".pp-chart-pager button").unwrap().is_none());
    let ticked =
        every.query_selector("input[type=checkbox]").unwrap().unwrap().dyn_into::<web_sys::HtmlInputElement>().unwrap();
    assert!(ticked.checked());
}
