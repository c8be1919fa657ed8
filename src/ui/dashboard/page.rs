//! The dashboard page: counts, filters, every chart, exports, presentation and live update.

use super::counts::Counts;
use super::filters::Filters;
use super::glance::AtAGlance;
use super::presentation::Presentation;
use super::said::WhatPeopleSaid;
use super::sync::{use_sync, LiveLine};
use super::sync_panel::SyncPanel;
use super::transfer_panel::{Imported, TransferPanel};
use super::ChartFigure;
use crate::analytics::{analyse_view, theme_counts, what_people_said, Figure, Report, ThemeCount};
use crate::dashboard::{
    all_tables, dashboard_charts, figures_csv, glance, group_choices, group_label, left_out_notes, partner_choices,
    privacy_notes, themes_chart, DashboardAction, DashboardChart, DashboardView, EmptyState,
};
use crate::i18n::{store_error_words, Arg, DashMsg as M, FacilitatorMsg, Texts};
use crate::response::Response;
use crate::services::DeviceResponses;
use crate::store::{load_themes, save_themes, StoreError};
use crate::survey::SurveyDefinition;
use crate::themes::ThemeBook;
use crate::ui::device;
use crate::ui::language::{use_page_texts, use_words};
use crate::ui::platform;
use std::rc::Rc;
use yew::prelude::*;

/// The longest the figures wait to be drawn again after responses arrive.
const REDRAW_MS: u32 = 250;

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

