//! The trust map's chart, summary, tables and prompts.

use super::content::{ChartId, DashboardChart, DataTable};
use crate::analytics::{ActionPrompt, Figure, TrustFigure, TrustMap, MUTUAL_TRUST_FROM};
use crate::charts::{format_score, network, network_slide, NetworkLink, NetworkNode, HIDDEN};

/// "67", or [`HIDDEN`].
fn mean_cell(figure: &Figure<TrustFigure>) -> String {
    figure.shown().map_or_else(|| HIDDEN.to_owned(), |figure| format_score(figure.mean))
}

fn raters_cell(figure: &Figure<TrustFigure>) -> String {
    figure.shown().map_or_else(String::new, |figure| figure.raters.to_string())
}

/// One sentence: mutual trust among pairs, and the least trusted link.
fn summary(map: &TrustMap, partners: &[&str], k: u32) -> String {
    let Some(&lowest) = map.least_trusted.first() else {
        return format!("Fewer than {k} members of any one organisation have rated another organisation so far.");
    };
    let link = &map.links[lowest];
    let least = format!(
        "the lowest trust is from {} in {} ({} of 100)",
        partners[link.from],
        partners[link.to],
        link.trust.shown().map_or_else(String::new, |figure| format_score(figure.mean))
    );
    let threshold = format_score(MUTUAL_TRUST_FROM);
    match map.mutual.pairs {
        0 => format!("No two organisations have both rated each other yet; {least}."),
        pairs => format!(
            "{} of {pairs} pairs of organisations trust each other both ways ({threshold} or more each way); {least}.",
            map.mutual.mutual
        ),
    }
}

/// The trust map of `map`, for the survey's `partners` (names in its order).
pub(super) fn trust_map_chart(map: &TrustMap, partners: &[&str], k: u32, actions: Vec<ActionPrompt>) -> DashboardChart {
    let summary = summary(map, partners, k);
    let title = "Trust between organisations";
    let nodes: Vec<NetworkNode> = partners
        .iter()
        .zip(&map.organisations)
        .map(|(label, organisation)| NetworkNode {
            label,
            note: match organisation.received.shown() {
                Some(figure) => format!("trusted by others: {}", format_score(figure.mean)),
                None => "trusted by others: hidden".to_owned(),
            },
        })
        .collect();
    let links: Vec<NetworkLink> = map
        .links
        .iter()
        .map(|link| NetworkLink { from: link.from, to: link.to, value: link.trust.shown().map(|figure| figure.mean) })
        .collect();
    let table = DataTable {
        caption: "How far members of one organisation trust another (0-100)".into(),
        columns: ["Members of … trusting …", "Mean trust", "Raters"].map(String::from).to_vec(),
        rows: map
            .links
            .iter()
            .map(|link| {
                (
                    format!("{} trusting {}", partners[link.from], partners[link.to]),
                    vec![mean_cell(&link.trust), raters_cell(&link.trust)],
                )
            })
            .collect(),
    };
    let organisations = DataTable {
        caption:
            "Each organisation's trust: received from other organisations, given to them, and from its own members"
                .into(),
        columns: ["Organisation", "Trust received", "Raters", "Trust given", "Raters", "Own members' trust", "Raters"]
            .map(String::from)
            .to_vec(),
        rows: partners
            .iter()
            .zip(&map.organisations)
            .map(|(label, organisation)| {
                let figures = [&organisation.received, &organisation.given, &organisation.own];
                let cells = figures.iter().flat_map(|figure| [mean_cell(figure), raters_cell(figure)]).collect();
                (label.to_string(), cells)
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::TrustMap,
        title: title.into(),
        svg: network(title, &nodes, &links, &summary),
        slide: Some(network_slide(title, &nodes, &links, &summary)),
        summary,
        table,
        more_tables: vec![organisations],
        actions,
    }
}
