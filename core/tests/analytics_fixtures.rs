//! Hand-worked fixtures: every expected figure is computed by hand in the comments.

mod support;

use pulse_core::dashboard::advice_words;
use pulse_core::response::ResponseError;

use pulse_core::analytics::*;
use pulse_core::response::Response;
use support::*;

/// The report with k = 2: every figure is about 3 people or more (k + 1), the size of the
/// smallest groups worked out by hand below.
fn report_of(responses: &[Response]) -> Report {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, responses).expect("fixture responses fit the survey");
    analyse(&table, &Filter::default(), 2)
}

/// Group positions in the built-in survey's group order.
const UNIVERSITY: usize = 2;
const STUDENT: usize = 3;
const SERVICE_USER: usize = 4;

fn indicator<'a>(report: &'a Report, id: &str) -> &'a IndicatorFigures {
    report.indicators.iter().find(|figures| figures.indicator == id).unwrap()
}

#[test]
fn respondent_scores_follow_the_half_of_items_rule_and_ignore_dont_know() {
    // 4, 5, 4 answered of 5 (don't know and a skip are not answers): 3 ≥ 2.5 → (13/3 − 1)/4 × 100.
    close(respondent_score([4, 5, 6, 0, 4].into_iter(), 5).unwrap(), 83.333_333_333);
    // Two answered of five is fewer than half.
    assert_eq!(respondent_score([4, 5, 0, 0, 0].into_iter(), 5), None);
    // One of two is half, which is enough; strongly disagree maps to 0, strongly agree to 100.
    close(respondent_score([1, 0].into_iter(), 2).unwrap(), 0.0);
    close(respondent_score([5, 5].into_iter(), 2).unwrap(), 100.0);
}

#[test]
fn group_trust_has_the_hand_worked_mean_median_and_confidence_interval() {
    let report = report_of(&seven());
    let trust = indicator(&report, "trust");
    // U: 75, 100, 50, 83.333. Mean 308.333/4 = 77.0833. Median (75 + 83.333)/2 = 79.1667.
    // Squared deviations 4.3403 + 525.1736 + 733.5069 + 39.0625 = 1302.0833; /3 = 434.0278; sd 20.8333.
    // Half-width t(3) 3.1824 × 20.8333/√4 = 33.15 → 43.9333 .. 110.23, clipped to 100.
    let u = trust.by_group[UNIVERSITY].shown().expect("U has 4 trust scores");
    assert_eq!(u.n, 4);
    close(u.mean, 77.083_333_333);
    close(u.median, 79.166_666_667);
    close(u.sd.unwrap(), 20.833_333_333);
    let (low, high) = u.ci.unwrap();
    close(low, 77.083_333_333 - 33.15);
    close(high, 100.0);
    assert_eq!(u.band, Band::Strength);
    // S: 25, 50, 0. Mean 25, median 25, sd √((0 + 625 + 625)/2) = 25.
    // Half-width t(2) 4.3027 × 25/√3 = 62.1042 → −37.1 (clipped to 0) .. 87.1042.
    let s = trust.by_group[SERVICE_USER].shown().expect("S has 3 trust scores");
    assert_eq!((s.n, s.band), (3, Band::Concern));
    close(s.mean, 25.0);
    close(s.median, 25.0);
    let (low, high) = s.ci.unwrap();
    close(low, 0.0);
    close(high, 25.0 + 4.3027 * 25.0 / 3f64.sqrt());
    // Overall: 0, 25, 50, 50, 75, 83.333, 100 → mean 383.333/7 = 54.7619, median 50, borderline.
    let overall = trust.overall.shown().unwrap();
    assert_eq!(overall.n, 7);
    close(overall.mean, 383.333_333_333 / 7.0);
    close(overall.median, 50.0);
    assert_eq!(overall.band, Band::Borderline);
    // Groups with nobody are hidden, never shown as zero.
    assert!(trust.by_group[STUDENT].is_suppressed());
}