impl yew::Reducible for DashboardView {
    type Action = DashboardAction;
    fn reduce(self: Rc<Self>, action: DashboardAction) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// The dashboard's own words in the language shown (English outside a dashboard).
#[hook]
pub fn use_dashboard_texts() -> Texts<M> {
    use_page_texts::<M>()
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

#[function_component(DashboardPage)]
fn dashboard_page(props: &DashboardProps) -> Html {
    let host = crate::ui::host::use_host();
    let texts = use_dashboard_texts();
    // Storage problems in the app's own words, as the survey page says them.
    let store_texts = crate::ui::language::use_texts();
    // The survey's labels (groups, partners, indicators, items) in any of its languages.
    let language_picker = crate::ui::language::use_language_picker("labels-language");
    let survey = props.survey.clone();
    let (present, standalone) = (props.present, props.standalone);
    let view = use_reducer(move || {
        let pairs = if standalone { platform::query_pairs() } else { Vec::new() };
        let view = DashboardView::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if present && view.slide.is_none() {
            view.apply(DashboardAction::Present(0))
        } else {
            view
        }
    });
    // Loaded once; the table then grows as responses arrive from another tab (a kiosk, say) or
    // an import, and the page is drawn again.
    let loaded = use_mut_ref(|| None::<DeviceResponses>);
    let redraw = use_force_update();
    let not_moved = use_state(|| None::<StoreError>);
    // Responses that arrive before the stored ones are loaded wait here (a response in both is
    // counted once).
    let early = use_mut_ref(Vec::<Response>::new);
    // Set while the stored responses are read again (after a big import here or in another tab):
    // responses that arrive meanwhile wait in `early` too.
    let rereading = use_mut_ref(|| false);
    // While responses stream in (a sync receiving thousands), the page is drawn again at most
    // this often rather than after every batch.
    let redraw_soon = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let redraw_due = use_mut_ref(|| false);
    let take = {
        let (loaded, redraw, survey, early, redraw_soon, redraw_due, rereading) = (
            loaded.clone(),
            redraw.clone(),
            survey.clone(),
            early.clone(),
            redraw_soon.clone(),
            redraw_due.clone(),
            rereading.clone(),
        );
        Callback::from(move |arrived: Vec<Response>| {
            let mut loaded = loaded.borrow_mut();
            let Some(loaded) = loaded.as_mut().filter(|_| !*rereading.borrow()) else {
                early.borrow_mut().extend(arrived);
                return;
            };
            // Redrawn also when only responses without a valid invitation arrived: they are said.
            let held_back = loaded.held_back();
            let added = loaded.take(&survey, &arrived);
            if (added > 0 || loaded.held_back() != held_back) && !*redraw_due.borrow() {
                *redraw_due.borrow_mut() = true;
                let (redraw, due) = (redraw.clone(), redraw_due.clone());
                // Replacing the last timeout (long fired) here, never inside its own callback,
                // which must not drop itself while it runs.
                *redraw_soon.borrow_mut() = Some(gloo::timers::callback::Timeout::new(REDRAW_MS, move || {
                    *due.borrow_mut() = false;
                    redraw.force_update();
                }));
            }
        })
    };
    // The facilitator's themes of the open answers, kept on this device with the survey.
    let themes = use_state({
        let id = survey.id.clone();
        move || Rc::new(ThemeBook::new(&id))
    });
    let themes_problem = use_state(|| None::<String>);
    let on_book =
        {
            let (themes, problem, texts, store_texts) =
                (themes.clone(), themes_problem.clone(), texts.clone(), store_texts.clone());
            Callback::from(move |book: ThemeBook| {
                themes.set(Rc::new(book.clone()));
                let (problem, texts, store_texts) = (problem.clone(), texts.clone(), store_texts.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match save_themes(&device::store(), &book).await {
                        Ok(()) => problem.set(None),
                        Err(error) => problem.set(Some(texts.format(
                            M::ThemesNotKept,
                            &[("reason", Arg::Text(&store_error_words(&store_texts, &error)))],
                        ))),
                    }
                });
            })
        };
    // After a big import the stored responses are read again, a batch at a time, rather than
    // handed over all at once; the figures shown stay until the new ones are ready.
    let reread = {
        let (loaded, redraw, survey, early, rereading) =
            (loaded.clone(), redraw.clone(), survey.clone(), early.clone(), rereading.clone());
        Callback::from(move |()| {
            if std::mem::replace(&mut *rereading.borrow_mut(), true) {
                return;
            }
            let (loaded, redraw, survey, early, rereading) =
                (loaded.clone(), redraw.clone(), survey.clone(), early.clone(), rereading.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut fresh = DeviceResponses::load(&device::store(), &survey).await;
                fresh.take(&survey, &early.take());
                // The old table goes before the page is drawn from the new one.
                drop(loaded.borrow_mut().replace(fresh));
                *rereading.borrow_mut() = false;
                redraw.force_update();
            });
        })
    };
    // Connected to a database, the page syncs on opening and then follows it.
    let sync = use_sync(survey.clone(), take.clone());
    let imported = {
        let (take, sync, reread) = (take.clone(), sync.clone(), reread.clone());
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
    };
    {
        let (loaded, redraw, survey, take, not_moved, early, reread) = (
            loaded.clone(),
            redraw.clone(),
            survey.clone(),
            take.clone(),
            not_moved.clone(),
            early.clone(),
            reread.clone(),
        );
        let (themes, themes_problem, texts, store_texts) =
            (themes.clone(), themes_problem.clone(), texts.clone(), store_texts.clone());
        use_effect_with((), move |_| {
            // Listening first, so that nothing announced while loading is missed.
            let listener = device::listen(move |arrival| match arrival {
                device::Arrival::Responses(arrived) => take.emit(arrived),
                device::Arrival::Many => reread.emit(()),
            });
            wasm_bindgen_futures::spawn_local(async move {
                not_moved.set(device::ready().await);
                let mut device_responses = DeviceResponses::load(&device::store(), &survey).await;
                {
                    let mut loaded = loaded.borrow_mut();
                    match loaded.as_mut() {
                        // A big import told of meanwhile was read in full first: that table is newer.
                        Some(newer) => {
                            newer.take(&survey, &early.take());
                        }
                        None => {
                            device_responses.take(&survey, &early.take());
                            *loaded = Some(device_responses);
                        }
                    }
                }
                match load_themes(&device::store(), &survey.id).await {
                    Ok(book) => themes.set(Rc::new(book)),
                    Err(error) => themes_problem.set(Some(texts.format(
                        M::ThemesUnreadable,
                        &[("reason", Arg::Text(&store_error_words(&store_texts, &error)))],
                    ))),
                }
                redraw.force_update();
            });
            move || drop(listener)
        });
    }
    {
        // Only a dashboard that owns the page writes its view into the address.
        let pairs = view.to_pairs();
        use_effect_with(pairs, move |pairs| {
            if standalone {
                platform::set_query(pairs);
            }
        });
    }
    let loaded = loaded.borrow();
    let Some(loaded) = loaded.as_ref() else {
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
    let report = Rc::new(analyse_view(&protected, &view.filter));
    let wave_labels: Vec<String> = table.waves().iter().map(|w| w.label.clone()).collect();
    let charts = Rc::new(dashboard_charts(&survey, &report, &wave_labels, &view, &props.language, &texts));
    let groups = group_choices(&survey, &report, &props.language, &texts);
    let partners = partner_choices(&survey, &report, &props.language);
    let dispatch = {
        let view = view.clone();
        Callback::from(move |action: DashboardAction| view.dispatch(action))
    };
    let title = survey.title.get(&props.language, &survey.default_language).to_owned();
    let said = what_people_said(&protected, &view.filter);
    let question_of =
        |item: &str| survey.item(item).map(|item| item.label.get(&props.language, &survey.default_language).to_owned());
    // Each open question's themes, counted in this view once, for a chart after its answers (not
    // on slides, which never show themes).
    let counted: Rc<Vec<CountedThemes>> = if view.slide.is_some() {
        Rc::default()
    } else {
        Rc::new(
            said.iter()
                .flatten()
                .filter(|list| !themes.themes(&list.item).is_empty())
                .filter_map(|list| {
                    let counts = theme_counts(&protected, &view.filter, &list.item, themes.themes(&list.item))?;
                    Some((list.item.clone(), question_of(&list.item)?, counts, list.answers.len()))
                })
                .collect(),
        )
    };
    let theme_charts = Rc::new(theme_charts_of(&survey, &report, &props.language, &counted, &texts));
    // The figures CSV keeps English headings whatever the language shown, so that what reads it
    // finds the same columns (the survey's labels are in the language shown): in another
    // language its charts are made again in English, when it is asked for.
    let translated = texts.language() != "en";
    let csv = {
        let (charts, report, survey, language, theme_charts) =
            (charts.clone(), report.clone(), survey.clone(), props.language.clone(), theme_charts.clone());
        let (waves, view) = (wave_labels.clone(), (*view).clone());
        Callback::from(move |_: MouseEvent| {
            let english_texts = Texts::english();
            let (english_charts, english_themes);
            let (charts, theme_charts) = if translated {
                english_charts = dashboard_charts(&survey, &report, &waves, &view, &language, &english_texts);
                english_themes = theme_charts_of(&survey, &report, &language, &counted, &english_texts);
                (&english_charts[..], &english_themes[..])
            } else {
                (&charts[..], &theme_charts[..])
            };
            let mut tables = all_tables(&survey, &report, charts, &language, &english_texts);
            tables.extend(theme_charts.iter().map(|(_, chart)| chart.table.clone()));
            let csv = figures_csv(&tables);
            platform::download("partnership-pulse-figures.csv", "text/csv", &csv);
        })
    };
    let present = dispatch.reform(|_: MouseEvent| DashboardAction::Present(0));
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let count = match report.counts.total {
        Figure::Shown(total) => AttrValue::from(total.to_string()),
        Figure::Suppressed => AttrValue::from(texts.format(M::FewerThan, &[("threshold", report.shown_from.into())])),
    };
    // The sections below the first screen, for its contents: each chart, then each open question.
    let contents: Vec<(String, String)> = charts
        .iter()
        .map(|chart| (format!("chart-{}", chart.id.slug()), chart.title.clone()))
        .chain(said.iter().flatten().filter_map(|list| {
            let question = question_of(&list.item)?;
            Some((
                format!("said-{}-title", list.item),
                texts.format(M::WhatPeopleSaidAbout, &[("question", Arg::Text(&question))]),
            ))
        }))
        .collect();
    let has_open_questions = said.as_ref().is_some_and(|lists| !lists.is_empty());
    let filtered = !(view.filter.waves.is_empty() && view.filter.groups.is_empty() && view.filter.partners.is_empty());
    let empty = EmptyState::of(table.len(), filtered, &report.counts.total);
    let empty_html = |state: &EmptyState| {
        let (why, steps) = state.explanation(report.shown_from, &texts);
        html! {
            <section class="pp-empty" aria-labelledby={host.id("empty-title")}>
                <h2 id={host.id("empty-title")}>{ state.heading(report.shown_from, &texts) }</h2>
                <p>{ why }</p>
                if !steps.is_empty() {
                    <ol>{ for steps.into_iter().map(|step| html! { <li>{ step }</li> }) }</ol>
                }
            </section>
        }
    };
    // Nothing at all to show (none yet, or too few): one message first, and no filters or charts.
    // One tree either way, so the panels keep their state (an import's report) when figures appear.
    let nothing = matches!(empty, Some(EmptyState::NoneYet | EmptyState::TooFew { .. }));
    if let Some(slide) = view.slide {
        let shown_said = if view.said_in_presentation { said.unwrap_or_default() } else { Vec::new() };
        return html! {
            <Presentation charts={charts} slide={slide} dispatch={dispatch} sync={sync.clone()} count={count.clone()}
                said={Rc::new(shown_said)} survey={survey.clone()} language={props.language.clone()} />
        };
    }
    html! {
        <main class="pp-main pp-dashboard">
            <h1>{ texts.get(M::Dashboard) }</h1>
            <p class="pp-lead">{ title }</p>
            { language_picker }
            if let Some(error) = &*not_moved {
                <p class="pp-alert" role="alert">{ store_error_words(&store_texts, error) }</p>
            }
            if let Some(problem) = &*themes_problem {
                <p class="pp-alert" role="alert">{ problem.clone() }</p>
            }
            if let Some(error) = &loaded.store_error {
                <p class="pp-alert" role="alert">{ store_error_words(&store_texts, error) }</p>
            }
            if !loaded.refused.is_empty() {
                <div class="pp-notice" role="status">
                    <ul>{ for left_out_notes(&loaded.refused, survey.version, &texts).into_iter().map(|note| html! { <li>{ note }</li> }) }</ul>
                </div>
            }
            if let (true, Some(state)) = (nothing, &empty) {
                { empty_html(state) }
            }
            <LiveLine sync={sync.clone()} count={count} />
            // The first screen answers "how is the partnership doing?"; the tools follow.
            if empty.is_none() {
                <AtAGlance glance={glance(&survey, &report, &props.language, &texts)} contents={contents.clone()} />
            }
            <Counts counts={report.counts.clone()} threshold={report.shown_from} groups={groups.clone()}
                partners={partners.clone()} notes={privacy_notes(&survey, &report, loaded.held_back(), &props.language, &texts)} breakdown={!nothing} />
            if !nothing {
                <Filters survey={survey.clone()} view={(*view).clone()} waves={wave_labels.clone()} groups={groups}
                    partners={partners} language={props.language.clone()} dispatch={dispatch.clone()} />
            }
            <div class="pp-nav pp-toolbar">
                // A facilitator may put the projector up before anyone has answered: the figures
                // fill in as responses arrive.
                <button type="button" id={host.id(super::presentation::PRESENT_BUTTON)} class="pp-button pp-primary" onclick={present}>{ texts.get(M::PresentFullScreen) }</button>
                if !nothing {
                    <button type="button" class="pp-button" onclick={csv}>{ texts.get(M::DownloadFiguresCsv) }</button>
                    <button type="button" class="pp-button" onclick={print}>{ texts.get(M::PrintReport) }</button>
                }
            </div>
            if has_open_questions && !nothing {
                <div class="pp-option pp-compact">
                    <input id={host.id("said-in-presentation")} type="checkbox" checked={view.said_in_presentation}
                        onchange={dispatch.reform(|_: Event| DashboardAction::ToggleSaidInPresentation)} />
                    <label for={host.id("said-in-presentation")}>{ texts.get(M::SaidInPresentation) }</label>
                </div>
            }
            if let (false, Some(state)) = (nothing, &empty) {
                { empty_html(state) }
            }
            <TransferPanel survey={survey.clone()} on_imported={imported} />
            <SyncPanel sync={sync} />
            if empty.is_none() {
                { for charts.iter().map(|chart| html! { <ChartFigure key={chart.id.slug()} chart={chart.clone()} /> }) }
                { for said.into_iter().flatten().map(|list| {
                    let key = list.item.clone();
                    let chart = theme_charts.iter().find(|(item, _)| *item == key).map(|(_, chart)| chart.clone());
                    html! {
                        <div key={key.clone()} class="pp-said-block">
                            <WhatPeopleSaid survey={survey.clone()} list={Rc::new(list)} language={props.language.clone()}
                                book={(*themes).clone()} on_book={on_book.clone()} />
                            if let Some(chart) = chart {
                                <ChartFigure chart={chart} />
                            }
                        </div>
                    }
                }) }
            }
        </main>
    }
}
