//! Parts summed into a total: when one source gives parts of a quantity ("five in hospital,
//! another 13 released") and another the total, the parts' sum is what is compared, never each
//! part as if it were the total. Sentences written for these tests.

use crossread::corpus::{Corpus, load::add_file};
use crossread::figures::{FigureSet, Verdict, analyse};

fn corpus(texts: &[&str]) -> Corpus {
    let mut c = Corpus::default();
    for (i, t) in texts.iter().enumerate() {
        let full = format!("Report number {i} on the storm\n\n{t}\n");
        add_file(&mut c, &format!("source_{i}.txt"), full.as_bytes());
    }
    c
}

fn id_of(set: &FigureSet, text: &str) -> usize {
    set.figures
        .iter()
        .find(|f| f.text == text)
        .map(|f| f.id)
        .unwrap_or_else(|| panic!("no figure {text}: {:#?}", set.figures))
}

#[test]
fn parts_joined_by_another_add_up_to_the_total_another_source_gives() {
    let set = analyse(&corpus(&[
        "The bridge collapse injured 18 people, the fire brigade said.",
        "Four people were injured and remain in hospital, while another 14 were injured and sent home.",
    ]));
    let four = id_of(&set, "Four");
    let c = set.comparison_of(four).expect("the parts are compared");
    assert_eq!(c.verdict, Verdict::Agree, "4 + 14 = 18: {c:#?}");
    assert_eq!(c.sums.len(), 1);
    assert_eq!(c.sums[0].value, 18.0);
    assert!(c.figures.contains(&id_of(&set, "14")));
    assert!(
        !set.disagree(four, id_of(&set, "18")),
        "a part is not the total"
    );
}

#[test]
fn a_sum_that_falls_short_of_the_total_is_the_conflict_and_the_timeline_shows_it() {
    let c = corpus(&[
        "The bridge collapse injured 25 people, the fire brigade said.",
        "Four people were injured and remain in hospital, while another 14 were injured and sent home.",
    ]);
    let set = analyse(&c);
    let four = id_of(&set, "Four");
    let comparison = set.comparison_of(four).expect("compared");
    assert!(comparison.conflict, "18 against 25: {comparison:#?}");
    assert!(set.disagree(four, id_of(&set, "25")));
    let row = set
        .table()
        .into_iter()
        .find(|r| r.conflict)
        .expect("a conflict row");
    let timeline = set.timeline(&c, &row);
    assert!(timeline.contains("4 + 14 = 18"), "{timeline}");
}

#[test]
fn parts_graded_by_severity_in_one_sentence_are_summed() {
    let set = analyse(&corpus(&[
        "Officials said 17 people were injured in the blast.",
        "Five people were critically injured and 12 were lightly injured in the blast.",
    ]));
    let c = set
        .comparison_of(id_of(&set, "Five"))
        .expect("the parts are compared");
    assert_eq!(c.verdict, Verdict::Agree, "5 + 12 = 17: {c:#?}");
    assert_eq!(c.sums.first().map(|s| s.value), Some(17.0));
}

#[test]
fn a_total_and_the_part_inside_it_are_never_summed() {
    for text in [
        "At least 19 people were injured, including five critically.",
        "At least 19 people were injured and five were critically injured.",
        "At least 19 people were injured, of whom another five are critically injured.",
    ] {
        let set = analyse(&corpus(&["Police said 19 people were injured.", text]));
        assert!(
            set.comparisons.iter().all(|c| c.sums.is_empty()),
            "{text}: {:#?}",
            set.comparisons
        );
        assert!(set.comparisons.iter().all(|c| !c.conflict), "{text}");
    }
}

#[test]
fn two_tolls_of_different_events_are_never_summed() {
    let set = analyse(&corpus(&[
        "The crash killed 9 people, police said.",
        "Four people were killed and another five were injured in the crash.",
    ]));
    assert!(
        set.comparisons.iter().all(|c| c.sums.is_empty()),
        "{:#?}",
        set.comparisons
    );
}

#[test]
fn a_grade_in_a_relative_clause_grades_nothing() {
    // "whose severe bleeding" describes the cases, not a severe part of them
    let set = analyse(&corpus(&[
        "The outbreak now counts 41 patients whose severe burns are blamed on the heater.",
    ]));
    let f = set.figures.iter().find(|f| f.text == "41").expect("41");
    assert_eq!(f.what.scope, None);
    // right after the count, the grade still names a part
    let set = analyse(&corpus(&[
        "Five people severely injured were flown to the capital.",
    ]));
    let f = set.figures.iter().find(|f| f.text == "Five").expect("Five");
    assert_eq!(f.what.scope, Some(crossread::figures::Scope::Part));
}