#[test]
fn counts_hide_a_small_partner_together_with_the_never_shown_no_partner_respondents() {
    let report = report_of(&seven());
    assert_eq!(report.counts.total, Figure::Shown(7));
    assert_eq!(report.counts.by_group[UNIVERSITY], Figure::Shown(4));
    assert_eq!(report.counts.by_group[SERVICE_USER], Figure::Shown(3));
    // Partners: university 4, carers-network 2 (under 3, hidden), no partner 1 (never shown).
    // Hidden cells hold 2 + 1 = 3 ≥ k, so the university's 4 can be shown: 7 − 4 only reveals the pooled 3.
    let partners = survey().partners.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    let at = |id: &str| partners.iter().position(|p| p == id).unwrap();
    assert_eq!(report.counts.by_partner[at("university")], Figure::Shown(4));
    assert_eq!(report.counts.by_partner[at("carers-network")], Figure::Suppressed);
}

#[test]
fn item_distributions_count_each_answer_and_dont_know() {
    let report = report_of(&seven());
    let t1 = report.items.iter().find(|item| item.item == "T1").unwrap();
    // T1: U 4, 5, 3, 4; S 2, 3, 1 → overall one each of 1, 2, 5; two each of 3 and 4.
    let overall = t1.overall.shown().unwrap();
    assert_eq!(overall.points, [1, 1, 2, 2, 1]);
    close(overall.share(4), 2.0 / 7.0);
    assert_eq!(t1.by_group[UNIVERSITY].shown().unwrap().points, [0, 0, 1, 2, 1]);
    assert_eq!(t1.by_group[SERVICE_USER].shown().unwrap().points, [1, 1, 1, 0, 0]);
    // T3: u4 said don't know, c3 strongly disagree.
    let t3 = report.items.iter().find(|item| item.item == "T3").unwrap().overall.shown().copied().unwrap();
    assert_eq!((t3.points, t3.dont_know, t3.total(), t3.scored()), ([1, 1, 2, 1, 1], 1, 7, 6));
    close(t3.dont_know_share(), 1.0 / 7.0);
}

#[test]
fn a_trust_gap_of_52_points_between_groups_is_flagged_with_a_prompt() {
    let report = report_of(&seven());
    // U 77.0833 − S 25 = 52.0833 ≥ 15.
    let gap = report.gaps.iter().find(|gap| gap.indicator == "trust").unwrap();
    assert_eq!(gap.highest.0, "university");
    assert_eq!(gap.lowest.0, "service-user-carer");
    close(gap.points, 52.083_333_333);
    assert!(gap.flagged);
    assert!(report.actions.iter().any(|action| action.trigger == Trigger::Gap { indicator: "trust".into() }
        && advice_words(action.advice).1.english().text().contains("Quality in Practice")));
}

#[test]
fn a_group_with_low_inclusion_named_by_others_is_flagged_as_marginalised() {
    let report = report_of(&seven());
    let group = |id: &str| report.marginalisation.iter().find(|g| g.group == id).unwrap();
    // S inclusion: 25, 25, 50 → 33.333; marginalisation 66.667. Everyone else (U): 75, 75, 75, 75 → 75.
    // 75 − 33.333 = 41.667 ≥ 10 → low inclusion.
    let s = group("service-user-carer");
    close(s.inclusion.shown().unwrap().mean, 100.0 / 3.0);
    close(s.marginalisation.unwrap(), 200.0 / 3.0);
    close(s.others_inclusion.unwrap(), 75.0);
    assert!(s.low_inclusion);
    // Others who answered IX: u1, u2, u3 (u4 skipped). Named S: u1, u2 → 2/3 ≥ 25%.
    let named = s.named_by_others.shown().unwrap();
    assert_eq!((named.named, named.answered), (2, 3));
    assert!(s.often_named && s.flagged());
    // U: named by c1 of c1, c2 → only 2 other answers, not more than k: hidden.
    let u = group("university");
    assert!(u.named_by_others.is_suppressed());
    assert!(!u.low_inclusion, "U's 75 is above everyone else's 33.3");
    // Students (nobody answered as one): their "others" are all 5 who answered IX; beside S's
    // others (u1-u3) that would give c1's and c2's answers away, so it is withheld.
    assert!(group("student").named_by_others.is_suppressed());
    assert!(report.actions.iter().any(|a| a.trigger == Trigger::Marginalised { group: "service-user-carer".into() }));
    assert!(!report.actions.iter().any(|a| a.trigger == Trigger::Marginalised { group: "university".into() }));
}

