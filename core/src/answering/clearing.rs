//! What "Clear answer" leaves of an answer when one partner of a matrix is on the screen.

use crate::response::Answer;
use crate::sorted_map::SortedMap;

/// With one partner of a matrix on the screen, "Clear answer" clears that partner's ratings
/// only: whether `answer` holds any of `partner`'s, and the answer without them. `None` when
/// `answer` is not a matrix's (then the whole answer is cleared).
pub fn clear_partner(answer: &Answer, partner: &str) -> Option<(bool, Answer)> {
    let Answer::Matrix(rows) = answer else { return None };
    let answered = rows.get(partner).is_some_and(|ratings| !ratings.is_empty());
    // The other partners' rows, through the entry API the ratings already use: a `remove` would
    // bring the map's whole removal code into the survey page (about 3 KB).
    let mut kept = SortedMap::new();
    for (id, ratings) in rows.iter().filter(|(id, _)| *id != partner) {
        kept.entry(id.clone()).or_insert_with(|| ratings.clone());
    }
    Some((answered, Answer::Matrix(kept)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix(rows: &[(&str, &[(&str, u8)])]) -> Answer {
        Answer::Matrix(
            rows.iter()
                .map(|(partner, ratings)| {
                    (partner.to_string(), ratings.iter().map(|(q, v)| (q.to_string(), *v)).collect())
                })
                .collect(),
        )
    }

    #[test]
    fn one_partners_ratings_go_and_the_others_stay() {
        // council rated gain 4 and contribution 2, university gain 5: clearing council leaves
        // university's one rating; council was answered.
        let answer = matrix(&[("council", &[("gain", 4), ("contribution", 2)]), ("university", &[("gain", 5)])]);
        assert_eq!(clear_partner(&answer, "council"), Some((true, matrix(&[("university", &[("gain", 5)])]))));
    }

    #[test]
    fn a_partner_without_ratings_is_not_answered_and_nothing_else_changes() {
        // nhs-trust has an empty row and carers-network none: neither counts as answered, and
        // clearing either keeps council's rating (an empty row goes with its partner).
        let answer = matrix(&[("council", &[("gain", 3)]), ("nhs-trust", &[])]);
        assert_eq!(clear_partner(&answer, "nhs-trust"), Some((false, matrix(&[("council", &[("gain", 3)])]))));
        assert_eq!(clear_partner(&answer, "carers-network").map(|(answered, _)| answered), Some(false));
        assert_eq!(clear_partner(&answer, "carers-network").map(|(_, rest)| rest), Some(answer));
    }

    #[test]
    fn an_answer_that_is_not_a_matrix_is_not_cleared_by_partner() {
        assert_eq!(clear_partner(&Answer::Scale(3), "council"), None);
        assert_eq!(clear_partner(&Answer::Text("council".into()), "council"), None);
    }
}
