//! The dashboard page: counts, filters, every chart, exports, presentation and live update.

use super::actions_panel::ActionsPanel;
use super::chart_pager::chart_pager;
use super::counts::{counts, CountsShown};
use super::filters::{filters, FiltersShown};
use super::glance::at_a_glance;
use super::memo::{remembered, Remembered, Same};
use super::presentation::Presentation;
use super::report_panel::{ReportPanel, REPORT_FILE};
use super::said::WhatPeopleSaid;
use super::sync::{use_sync, LiveLine};
use super::sync_panel::SyncPanel;
use super::texts::use_dashboard_texts;
use super::transfer_panel::{Imported, TransferPanel};
use super::ChartFigure;
use crate::analytics::{
    analyse_view, theme_counts, what_people_said, Figure, ProtectedTable, Report, SaidList, ThemeCount,
};
use crate::dashboard::{
    all_tables, board_report, dashboard_charts, figures_csv, follow_through_tables, glance, group_choices, group_label,
    left_out_notes, partner_choices, privacy_notes, themes_chart, BoardReportParts, ChartId, DashboardAction,
    DashboardChart, DashboardView, EmptyState,
};
use crate::i18n::{Arg, DashMsg as M, FacilitatorMsg, Texts};
use crate::survey::SurveyDefinition;
use crate::themes::ThemeBook;
use crate::ui::hooks::{use_kept, use_response_feed, ActionsHandle, ThemesHandle};
use crate::ui::language::use_words;
use crate::ui::platform;
use crate::ui::problem_words::store_error_words;
use crate::ui::reduced::Reduced;
use crate::workshop::ActionPlan;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Dashboard`].
#[derive(Properties, PartialEq, Clone)]
pub struct DashboardProps {
    pub survey: Rc<SurveyDefinition>,
    pub language: AttrValue,
    /// Open straight into presentation mode.
    #[prop_or_default]
    pub present: bool,
    /// The dashboard owns the page, so its view may go in the page's address.
    #[prop_or(true)]
    pub standalone: bool,
}

/// One open question's themes counted in the view: its item, its question, the counts and how
/// many answers are in view.
type CountedThemes = (String, String, Vec<ThemeCount>, usize);

/// The themes charts of `counted`, in `texts`' words.
fn theme_charts_of(
    survey: &SurveyDefinition,
    report: &Report,
    language: &str,
    counted: &[CountedThemes],
    texts: &Texts<M>,
) -> Vec<(String, DashboardChart)> {
    let group_names: Vec<String> =
        (0..report.groups.len()).map(|group| group_label(survey, group, language, texts)).collect();
    let group_names: Vec<&str> = group_names.iter().map(String::as_str).collect();
    counted
        .iter()
        .map(|(item, question, counts, answers)| {
            (item.clone(), themes_chart(question, counts, &group_names, *answers, report.shown_from, texts))
        })
        .collect()
}

/// The facilitator's view of the responses stored on this device, its words in the language
/// chosen for the survey's labels (fetched from beside the app when translated).
#[function_component(Dashboard)]
pub fn dashboard(props: &DashboardProps) -> Html {
    let (texts, _) = use_words::<M>(props.language.clone(), false);
    // The words about a CouchDB database, which the set-up page shares.
    let (sync_texts, _) = use_words::<FacilitatorMsg>(props.language.clone(), false);
    {
        let (title, standalone) = (texts.get(M::PageTitle), props.standalone);
        use_effect_with(AttrValue::from(texts.language().to_owned()), move |_| {
            if standalone {
                crate::ui::platform::set_page_title(&title);
            }
        });
    }
    html! {
        <ContextProvider<Texts<M>> context={texts}>
            <ContextProvider<Texts<FacilitatorMsg>> context={sync_texts}>
                <DashboardPage ..props.clone() />
            </ContextProvider<Texts<FacilitatorMsg>>>
        </ContextProvider<Texts<M>>>
    }
}

/// The view (filters, slide), read from the page's address and written back to it when the
/// dashboard owns the page; straight into presentation when `present`.
#[hook]
fn use_dashboard_view(present: bool, standalone: bool) -> UseReducerHandle<Reduced<DashboardView>> {
    let view = use_reducer(move || {
        let pairs = if standalone { platform::query_pairs() } else { Vec::new() };
        let view = DashboardView::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        Reduced(if present && view.slide.is_none() { view.apply(DashboardAction::Present(0)) } else { view })
    });
    {
        // Only a dashboard that owns the page writes its view into the address, once the clicks
        // pause: the browser takes the new address in its own process, which made a filter's
        // repaint wait (up to 15 ms at 100,000 responses), and Safari refuses more than 100 in
        // 30 seconds (a facilitator stepping through slides).
        let pairs = view.to_pairs();
        let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        use_effect_with(pairs, move |pairs| {
            if standalone {
                let pairs = pairs.clone();
                *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(ADDRESS_WRITE_DELAY_MS, move || {
                    platform::set_query(&pairs)
                }));
            }
        });
    }
    view
}

/// How long the view must stay unchanged before the address is written.
const ADDRESS_WRITE_DELAY_MS: u32 = 250;

type ViewKey = (Same<ProtectedTable>, crate::analytics::Filter);
type ChartsKey = (Same<Report>, DashboardView, String, String);

/// What the page analysed and drew last (see `memo.rs`), keyed by the state of the responses
/// shown (each change of them is a new state), the filter, the view and the languages.
#[derive(Default)]
struct PageMemo {
    // Keys: (responses shown, filter) for what a view holds; (its report, the view, the labels'
    // and the page's languages) for its charts.
    report: Remembered<ViewKey, Rc<Report>>,
    charts: Remembered<ChartsKey, Rc<Vec<DashboardChart>>>,
    said: Remembered<ViewKey, Rc<SaidLists>>,
}

/// What a view shows: its report, its charts and its open answers.
type ViewFigures = (Rc<Report>, Rc<Vec<DashboardChart>>, Rc<SaidLists>);

/// A view's open answers, each question's list shared (a list can hold 100,000 answers; copied
/// into every render, it took a third of a filter change's time); `None` when not shown.
type SaidLists = Option<Vec<Rc<SaidList>>>;

impl PageMemo {
    /// The figures of `view` over the responses `protected` shows, made again only when one of
    /// their inputs changed.
    fn figures(
        &self,
        protected: &Rc<ProtectedTable>,
        view: &DashboardView,
        (survey, waves, language, texts): (&SurveyDefinition, &[String], &str, &Texts<M>),
    ) -> ViewFigures {
        let shown = || Same(protected.clone());
        let report =
            remembered(&self.report, (shown(), view.filter.clone()), || Rc::new(analyse_view(protected, &view.filter)));
        let charts_key = (Same(report.clone()), view.drawing_key(), language.to_owned(), texts.language().to_owned());
        let charts = remembered(&self.charts, charts_key, || {
            Rc::new(dashboard_charts(survey, &report, waves, view, language, texts))
        });
        let said = remembered(&self.said, (shown(), view.filter.clone()), || {
            Rc::new(what_people_said(protected, &view.filter).map(|lists| lists.into_iter().map(Rc::new).collect()))
        });
        (report, charts, said)
    }
}

#[function_component(DashboardPage)]
fn dashboard_page(props: &DashboardProps) -> Html {
    let host = crate::ui::host::use_host();
    let texts = use_dashboard_texts();
    // Storage problems in the app's own words, as the survey page says them.
    let store_texts = crate::ui::language::use_texts();
    // The survey's labels (groups, partners, indicators, items) in any of its languages.
    let language_picker = crate::ui::language::use_language_picker("labels-language");
    let survey = props.survey.clone();
    let view = use_dashboard_view(props.present, props.standalone);
    // Loaded once; the table then grows as responses arrive from another tab (a kiosk, say),
    // an import or a sync, and the page is drawn again.
    let feed = use_response_feed(survey.clone());
    // The facilitator's themes of the open answers, kept on this device with the survey.
    let themes: ThemesHandle = use_kept(&survey.id, texts.clone(), store_texts.clone());
    // The actions its workshops agreed, kept the same way.
    let actions: ActionsHandle = use_kept::<ActionPlan>(&survey.id, texts.clone(), store_texts.clone());
    // Connected to a database, the page syncs on opening and then follows it.
    let sync = use_sync(survey.clone(), feed.take.clone());
    // The analysis and charts of the last render, made again only when their inputs change.
    let memo = use_mut_ref(PageMemo::default);
    let imported = imported_into(&feed, &sync);
    let fed = feed.feed.borrow();
    let Some(loaded) = fed.loaded() else {
        return html! { <main class="pp-main"><p role="status">{ texts.get(M::ReadingResponses) }</p></main> };
    };
    let table = match &loaded.table {
        Ok(table) => table,
        Err(error) => {
            // A survey the responses cannot be analysed against: the domain's words, for whoever
            // wrote its definition.
            return html! { <main class="pp-main"><p class="pp-alert" role="alert">{ error.to_string() }</p></main> };
        }
    };
    // Protection is made once per change of the responses; each view is analysed from it.
    let Some(protected) = loaded.protected(survey.protection_threshold()) else { return html! {} };
    let wave_labels: Vec<String> = table.waves().iter().map(|w| w.label.clone()).collect();
    let (report, charts, said) =
        memo.borrow().figures(&protected, &view, (&survey, &wave_labels, &props.language, &texts));
    let groups = group_choices(&survey, &report, &props.language, &texts);
    let partners = partner_choices(&survey, &report, &props.language);
    let dispatch = view.dispatcher();
    let dispatch = Callback::from(move |action: DashboardAction| dispatch.dispatch(action));
    let slugs: Vec<&str> = charts.iter().map(|chart| chart.id.slug()).collect();
    let chart_shown = view.chart_shown(&slugs);
    // Presenting starts at the chart on the screen.
    let first_slide = chart_shown.unwrap_or(0);
    let present = dispatch.reform(move |_: MouseEvent| DashboardAction::Present(first_slide));
    let count = count_words(&report, &texts);
    // The sections below the first screen, for its contents.
    let contents = contents_of(&charts, said.iter().flatten().map(|list| &**list), &survey, &props.language, &texts);
    let has_open_questions = (*said).as_ref().is_some_and(|lists| !lists.is_empty());
    let filtered = !(view.filter.waves.is_empty() && view.filter.groups.is_empty() && view.filter.partners.is_empty());
    let empty = EmptyState::of(table.len(), filtered, &report.counts.total);
    let empty_html = |state: &EmptyState| empty_section(&host, state, report.shown_from, &texts);
    // Nothing at all to show (none yet, or too few): one message first, and no filters or charts.
    // One tree either way, so the panels keep their state (an import's report) when figures appear.
    let nothing = matches!(empty, Some(EmptyState::NoneYet | EmptyState::TooFew { .. }));
    // The wave whose figures the room discusses: the latest.
    let wave = AttrValue::from(wave_labels.last().cloned().unwrap_or_default());
    let actions_panel = |presenting: bool| {
        let props = (survey.clone(), report.clone(), wave.clone(), props.language.clone());
        actions_panel_of(props, &actions, presenting)
    };
    if let Some(slide) = view.slide {
        let shown_said = if view.said_in_presentation { (*said).clone().unwrap_or_default() } else { Vec::new() };
        return html! {
            <Presentation charts={charts} slide={slide} dispatch={dispatch} sync={sync.clone()} count={count.clone()}
                said={Rc::new(shown_said)} survey={survey.clone()} language={props.language.clone()}
                actions={actions_panel(true)}
                empty={empty.as_ref().map(|state| (
                    AttrValue::from(state.heading(report.shown_from, &texts)),
                    AttrValue::from(state.explanation(report.shown_from, &texts).0),
                ))} />
        };
    }
    // The dashboard's own (slides never show themes, exports or the board report): each open
    // question's themes, counted in this view once, for a chart after its answers.
    let said_in_view = (&*protected, &view.filter, said.iter().flatten().map(|list| &**list));
    let counted = Rc::new(counted_themes(&survey, said_in_view, &themes.kept, &props.language));
    let theme_charts = Rc::new(theme_charts_of(&survey, &report, &props.language, &counted, &texts));
    let csv = csv_download(CsvSource {
        survey: survey.clone(),
        report: report.clone(),
        charts: charts.clone(),
        theme_charts: theme_charts.clone(),
        counted,
        waves: wave_labels.clone(),
        view: view.0.clone(),
        language: props.language.clone(),
        translated: texts.language() != "en",
    });
    let notes = privacy_notes(&survey, &report, loaded.held_back(), &props.language, &texts);
    let make_report = report_maker(ReportSource {
        survey: survey.clone(),
        report: report.clone(),
        charts: charts.clone(),
        theme_charts: theme_charts.clone(),
        plan: actions.kept.clone(),
        notes: notes.clone(),
        waves: table.waves().iter().map(|wave| (wave.label.clone(), wave.first_day.clone())).collect(),
        filtered_to: filtered_words(&view.filter, &groups, &partners),
        language: props.language.clone(),
        texts: texts.clone(),
    });
    html! {
        <main class="pp-main pp-dashboard">
            <h1>{ texts.get(M::Dashboard) }</h1>
            <p class="pp-lead">{ survey.title.get(&props.language, &survey.default_language).to_owned() }</p>
            { language_picker }
            { notices(&feed.not_moved, [&themes.problem, &actions.problem], &loaded.store_error, &store_texts) }
            { refused_notes(&loaded.refused, survey.version, &texts) }
            if let (true, Some(state)) = (nothing, &empty) {
                { empty_html(state) }
            }
            <LiveLine sync={sync.clone()} count={count} />
            // The first screen answers "how is the partnership doing?"; the tools follow.
            if empty.is_none() {
                { at_a_glance(&glance(&survey, &report, &props.language, &texts), &contents,
                    &dispatch.reform(DashboardAction::ShowChart), &host, &texts) }
            }
            { counts(CountsShown { counts: &report.counts, threshold: report.shown_from, groups: &groups,
                partners: &partners, notes: &notes, breakdown: !nothing }, &host, &texts) }
            if !nothing {
                { filters(FiltersShown { survey: &survey, view: &view.0, waves: &wave_labels, groups: &groups,
                    partners: &partners, language: &props.language, dispatch: &dispatch }, &host, &texts) }
            }
            { toolbar(&host, &texts, present, (!nothing).then_some(csv)) }
            if has_open_questions && !nothing {
                { said_in_presentation(&host, &texts, view.said_in_presentation, &dispatch) }
            }
            if let (false, Some(state)) = (nothing, &empty) {
                { empty_html(state) }
            }
            // The charts, one at a time, and what people said; then the workshop's outcome and the tools.
            if empty.is_none() {
                { chart_pager(&charts, chart_shown, &dispatch, &host, &texts) }
                { for said.iter().flatten().map(|list| said_block(list, &theme_charts, &survey, &props.language, &themes)) }
            }
            if !nothing {
                { actions_panel(false) }
            }
            if empty.is_none() {
                <ReportPanel charts={charts.clone()} on_make={make_report} />
            }
            <TransferPanel survey={survey.clone()} sync={sync.clone()} on_imported={imported} />
            <SyncPanel sync={sync} />
        </main>
    }
}

/// "What we agreed" of `survey` over `report`, about the figures of `wave`, in `language`.
fn actions_panel_of(
    (survey, report, wave, language): (Rc<SurveyDefinition>, Rc<Report>, AttrValue, AttrValue),
    actions: &ActionsHandle,
    presenting: bool,
) -> Html {
    html! {
        <ActionsPanel survey={survey} report={report} plan={actions.kept.clone()} on_plan={actions.on_change.clone()}
            wave={wave} language={language} presenting={presenting} />
    }
}

/// Responses to another version, or refused, said in words (nothing when there are none).
fn refused_notes(refused: &[crate::analytics::AnalyticsError], version: u32, texts: &Texts<M>) -> Html {
    if refused.is_empty() {
        return Html::default();
    }
    html! {
        <div class="pp-notice" role="status">
            <ul>{ for left_out_notes(refused, version, texts).into_iter().map(|note| html! { <li>{ note }</li> }) }</ul>
        </div>
    }
}

/// "Include what people said in the presentation", kept in the view.
fn said_in_presentation(
    host: &crate::ui::host::Host,
    texts: &Texts<M>,
    checked: bool,
    dispatch: &Callback<DashboardAction>,
) -> Html {
    html! {
        <div class="pp-option pp-compact">
            <input id={host.id("said-in-presentation")} type="checkbox" checked={checked}
                onchange={dispatch.reform(|_: Event| DashboardAction::ToggleSaidInPresentation)} />
            <label for={host.id("said-in-presentation")}>{ texts.get(M::SaidInPresentation) }</label>
        </div>
    }
}

/// What an import hands over: to the figures, and to the sync to send on.
fn imported_into(feed: &crate::ui::hooks::FeedHandle, sync: &super::sync::SyncHandle) -> Callback<Imported> {
    let (take, sync, reread) = (feed.take.clone(), sync.clone(), feed.reread.clone());
    Callback::from(move |imported: Imported| match imported {
        Imported::Responses(arrived) => {
            sync.stored_here(&arrived);
            take.emit(arrived);
        }
        Imported::ManyInStore => {
            sync.stored_many_here();
            reread.emit(());
        }
    })
}

/// The count in words: the total, or "fewer than" when it is withheld.
fn count_words(report: &Report, texts: &Texts<M>) -> AttrValue {
    match report.counts.total {
        Figure::Shown(total) => AttrValue::from(crate::i18n::written_count(texts.language(), u64::from(total))),
        Figure::Suppressed => AttrValue::from(texts.format(M::FewerThan, &[("threshold", report.shown_from.into())])),
    }
}

/// The words of item `item`'s question in `language`.
fn question_of(survey: &SurveyDefinition, item: &str, language: &str) -> Option<String> {
    survey.item(item).map(|item| item.label.get(language, &survey.default_language).to_owned())
}

/// Each open question's themes counted in the view of `filter`: those with themes only.
fn counted_themes<'a>(
    survey: &SurveyDefinition,
    (protected, filter, said): (&ProtectedTable, &crate::analytics::Filter, impl Iterator<Item = &'a SaidList>),
    book: &ThemeBook,
    language: &str,
) -> Vec<CountedThemes> {
    said.filter(|list| !book.themes(&list.item).is_empty())
        .filter_map(|list| {
            let counts = theme_counts(protected, filter, &list.item, book.themes(&list.item))?;
            Some((list.item.clone(), question_of(survey, &list.item, language)?, counts, list.answers.len()))
        })
        .collect()
}

/// The first screen's contents: each chart, each open question, then the workshop's outcome (what
/// was agreed, the report for the board), as (element id, title).
fn contents_of<'a>(
    charts: &[DashboardChart],
    said: impl Iterator<Item = &'a SaidList>,
    survey: &SurveyDefinition,
    language: &str,
    texts: &Texts<M>,
) -> Vec<(String, String)> {
    charts
        .iter()
        .map(|chart| (super::chart_figure::chart_heading_id(chart.id.slug()), chart.title.clone()))
        .chain(said.filter_map(|list| {
            let question = question_of(survey, &list.item, language)?;
            Some((
                format!("said-{}-title", list.item),
                texts.format(M::WhatPeopleSaidAbout, &[("question", Arg::Text(&question))]),
            ))
        }))
        .chain([
            (super::actions_panel::ACTIONS_TITLE.to_owned(), texts.get(M::WhatWeAgreed)),
            ("board-report-title".to_owned(), texts.get(M::BoardReport)),
        ])
        .collect()
}

/// What the figures CSV is made from.
struct CsvSource {
    survey: Rc<SurveyDefinition>,
    report: Rc<Report>,
    charts: Rc<Vec<DashboardChart>>,
    theme_charts: Rc<Vec<(String, DashboardChart)>>,
    counted: Rc<Vec<CountedThemes>>,
    waves: Vec<String>,
    view: DashboardView,
    language: AttrValue,
    /// Whether the dashboard is shown in another language than English.
    translated: bool,
}

/// What the board report is made from: the view as shown.
struct ReportSource {
    survey: Rc<SurveyDefinition>,
    report: Rc<Report>,
    charts: Rc<Vec<DashboardChart>>,
    theme_charts: Rc<Vec<(String, DashboardChart)>>,
    plan: Rc<ActionPlan>,
    notes: Vec<String>,
    waves: Vec<(String, String)>,
    filtered_to: String,
    language: AttrValue,
    texts: Texts<M>,
}

/// Makes the board report with the charts ticked and saves it.
fn report_maker(source: ReportSource) -> Callback<Vec<ChartId>> {
    Callback::from(move |ticked: Vec<ChartId>| {
        let ReportSource { survey, report, texts, language, .. } = &source;
        let charts: Vec<DashboardChart> =
            source.charts.iter().filter(|chart| ticked.contains(&chart.id)).cloned().collect();
        let themes: Vec<DashboardChart> = source.theme_charts.iter().map(|(_, chart)| chart.clone()).collect();
        let first_screen = glance(survey, report, language, texts);
        let parts = BoardReportParts {
            survey,
            language,
            report,
            glance: &first_screen,
            charts: &charts,
            themes: &themes,
            plan: &source.plan,
            privacy_notes: &source.notes,
            waves: &source.waves,
            filtered_to: &source.filtered_to,
            made_on: &platform::today(),
        };
        platform::download(REPORT_FILE, "text/html", &board_report(&parts, texts));
    })
}

/// What the view's filters keep, in words ("Student; City Council"), empty for everyone.
fn filtered_words(
    filter: &crate::analytics::Filter,
    groups: &[crate::dashboard::Choice],
    partners: &[crate::dashboard::Choice],
) -> String {
    let named = |ids: &[String], choices: &[crate::dashboard::Choice]| -> Vec<String> {
        ids.iter()
            .map(|id| choices.iter().find(|choice| choice.id == *id).map_or(id.clone(), |choice| choice.label.clone()))
            .collect()
    };
    let mut words = named(&filter.groups, groups);
    words.extend(named(&filter.partners, partners));
    words.extend(filter.waves.iter().cloned());
    words.join("; ")
}

/// "Download figures (CSV)". The file keeps English headings whatever the language shown, so
/// that what reads it finds the same columns (the survey's labels are in the language shown): in
/// another language the charts are made again in English, when it is asked for.
fn csv_download(source: CsvSource) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let CsvSource { survey, report, language, .. } = &source;
        let english_texts = Texts::english();
        let (english_charts, english_themes);
        let (charts, theme_charts) = if source.translated {
            english_charts = dashboard_charts(survey, report, &source.waves, &source.view, language, &english_texts);
            english_themes = theme_charts_of(survey, report, language, &source.counted, &english_texts);
            (&english_charts[..], &english_themes[..])
        } else {
            (&source.charts[..], &source.theme_charts[..])
        };
        let mut tables = all_tables(survey, report, charts, language, &english_texts);
        tables.extend(theme_charts.iter().map(|(_, chart)| chart.table.clone()));
        tables.extend(follow_through_tables(report, survey, language, &english_texts));
        platform::download("partnership-pulse-figures.csv", "text/csv", &figures_csv(&tables));
    })
}

/// What the dashboard says when it has no figures to show, and what to do.
fn empty_section(host: &crate::ui::host::Host, state: &EmptyState, shown_from: u32, texts: &Texts<M>) -> Html {
    let (why, steps) = state.explanation(shown_from, texts);
    html! {
        <section class="pp-empty" aria-labelledby={host.id("empty-title")}>
            <h2 id={host.id("empty-title")}>{ state.heading(shown_from, texts) }</h2>
            <p>{ why }</p>
            if !steps.is_empty() {
                <ol>{ for steps.into_iter().map(|step| html! { <li>{ step }</li> }) }</ol>
            }
        </section>
    }
}

/// Data the device could not move, a problem with the themes or actions and one reading the responses, each
/// an alert in words.
fn notices(
    not_moved: &Option<crate::store::StoreError>,
    kept_problems: [&Option<String>; 2],
    read_error: &Option<crate::store::StoreError>,
    store_texts: &crate::i18n::Texts,
) -> Html {
    let alert = |words: String| html! { <p class="pp-alert" role="alert">{ words }</p> };
    html! {
        <>
            { for not_moved.iter().map(|error| alert(store_error_words(store_texts, error))) }
            { for kept_problems.into_iter().flatten().map(|problem| alert(problem.clone())) }
            { for read_error.iter().map(|error| alert(store_error_words(store_texts, error))) }
        </>
    }
}

/// Present, and (when there are figures) the CSV and Print buttons.
fn toolbar(
    host: &crate::ui::host::Host,
    texts: &Texts<M>,
    present: Callback<MouseEvent>,
    csv: Option<Callback<MouseEvent>>,
) -> Html {
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="pp-nav pp-toolbar">
            // A facilitator may put the projector up before anyone has answered: the figures
            // fill in as responses arrive.
            <button type="button" id={host.id(super::presentation::PRESENT_BUTTON)} class="pp-button pp-primary" onclick={present}>{ texts.get(M::PresentFullScreen) }</button>
            if let Some(csv) = csv {
                <button type="button" class="pp-button" onclick={csv}>{ texts.get(M::DownloadFiguresCsv) }</button>
                <button type="button" class="pp-button" onclick={print}>{ texts.get(M::PrintReport) }</button>
            }
        </div>
    }
}

/// One open question's answers, with the facilitator's themes and their chart.
fn said_block(
    list: &Rc<SaidList>,
    theme_charts: &[(String, DashboardChart)],
    survey: &Rc<SurveyDefinition>,
    language: &AttrValue,
    themes: &ThemesHandle,
) -> Html {
    let key = list.item.clone();
    let chart = theme_charts.iter().find(|(item, _)| *item == key).map(|(_, chart)| chart.clone());
    html! {
        <div key={key.clone()} class="pp-said-block">
            <WhatPeopleSaid survey={survey.clone()} list={list.clone()} language={language.clone()}
                book={themes.kept.clone()} on_book={themes.on_change.clone()} />
            if let Some(chart) = chart {
                <ChartFigure chart={chart} />
            }
        </div>
    }
}