#[test]
fn value_for_a_partner_gives_gain_contribution_reciprocity_and_self_against_others() {
    let report = report_of(&seven());
    let value = report.value.iter().find(|v| v.partner == "university").unwrap();
    // Gain: u1 5, u2 4, u3 5, c1 3, c2 2, c3 3 → 100, 75, 100, 50, 25, 50 → 400/6 = 66.667.
    close(value.all.gain.shown().unwrap().mean, 400.0 / 6.0);
    // Contribution: u1-u3 4, 4, 4; c1 4, c2 5, c3 don't know → 75, 75, 75, 75, 100 → 80.
    let contribution = value.all.contribution.shown().unwrap();
    assert_eq!(contribution.n, 5);
    close(contribution.mean, 80.0);
    // Reciprocity = 80 − 66.667 = 13.333: seen to give more than it gets.
    close(value.reciprocity.unwrap(), 80.0 - 400.0 / 6.0);
    // Self view (u1-u3) gain 100, 75, 100 → 91.667; others (c1-c3) 50, 25, 50 → 41.667.
    close(value.self_view.gain.shown().unwrap().mean, 275.0 / 3.0);
    close(value.others_view.gain.shown().unwrap().mean, 125.0 / 3.0);
    // Contribution: the others are c1 and c2 (2 ratings: withheld), and the self view (u1-u3)
    // beside the 5 of all raters would give those two away: withheld too.
    assert!(value.self_view.contribution.is_suppressed());
    assert!(value.others_view.contribution.is_suppressed());
    // Heatmap row: gain by rater group, U 91.667 and S 41.667.
    close(value.gain_by_group[UNIVERSITY].shown().unwrap().mean, 275.0 / 3.0);
    close(value.gain_by_group[SERVICE_USER].shown().unwrap().mean, 125.0 / 3.0);
    // A partner nobody rated has no figures.
    let council = report.value.iter().find(|v| v.partner == "council").unwrap();
    assert!(council.all.gain.is_suppressed() && council.reciprocity.is_none());
}

/// Adds `count` respondents of `group`, no partner, every trust statement answered `value`.
fn add_group(responses: &mut Vec<Response>, group: &str, count: usize, value: u8) {
    for index in 0..count {
        responses.push(response(&format!("{group}-{index}"), group, None, &all(&TRUST, value)));
    }
}

#[test]
fn a_group_of_two_among_large_ones_is_left_out_and_no_large_group_is_hidden() {
    // k = 3. Trust: employer-strategic 10 × 75, university 8 × 50, student 2 × 100, voluntary 5 × 25.
    let mut responses = Vec::new();
    add_group(&mut responses, "employer-strategic", 10, 4);
    add_group(&mut responses, "university", 8, 3);
    add_group(&mut responses, "student", 2, 5);
    add_group(&mut responses, "voluntary", 5, 2);
    let report = report_of(&responses);
    let trust = indicator(&report, "trust");
    // The two students are the only group under k: pooled alone they are still 2 < 3, so they
    // are left out of every figure, totals included. Voluntary (5) stays shown: the old rule
    // hid it to protect them, while any filter showed it again.
    assert!(trust.by_group[STUDENT].is_suppressed());
    close(trust.by_group[5].shown().unwrap().mean, 25.0);
    close(trust.by_group[0].shown().unwrap().mean, 75.0);
    close(trust.by_group[UNIVERSITY].shown().unwrap().mean, 50.0);
    // Overall: (10 × 75 + 8 × 50 + 5 × 25) / 23 = 1275 / 23.
    close(trust.overall.shown().unwrap().mean, 1275.0 / 23.0);
    assert_eq!(report.counts.total, Figure::Shown(23));
    assert_eq!(report.counts.by_group[STUDENT], Figure::Suppressed);
    assert_eq!(report.counts.by_group[5], Figure::Shown(5));
    assert_eq!(report.groups.len(), 7, "no combined row: the pool is under k");
    assert!(report.pooling.pooled_groups[STUDENT] && report.pooling.responses_left_out() > 0);
    // Gaps compare the groups shown: 75 − 25 = 50.
    close(report.gaps.iter().find(|g| g.indicator == "trust").unwrap().points, 50.0);
}

