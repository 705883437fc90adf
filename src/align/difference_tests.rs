//! The difference summary read as an analyst would: what one report says that another does
//! not, on paraphrases, near-copies, negation and attribution.

use super::*;
use crate::corpus::Corpus;

/// The differences of two passages, each the only sentence of its own article, their numbers
/// read by the figures module as the report reads them.
fn compared(left: &str, right: &str) -> Differences {
    let corpus = Corpus::from_texts(&[left, right]);
    let figures = crate::figures::analyse(&corpus);
    let side = |a: usize| -> Vec<PassageFigure> {
        let base = corpus.articles[a].sentences[0].start;
        assert_eq!(corpus.articles[a].sentence_text(0), [left, right][a]);
        figures
            .in_sentence(a, 0)
            .map(|f| (f, f.start - base..f.end - base))
            .collect()
    };
    differences(left, right, &figure_reading(&figures, &side(0), &side(1)))
}

fn marked<'a>(text: &'a str, marks: &[Mark]) -> Vec<&'a str> {
    marks.iter().map(|m| &text[m.span.clone()]).collect()
}

/// The differences of `left` against `right`, once it is checked that their summary tells
/// each of `told`.
fn telling(left: &str, right: &str, told: &[&str]) -> Differences {
    let d = compared(left, right);
    let s = d.summary();
    for t in told {
        assert!(s.contains(t), "{t:?} is not told: {s}");
    }
    d
}

#[test]
fn a_paraphrase_tells_the_toll_apart_and_folds_synonyms() {
    let left = "At least 164 people have been killed in the violence, authorities said.";
    let right = "The ministry announced that 4,404 people were detained and 40 people died.";
    let d = telling(
        left,
        right,
        &[
            "only here: 4,404",
            "source: authorities vs ministry",
            "'at least'",
        ],
    );
    assert!(!d.near_copy, "similarity {}", d.similarity);
    assert!(d.summary().starts_with("164 vs 40"), "{}", d.summary());
    // "died" is "killed" in other words, and both count people: not marked.
    let right_marked = marked(right, &d.right_marks);
    assert!(
        right_marked.contains(&"40") && right_marked.contains(&"4,404"),
        "{right_marked:?}"
    );
    assert!(
        !right_marked.contains(&"died") && !right_marked.contains(&"people"),
        "{right_marked:?}"
    );
    assert!(marked(left, &d.left_marks).contains(&"violence"));
}

#[test]
fn the_same_fact_in_other_words_has_no_difference_in_content() {
    let d = compared(
        "Police detained 20 protesters on Monday.",
        "On Monday 20 protesters were arrested by police.",
    );
    assert!(!d.near_copy);
    assert!(!d.in_substance(), "{d:?}");
    assert_eq!(d.summary(), "same content, other words");
    assert!(d.right_marks.is_empty(), "{:?}", d.right_marks);
}

#[test]
fn a_near_copy_shows_its_edits_word_for_word() {
    let left = "Rescuers had pulled 231 survivors from the water by Wednesday morning.";
    let right = "Rescuers had hauled 231 survivors from the water by Wednesday morning.";
    let d = compared(left, right);
    assert!(d.near_copy);
    assert_eq!(d.summary(), "near copy · 'pulled' → 'hauled'");
    assert_eq!(marked(right, &d.right_marks), ["hauled"]);
    assert!(!d.in_substance());
    assert_eq!(compared(left, left).summary(), "same words");
}

#[test]
fn a_near_copy_with_a_clause_moved_tells_it_moved_not_added_and_removed() {
    let left = "Officials said 164 people were killed in the unrest that began in the south of \
                the country on Monday.";
    let right = "Officials said 164 people were killed in the unrest that began on Monday in the \
                 south of the country.";
    let d = compared(left, right);
    assert!(d.near_copy);
    assert_eq!(d.summary(), "near copy · moved 'on Monday'");
    assert!(d.words.is_empty(), "{:?}", d.words);
    // words given on one side only are still added or removed, not moved
    let d = compared(
        "Rescuers had pulled 231 survivors from the water on Wednesday.",
        "Rescuers had pulled 231 survivors from the cold water on Wednesday.",
    );
    assert_eq!(d.summary(), "near copy · +'cold'");
}

