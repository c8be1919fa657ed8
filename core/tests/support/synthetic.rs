//! Synthetic responses to the built-in instrument, for benchmarks (native and in the browser).

use pulse_core::response::{Answer, Response};
use pulse_core::sorted_map::SortedMap;
use pulse_core::survey::{ItemKind, SurveyDefinition};

/// A small deterministic generator, so every run sees the same data.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn below(&mut self, bound: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound
    }
}

/// A plausible response: groups lean differently, about 8% of answers skipped, 5% don't know.
pub fn synthetic(survey: &SurveyDefinition, index: usize, random: &mut Lcg) -> Response {
    let group = random.below(survey.groups.len() as u64) as usize;
    let mut answers = SortedMap::new();
    for item in survey.items() {
        match &item.kind {
            ItemKind::Likert => {
                let roll = random.below(100);
                if roll < 8 {
                    continue;
                }
                let value = if roll < 13 { 0 } else { (1 + random.below(4) + (group as u64 % 2)).min(5) as u8 };
                answers.insert(item.id.clone(), Answer::Scale(value));
            }
            ItemKind::MultiChoice(_) => {
                let named = (0..survey.groups.len()).filter(|_| random.below(6) == 0);
                answers.insert(item.id.clone(), Answer::Choices(named.map(|g| survey.groups[g].id.clone()).collect()));
            }
            ItemKind::PartnerMatrix { questions, .. } => {
                let rows = survey
                    .partners
                    .iter()
                    .map(|partner| {
                        let ratings = questions.iter().map(|q| (q.id.clone(), random.below(6) as u8)).collect();
                        (partner.id.clone(), ratings)
                    })
                    .collect();
                answers.insert(item.id.clone(), Answer::Matrix(rows));
            }
            _ => {}
        }
    }
    let wave = random.below(3) as usize;
    Response {
        id: format!("r{index:08}"),
        survey_id: survey.id.clone(),
        survey_version: survey.version,
        wave: ["2025 autumn", "2026 spring", "2026 autumn"][wave].to_owned(),
        group: survey.groups[group].id.clone(),
        partner: (random.below(5) > 0)
            .then(|| survey.partners[random.below(survey.partners.len() as u64) as usize].id.clone()),
        submitted: ["2025-10-01", "2026-03-01", "2026-10-01"][wave].to_owned(),
        answers,
    }
}