#[test]
fn groups_of_three_and_two_under_k_four_are_shown_together_as_other_groups_combined() {
    // k = 4 (figures from 5 people). Trust: employer-strategic 10 × 75, university 8 × 50, student 3 × 100, voluntary 2 × 0.
    let mut responses = Vec::new();
    add_group(&mut responses, "employer-strategic", 10, 4);
    add_group(&mut responses, "university", 8, 3);
    add_group(&mut responses, "student", 3, 5);
    add_group(&mut responses, "voluntary", 2, 1);
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &responses).unwrap();
    let report = analyse(&table, &Filter::default(), 4);
    let trust = indicator(&report, "trust");
    // Students (3) and voluntary (2) each have 4 or fewer; together 5 are enough: one combined row,
    // mean (3 × 100 + 2 × 0) / 5 = 60, after the survey's seven groups.
    assert_eq!(report.groups.len(), 8);
    assert_eq!(report.groups[7], POOLED_GROUP_ID);
    let combined = trust.by_group[7].shown().unwrap();
    assert_eq!(combined.n, 5);
    close(combined.mean, 60.0);
    assert!(trust.by_group[STUDENT].is_suppressed() && trust.by_group[5].is_suppressed());
    assert_eq!(report.counts.by_group[7], Figure::Shown(5));
    // Nothing is left out: overall (750 + 400 + 300 + 0) / 23.
    close(trust.overall.shown().unwrap().mean, 1450.0 / 23.0);
    assert_eq!(report.pooling.responses_left_out(), 0);
    // A filter to the combined row shows it alone; no filter can split it.
    let only_combined = Filter { groups: vec![POOLED_GROUP_ID.into()], ..Filter::default() };
    let filtered = analyse(&table, &only_combined, 4);
    assert_eq!(filtered.counts.total, Figure::Shown(5));
    let students = Filter { groups: vec!["student".into()], ..Filter::default() };
    assert_eq!(analyse(&table, &students, 4).counts.total, Figure::Suppressed, "nobody is left as a student");
}

#[test]
fn cronbach_alpha_of_ten_complete_answers() {
    // L1: 1 2 3 4 5 1 2 3 4 5 → variance 20/9. L2: 2 2 3 4 4 1 3 3 5 5 → mean 3.2, variance 15.6/9.
    // Totals 3 4 6 8 9 2 5 6 9 10 → mean 6.2, variance 67.6/9.
    // alpha = 2/1 × (1 − 35.6/67.6) = 64/67.6 = 0.946746.
    let l1 = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
    let l2 = [2, 2, 3, 4, 4, 1, 3, 3, 5, 5];
    let responses: Vec<Response> =
        (0..10).map(|i| response(&format!("r{i}"), "student", None, &[("L1", l1[i]), ("L2", l2[i])])).collect();
    let report = report_of(&responses);
    close(indicator(&report, "leadership").alpha.unwrap(), 64.0 / 67.6);
    // Nine respondents are too few for alpha.
    assert_eq!(indicator(&report_of(&responses[..9]), "leadership").alpha, None);
}

