//! A realistic workshop's responses, for the protection tests and the README's figures: 46
//! responses to the built-in survey, spread as such a partnership's are over the 7 groups, the 5
//! partner organisations (or none given) and 2 waves, with answers drawn from a fixed generator.
//!
//! | group (spring / autumn)        | council | nhs-trust | university | voluntary-forum | carers-network | none |
//! |--------------------------------|---------|-----------|------------|-----------------|----------------|------|
//! | employer-strategic (5 / 3)     | 3 / 2   | 2 / 1     |            |                 |                |      |
//! | employer-practice (6 / 3)      | 2 / 1   | 3 / 2     |            |                 |                | 1 / 0|
//! | university (6 / 4)             |         |           | 6 / 4      |                 |                |      |
//! | student (5 / 3)                |         |           | 3 / 2      |                 |                | 2 / 1|
//! | service-user-carer (3 / 2)     |         |           |            |                 | 2 / 2          | 1 / 0|
//! | voluntary (2 / 2)              |         |           |            | 2 / 2           |                |      |
//! | other (1 / 1)                  |         |           |            |                 |                | 1 / 1|

use pulse_core::response::{Answer, Response};
use pulse_core::sorted_map::SortedMap;

/// Each block: group, partner (or none), responses in spring, responses in autumn.
const BLOCKS: [(&str, Option<&str>, usize, usize); 12] = [
    ("employer-strategic", Some("council"), 3, 2),
    ("employer-strategic", Some("nhs-trust"), 2, 1),
    ("employer-practice", Some("council"), 2, 1),
    ("employer-practice", Some("nhs-trust"), 3, 2),
    ("employer-practice", None, 1, 0),
    ("university", Some("university"), 6, 4),
    ("student", Some("university"), 3, 2),
    ("student", None, 2, 1),
    ("service-user-carer", Some("carers-network"), 2, 2),
    ("service-user-carer", None, 1, 0),
    ("voluntary", Some("voluntary-forum"), 2, 2),
    ("other", None, 1, 1),
];

/// The partner organisations, in the built-in survey's order.
pub const PARTNERS: [&str; 5] = ["council", "nhs-trust", "university", "voluntary-forum", "carers-network"];
/// The waves: label and day.
pub const WAVES: [(&str, &str); 2] = [("2026 spring", "2026-03-10"), ("2026 autumn", "2026-10-12")];

const LIKERT: [&str; 22] = [
    "T1", "T2", "T3", "T4", "T5", "I1", "I2", "I3", "I4", "I5", "I6", "V1", "V2", "V3", "A1", "A2", "A3", "L1", "L2",
    "R1", "R2", "R3",
];

/// A fixed pseudo-random sequence (a linear congruential generator), so the fixture is the same
/// on every machine.
struct Draw(u64);

impl Draw {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
    /// A statement's answer: mostly 2-5, now and then 1 or "don't know" (0).
    fn answer(&mut self, lean: u64) -> u8 {
        match self.next(20) {
            0 => 0,
            1 => 1,
            roll => (2 + (roll + lean) % 4) as u8,
        }
    }
}

/// The 46 responses, in the order they might arrive (spring, then autumn).
pub fn responses() -> Vec<Response> {
    let mut draw = Draw(2026);
    let mut responses = Vec::new();
    for (wave_at, (wave, day)) in WAVES.iter().enumerate() {
        for (block, &(group, partner, spring, autumn)) in BLOCKS.iter().enumerate() {
            let count = if wave_at == 0 { spring } else { autumn };
            for index in 0..count {
                let lean = (block as u64 + wave_at as u64) % 3;
                let mut answers: SortedMap<String, Answer> =
                    LIKERT.iter().map(|item| ((*item).to_owned(), Answer::Scale(draw.answer(lean)))).collect();
                let mut trust = SortedMap::new();
                for rated in PARTNERS {
                    // Half of the members rate their own organisation too.
                    if Some(rated) != partner || draw.next(2) == 0 {
                        trust.insert(rated.to_owned(), SortedMap::from([("trust".to_owned(), draw.answer(lean))]));
                    }
                }
                answers.insert("PT".into(), Answer::Matrix(trust));
                let mut value = SortedMap::new();
                for rated in PARTNERS {
                    let ratings = [("gain", draw.answer(lean)), ("contribution", draw.answer(lean + 1))]
                        .map(|(question, value)| (question.to_owned(), value));
                    value.insert(rated.to_owned(), SortedMap::from(ratings));
                }
                answers.insert("PV".into(), Answer::Matrix(value));
                let named = match draw.next(4) {
                    0 => vec!["service-user-carer".to_owned()],
                    1 => vec!["voluntary".to_owned(), "service-user-carer".to_owned()],
                    _ => Vec::new(),
                };
                answers.insert("IX".into(), Answer::Choices(named));
                if draw.next(3) == 0 {
                    answers.insert("O1".into(), Answer::Text(format!("Idea {} from {group}", responses.len())));
                }
                responses.push(Response {
                    id: format!("{}-{group}-{}-{index}", wave.replace(' ', "-"), partner.unwrap_or("none")),
                    survey_id: "partnership-pulse".into(),
                    survey_version: 2,
                    wave: (*wave).into(),
                    group: group.into(),
                    partner: partner.map(str::to_owned),
                    submitted: (*day).into(),
                    answers,
                });
            }
        }
    }
    responses
}
