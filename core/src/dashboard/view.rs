//! What the facilitator is looking at: filters, the indicator whose items are shown, the chart
//! shown (one at a time, so the page stays a few screens long, or every chart), and the slide in
//! presentation mode. Kept in the URL so a view can be bookmarked.

use crate::analytics::Filter;

/// The dashboard's view state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DashboardView {
    /// Waves, groups and partners to include (empty = all).
    pub filter: Filter,
    /// Indicator whose statements the diverging bars show; the first when empty.
    pub indicator: String,
    /// The slide shown in presentation mode, or `None` when not presenting.
    pub slide: Option<usize>,
    /// Whether presentation mode also shows what people said (one slide per open question after
    /// the charts); off unless the facilitator turns it on, as answers in people's own words may
    /// be recognised by a room.
    pub said_in_presentation: bool,
    /// The chart shown, by its slug (`ChartId::slug`); the first when empty or not drawn.
    pub chart: String,
    /// Whether every chart is shown, one after another, instead of one at a time.
    pub every_chart: bool,
}

/// Changes to the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DashboardAction {
    ToggleWave(String),
    ToggleGroup(String),
    TogglePartner(String),
    ClearFilters,
    ChooseIndicator(String),
    /// Start presenting at a slide.
    Present(usize),
    /// Next slide, stopping at the last of `count`.
    NextSlide {
        count: usize,
    },
    PreviousSlide,
    StopPresenting,
    /// Turns what people said in presentation mode on or off.
    ToggleSaidInPresentation,
    /// Shows the chart of this slug (alone, unless every chart is shown).
    ShowChart(String),
    /// Every chart on the page (true), or one at a time (false).
    ShowEveryChart(bool),
}

fn toggle(list: &mut Vec<String>, id: String) {
    if let Some(at) = list.iter().position(|item| *item == id) {
        list.remove(at);
    } else {
        list.push(id);
    }
}

impl DashboardView {
    /// The view after `action`.
    pub fn apply(mut self, action: DashboardAction) -> DashboardView {
        match action {
            DashboardAction::ToggleWave(id) => toggle(&mut self.filter.waves, id),
            DashboardAction::ToggleGroup(id) => toggle(&mut self.filter.groups, id),
            DashboardAction::TogglePartner(id) => toggle(&mut self.filter.partners, id),
            DashboardAction::ClearFilters => self.filter = Filter::default(),
            DashboardAction::ChooseIndicator(id) => self.indicator = id,
            DashboardAction::Present(slide) => self.slide = Some(slide),
            DashboardAction::NextSlide { count } => {
                self.slide = self.slide.map(|slide| (slide + 1).min(count.saturating_sub(1)));
            }
            DashboardAction::PreviousSlide => self.slide = self.slide.map(|slide| slide.saturating_sub(1)),
            DashboardAction::StopPresenting => self.slide = None,
            DashboardAction::ToggleSaidInPresentation => self.said_in_presentation = !self.said_in_presentation,
            DashboardAction::ShowChart(slug) => self.chart = slug,
            DashboardAction::ShowEveryChart(every) => self.every_chart = every,
        }
        self
    }

    /// The view as URL query pairs (the caller encodes them).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![("mode", "dashboard".to_owned())];
        for wave in &self.filter.waves {
            pairs.push(("wave", wave.clone()));
        }
        for group in &self.filter.groups {
            pairs.push(("group", group.clone()));
        }
        for partner in &self.filter.partners {
            pairs.push(("partner", partner.clone()));
        }
        if !self.indicator.is_empty() {
            pairs.push(("indicator", self.indicator.clone()));
        }
        if let Some(slide) = self.slide {
            pairs.push(("slide", (slide + 1).to_string()));
        }
        if self.said_in_presentation {
            pairs.push(("said", "1".to_owned()));
        }
        if !self.chart.is_empty() {
            pairs.push(("chart", self.chart.clone()));
        }
        if self.every_chart {
            pairs.push(("charts", "all".to_owned()));
        }
        pairs
    }

    /// The view from URL query pairs; unknown keys and bad values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> DashboardView {
        let mut view = DashboardView::default();
        for (key, value) in pairs {
            match key {
                "wave" => view.filter.waves.push(value.to_owned()),
                "group" => view.filter.groups.push(value.to_owned()),
                "partner" => view.filter.partners.push(value.to_owned()),
                "indicator" => view.indicator = value.to_owned(),
                "slide" => view.slide = value.parse::<usize>().ok().filter(|&s| s >= 1).map(|s| s - 1),
                "said" => view.said_in_presentation = value == "1",
                "chart" => view.chart = value.to_owned(),
                "charts" => view.every_chart = value == "all",
                _ => {}
            }
        }
        view
    }

    /// Which of `charts` (their slugs, in page order) the page shows: the chart chosen, else the
    /// first; `None` when every chart is shown.
    pub fn chart_shown(&self, charts: &[&str]) -> Option<usize> {
        if self.every_chart {
            return None;
        }
        Some(charts.iter().position(|slug| *slug == self.chart).unwrap_or(0))
    }

    /// The view without what only chooses among drawn charts (which chart is shown, or every
    /// one): the key under which charts are drawn, so choosing another draws nothing again.
    pub fn drawing_key(&self) -> DashboardView {
        DashboardView { chart: String::new(), every_chart: false, ..self.clone() }
    }
}