#[test]
fn waves_are_ordered_by_date_and_changes_computed_per_group() {
    // Autumn (October) is pushed first and sorts first by name, but spring (March) came first.
    // Spring: three U respondents all 3 → 50. Autumn: three U respondents all 4 → 75. Change +25.
    let mut responses = Vec::new();
    for (wave, day, value) in [("2026 autumn", "2026-10-05", 4), ("2026 spring", "2026-03-10", 3)] {
        for index in 0..3 {
            let mut r =
                response(&format!("{}-{index}", wave.replace(' ', "-")), "university", None, &all(&TRUST, value));
            r.wave = wave.into();
            r.submitted = day.into();
            responses.push(r);
        }
    }
    let report = report_of(&responses);
    let labels: Vec<&str> = report.counts.by_wave.iter().map(|(label, _)| label.as_str()).collect();
    assert_eq!(labels, ["2026 spring", "2026 autumn"]);
    let change = report.wave_changes.iter().find(|c| c.indicator == "trust").unwrap();
    assert_eq!((change.from.as_str(), change.to.as_str()), ("2026 spring", "2026 autumn"));
    close(change.overall.unwrap(), 25.0);
    close(change.by_group[UNIVERSITY].unwrap(), 25.0);
    assert_eq!(change.by_group[STUDENT], None);
    // Filtering to one wave leaves nothing to compare.
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &responses).unwrap();
    let spring = analyse(&table, &Filter { waves: vec!["2026 spring".into()], ..Filter::default() }, 2);
    close(indicator(&spring, "trust").overall.shown().unwrap().mean, 50.0);
}

#[test]
fn filters_apply_before_aggregation() {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &seven()).unwrap();
    let only_u = analyse(&table, &Filter { groups: vec!["university".into()], ..Filter::default() }, 3);
    close(indicator(&only_u, "trust").overall.shown().unwrap().mean, 77.083_333_333);
    assert_eq!(only_u.counts.total, Figure::Shown(4));
    // Filtering by partner leaves out c3, who gave none: carers-network alone is 2 people, under k.
    let carers = analyse(&table, &Filter { partners: vec!["carers-network".into()], ..Filter::default() }, 3);
    assert_eq!(carers.counts.total, Figure::Suppressed);
    assert!(indicator(&carers, "trust").overall.is_suppressed());
}

#[test]
fn an_indicator_in_the_concern_band_gets_its_prompt() {
    // Three students all "disagree" on value: (2 − 1)/4 × 100 = 25 → concern.
    let responses: Vec<Response> =
        (0..3).map(|i| response(&format!("s{i}"), "student", None, &all(&["V1", "V2", "V3"], 2))).collect();
    let report = report_of(&responses);
    let prompt = report.actions.iter().find(|a| a.trigger == Trigger::Concern { indicator: "value".into() }).unwrap();
    assert!(advice_words(prompt.advice).0.english().text().contains("expects to gain"));
    assert!(advice_words(prompt.advice)
        .1
        .english()
        .text()
        .starts_with("Quality in Practice: advice on successful partnership working, what to try 3"));
    assert!(
        !report.actions.iter().any(|a| a.trigger == Trigger::Concern { indicator: "trust".into() }),
        "no trust data"
    );
}

#[test]
fn responses_that_do_not_fit_are_refused_with_typed_errors_and_leave_the_table_unchanged() {
    let survey = survey();
    let mut table = ResponseTable::new(&survey).unwrap();
    let good = response("a", "student", None, &[("T1", 4)]);
    table.push(&survey, &good).unwrap();
    let refuse = |edit: &dyn Fn(&mut Response), table: &mut ResponseTable| {
        let mut bad = response("b", "student", None, &[("T1", 4)]);
        edit(&mut bad);
        let error = table.push(&survey, &bad).unwrap_err();
        assert_eq!(table.len(), 1, "a refused response leaves nothing behind");
        error
    };
    assert_eq!(
        refuse(&|r| r.survey_id = "other".into(), &mut table),
        AnalyticsError::Response(ResponseError::WrongSurvey {
            response: "b".into(),
            found: "other".into(),
            expected: "partnership-pulse".into()
        })
    );
    assert_eq!(
        refuse(&|r| r.survey_version = 1, &mut table),
        AnalyticsError::Response(ResponseError::WrongVersion { response: "b".into(), found: 1, expected: 2 })
    );
    assert_eq!(refuse(&|r| r.id = "a".into(), &mut table), AnalyticsError::DuplicateResponse { response: "a".into() });
    assert_eq!(
        refuse(&|r| r.group = "alumni".into(), &mut table),
        AnalyticsError::Response(ResponseError::UnknownGroup { response: "b".into(), group: "alumni".into() })
    );
    assert_eq!(
        refuse(&|r| r.partner = Some("bank".into()), &mut table),
        AnalyticsError::Response(ResponseError::UnknownPartner { response: "b".into(), partner: "bank".into() })
    );
    assert_eq!(
        refuse(
            &|r| {
                r.answers.insert("Z9".into(), pulse_core::response::Answer::Scale(3));
            },
            &mut table
        ),
        AnalyticsError::Response(ResponseError::UnknownItem { response: "b".into(), item: "Z9".into() })
    );
    assert_eq!(
        refuse(
            &|r| {
                r.answers.insert("T2".into(), pulse_core::response::Answer::Scale(6));
            },
            &mut table
        ),
        AnalyticsError::Response(ResponseError::InvalidAnswer { response: "b".into(), item: "T2".into() })
    );
    assert_eq!(
        refuse(&|r| r.submitted = "1 Nov 2026".into(), &mut table),
        AnalyticsError::Response(ResponseError::BadDate { response: "b".into(), date: "1 Nov 2026".into() })
    );
    let bad_choice = naming(response("b", "student", None, &[]), &["aliens"]);
    assert_eq!(
        table.push(&survey, &bad_choice).unwrap_err(),
        AnalyticsError::Response(ResponseError::InvalidAnswer { response: "b".into(), item: "IX".into() })
    );
}