#[test]
fn a_negation_present_on_one_side_only_is_told_first() {
    let d = telling(
        "The government will pay the ransom, a spokesman said.",
        "The government will not pay the ransom, a spokesman said.",
        &["'not' only here"],
    );
    assert!(d.in_substance());
    telling(
        "The company denied that the valve had failed.",
        "The valve had failed, the company said.",
        &["'denied' missing here"],
    );
}

#[test]
fn a_claim_attributed_to_another_source_is_told() {
    let d = telling(
        "Twelve officers were killed in the clashes, police said.",
        "Twelve officers were killed in the clashes, activists said.",
        &["source: police vs activists"],
    );
    assert!(d.in_substance());
    // Twelve is 12: the same number, whatever its spelling.
    let d = compared(
        "Twelve officers were killed, according to the interior ministry.",
        "12 officers died, the ministry said.",
    );
    assert!(d.numbers.is_empty() && d.sources.is_empty(), "{d:?}");
}

#[test]
fn a_hedge_on_one_side_only_is_told() {
    telling(
        "Dozens of people were reportedly killed in the city.",
        "Dozens of people were killed in the city on Thursday, officials said.",
        &["'reportedly'", "source only here: officials"],
    );
}

#[test]
fn a_number_hedged_on_one_side_only_is_told_by_its_hedge_not_as_itself_against_itself() {
    let d = telling(
        "About 3,000 people were evacuated from the valley.",
        "Police evacuated 3,000 people from the valley.",
        &["'about'"],
    );
    assert!(!d.summary().contains("3,000 vs 3,000"), "{}", d.summary());
    let d = telling(
        "At least 40 people were killed in the blast.",
        "The blast killed 52 people.",
        &["40 vs 52"],
    );
    assert!(d.summary().contains("at least"), "{}", d.summary());
}

#[test]
fn an_acronym_is_the_same_source_and_a_passive_verb_has_none() {
    let d = compared(
        "The flood was the worst in decades, the NWS said.",
        "It was the worst flood in decades, according to the National Weather Service.",
    );
    assert!(d.sources.is_empty(), "{d:?}");
    let d = compared(
        "Families were told that 21 people had died.",
        "The death toll rose to 21, officials said.",
    );
    assert!(d.sources.left.is_empty(), "{d:?}");
}

#[test]
fn numbers_whose_count_is_unknown_are_not_paired() {
    let d = telling(
        "The ferry Nusantara 3 left the port at noon.",
        "The ferry left the port at 1 p.m.",
        &["only here: 1", "missing here: 3"],
    );
    assert!(!d.summary().contains(" vs "), "{}", d.summary());
}

#[test]
fn the_letters_of_an_abbreviation_are_not_words_said() {
    let left = "It was the worst flood to hit a U.S. city in decades, the agency said.";
    let right = "It is thought to be the worst flooding of a US city in decades.";
    let s = compared(left, right).summary();
    assert!(!s.contains("'U'") && !s.contains("'S'"), "{s}");
}

#[test]
fn a_toll_of_another_population_is_not_paired_with_the_toll() {
    // Both count deaths, but one counts the guards among them: no "vs", each told on its side.
    let d = compared(
        "Over 90 people died in the clashes, officials said.",
        "Rioters shot dead seven guards in the clashes, officials said.",
    );
    assert!(!d.summary().contains(" vs "), "{}", d.summary());
    assert!(d.summary().contains("only here: seven"), "{}", d.summary());
    assert!(d.summary().contains("missing here: 90"), "{}", d.summary());
}

#[test]
fn one_duration_in_other_units_is_no_difference() {
    let d = compared(
        "On Friday the council extended the curfew for six months.",
        "A 180-day curfew extension was approved by city lawmakers.",
    );
    assert!(d.numbers.is_empty(), "{d:?}");
    assert!(
        d.right_marks.iter().all(|m| !m.number),
        "{:?}",
        d.right_marks
    );
}
