//! What "Read aloud" says for a question: its wording, its help, and its options in the order
//! they are shown, in the language being shown.

use crate::i18n::{Msg, Texts};
use crate::survey::{Item, ItemKind, LocalText, Scale, SurveyDefinition};

/// The words read aloud for `item` (for a matrix shown one partner a screen, `partner` is that
/// partner): sentences joined so that a speech engine pauses between them.
pub fn spoken_question(
    survey: &SurveyDefinition,
    item: &Item,
    partner: Option<usize>,
    language: &str,
    texts: &Texts,
) -> String {
    let text = |local: &LocalText| local.get(language, &survey.default_language).to_owned();
    let scale_words = |scale: &Scale, numbered: bool| {
        let points = scale.labels.iter().enumerate().map(|(index, label)| {
            if numbered {
                format!("{}: {}", index + 1, text(label))
            } else {
                text(label)
            }
        });
        points.chain([text(&scale.dont_know)]).collect::<Vec<_>>().join(", ")
    };
    let mut parts = vec![text(&item.label)];
    parts.extend(item.help.as_ref().map(text));
    match &item.kind {
        ItemKind::Likert => parts.push(scale_words(&survey.scales.agreement, false)),
        ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec) => {
            let mut options: Vec<String> = survey.options(spec).iter().map(|option| text(&option.label)).collect();
            if spec.prefer_not_to_say {
                options.push(texts.get(Msg::PreferNotToSay));
            }
            parts.push(options.join(", "));
        }
        ItemKind::PartnerMatrix { questions, scale } => {
            let shown =
                survey.partners.iter().enumerate().filter(|(index, _)| partner.is_none_or(|only| only == *index));
            for (_, partner) in shown {
                parts.push(text(&partner.label));
                parts.extend(questions.iter().map(|question| text(&question.label)));
            }
            parts.push(scale_words(survey.matrix_scale(*scale), true));
        }
        ItemKind::FreeText { .. } => {}
        ItemKind::FollowThrough { .. } => {
            parts.push(texts.get(Msg::FollowQuestion));
            let options: Vec<String> = super::answer_text::FOLLOW_THROUGH_ORDER
                .iter()
                .filter_map(|value| super::answer_text::follow_through_label(survey, *value, language, texts))
                .collect();
            parts.push(options.join(", "));
        }
    }
    sentences(&parts)
}

/// `parts` as sentences: a full stop after each part that does not end in one already.
fn sentences(parts: &[String]) -> String {
    let mut out = String::new();
    for part in parts.iter().map(|part| part.trim()).filter(|part| !part.is_empty()) {
        if !out.is_empty() {
            let ended = out.ends_with(['.', '?', '!', ':', '։', '؟', '।']);
            out.push_str(if ended { " " } else { ". " });
        }
        out.push_str(part);
    }
    out
}