#[test]
fn t_quantiles_match_tables() {
    close(t_975(1), 12.7062);
    close(t_975(30), 2.0423);
    // Beyond the table: t(40) = 2.0211, t(120) = 1.9799 (standard tables, 4 d.p.).
    assert!((t_975(40) - 2.0211).abs() < 1e-4);
    assert!((t_975(120) - 1.9799).abs() < 1e-4);
}

#[test]
fn a_figure_on_a_flags_bound_is_flagged_whatever_order_it_was_summed_in() {
    use pulse_core::analytics::{at_least, Band};
    // (0.1 + 0.2) + 0.3 and 0.1 + (0.2 + 0.3) differ in their last bit: the same responses in
    // another order give a gap of 14.999999999999998 or 15.000000000000002 points.
    let (one_way, other_way) = ((0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3));
    assert_ne!(one_way, other_way);
    assert_eq!(at_least(one_way * 25.0, 15.0), at_least(other_way * 25.0, 15.0));
    assert!(at_least(14.999999999999998, 15.0), "a 15-point gap summed one way");
    assert!(!at_least(14.99, 15.0), "a real difference still counts");
    assert_eq!(Band::of(74.99999999999999), Band::Strength);
    assert_eq!(Band::of(74.9), Band::Borderline);
}

/// The combined row's "named by others" is about everyone outside it: its own members, who name
/// their own groups, are not others. k = 3. University staff (5): u0 and u1 name the students.
/// Students (2) and voluntary (2) are combined (4); all four name the students.
/// Combined row: named by 2 of the 5 others (40%), not 6 of 9.
#[test]
fn the_combined_rows_named_by_others_leaves_its_own_members_out() {
    let mut responses = Vec::new();
    for index in 0..5 {
        let named: &[&str] = if index < 2 { &["student"] } else { &[] };
        responses.push(naming(response(&format!("u{index}"), "university", None, &all(&TRUST, 3)), named));
    }
    for (group, prefix) in [("student", "s"), ("voluntary", "v")] {
        for index in 0..2 {
            responses.push(naming(response(&format!("{prefix}{index}"), group, None, &all(&TRUST, 3)), &["student"]));
        }
    }
    let table = ResponseTable::from_responses(&survey(), &responses).unwrap();
    let report = analyse(&table, &Filter::default(), 3);
    assert_eq!(report.groups.last().map(String::as_str), Some(POOLED_GROUP_ID));
    let combined = report.marginalisation.last().unwrap();
    let named = combined.named_by_others.shown().expect("5 others answered");
    assert_eq!((named.named, named.answered), (2, 5));
    // The pooled groups themselves have no figures of their own.
    let student = report.marginalisation.iter().find(|g| g.group == "student").unwrap();
    assert!(student.named_by_others.is_suppressed() && student.inclusion.is_suppressed());
}
