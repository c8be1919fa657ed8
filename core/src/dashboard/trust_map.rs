//! The trust map's chart, summary, tables and prompts.

use super::chart::{ChartId, DashboardChart, DataTable};
use super::labels::Labels;
use crate::analytics::{ActionPrompt, Figure, TrustFigure, TrustMap, MUTUAL_TRUST_FROM};
use crate::charts::{format_score, network, network_slide, NetworkLink, NetworkNode};
use crate::i18n::{Arg, DashMsg as M};

/// "67", or the words for a withheld figure.
fn mean_cell(figure: &Figure<TrustFigure>, labels: &Labels) -> String {
    figure.shown().map_or_else(|| labels.hidden.clone(), |figure| format_score(figure.mean))
}

fn raters_cell(figure: &Figure<TrustFigure>) -> String {
    figure.shown().map_or_else(String::new, |figure| figure.raters.to_string())
}

/// One sentence: mutual trust among pairs, and the least trusted link.
fn summary(map: &TrustMap, partners: &[&str], k: u32, labels: &Labels) -> String {
    let texts = labels.texts;
    let Some(&lowest) = map.least_trusted.first() else {
        return texts.format(M::TrustTooFew, &[("threshold", k.into())]);
    };
    let link = &map.links[lowest];
    let score = link.trust.shown().map_or_else(String::new, |figure| format_score(figure.mean));
    let least = texts.format(
        M::LowestTrust,
        &[("from", Arg::Text(partners[link.from])), ("to", Arg::Text(partners[link.to])), ("score", Arg::Text(&score))],
    );
    let least = ("least", Arg::Text(&least));
    let threshold = format_score(MUTUAL_TRUST_FROM);
    match map.mutual.pairs {
        0 => texts.format(M::NoPairsYet, &[least]),
        pairs => texts.format(
            M::MutualPairs,
            &[
                ("mutual", map.mutual.mutual.into()),
                ("pairs", pairs.into()),
                ("threshold", Arg::Text(&threshold)),
                least,
            ],
        ),
    }
}

/// The trust map of `map`, for the survey's `partners` (names in its order).
pub(super) fn trust_map_chart(
    map: &TrustMap,
    partners: &[&str],
    k: u32,
    labels: &Labels,
    actions: Vec<ActionPrompt>,
) -> DashboardChart {
    let texts = labels.texts;
    let summary = summary(map, partners, k, labels);
    let title = texts.get(M::TrustTitle);
    let nodes: Vec<NetworkNode> = partners
        .iter()
        .zip(&map.organisations)
        .map(|(label, organisation)| NetworkNode {
            label,
            note: texts.format(
                M::TrustedByOthers,
                &[(
                    "score",
                    Arg::Text(
                        &organisation
                            .received
                            .shown()
                            .map_or_else(|| labels.words.hidden_cell.clone(), |figure| format_score(figure.mean)),
                    ),
                )],
            ),
        })
        .collect();
    let links: Vec<NetworkLink> = map
        .links
        .iter()
        .map(|link| NetworkLink { from: link.from, to: link.to, value: link.trust.shown().map(|figure| figure.mean) })
        .collect();
    let table = DataTable {
        caption: texts.get(M::TrustCaption),
        columns: [M::ColTrusting, M::ColMeanTrust, M::ColRaters].map(|msg| texts.get(msg)).to_vec(),
        rows: map
            .links
            .iter()
            .map(|link| {
                (
                    texts.format(
                        M::Trusting,
                        &[("from", Arg::Text(partners[link.from])), ("to", Arg::Text(partners[link.to]))],
                    ),
                    vec![mean_cell(&link.trust, labels), raters_cell(&link.trust)],
                )
            })
            .collect(),
    };
    let organisations = DataTable {
        caption: texts.get(M::OrganisationsCaption),
        columns: [
            M::ColOrganisation,
            M::ColTrustReceived,
            M::ColRaters,
            M::ColTrustGiven,
            M::ColRaters,
            M::ColOwnTrust,
            M::ColRaters,
        ]
        .map(|msg| texts.get(msg))
        .to_vec(),
        rows: partners
            .iter()
            .zip(&map.organisations)
            .map(|(label, organisation)| {
                let figures = [&organisation.received, &organisation.given, &organisation.own];
                let cells =
                    figures.iter().flat_map(|figure| [mean_cell(figure, labels), raters_cell(figure)]).collect();
                (label.to_string(), cells)
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::TrustMap,
        svg: network(&title, &nodes, &links, &summary, &labels.words),
        slide: Some(network_slide(&title, &nodes, &links, &summary, &labels.words)),
        title,
        summary,
        table,
        more_tables: vec![organisations],
        actions,
    }
}
