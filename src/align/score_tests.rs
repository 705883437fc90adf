//! Tests of `score`: similarity of sentence vectors.

use super::*;

fn corpus(texts: &[&str]) -> Corpus {
    Corpus::from_texts(texts)
}

fn sim_of(c: &Corpus, a: (usize, usize), b: (usize, usize)) -> f32 {
    let v = vectors(c, Default::default, &mut |_, _| {});
    let find = |(art, s): (usize, usize)| {
        v.items
            .iter()
            .find(|x| x.article == art && x.sentence == s)
            .expect("content sentence")
    };
    similarity(find(a), find(b))
}

#[test]
fn a_paraphrase_scores_above_a_topical_neighbour() {
    let c = corpus(&[
        "Protests spread across the country on Monday. Twelve police officers were killed in the capital.",
        "Protests spread across the country on Monday. In the capital 12 police officers died, officials said.",
    ]);
    let same_fact = sim_of(&c, (0, 1), (1, 1));
    let topical = sim_of(&c, (0, 1), (1, 0));
    assert!(same_fact > topical, "{same_fact} vs {topical}");
}

#[test]
fn one_shared_word_is_not_a_match() {
    let c = corpus(&[
        "The protests began in the west of the country.",
        "The airport closed after the protests yesterday evening.",
    ]);
    assert_eq!(sim_of(&c, (0, 0), (1, 0)), 0.0);
}

#[test]
fn a_sentence_about_another_year_scores_lower() {
    let c = corpus(&[
        "A strong earthquake killed 41 people in the province of Van on Sunday.",
        // Both say more than the first: one about cattle, one about another year.
        "An earthquake in the province of Van killed 604 people and 2500 cattle.",
        "An earthquake in the province of Van killed 604 people in 2011.",
    ]);
    let same_event = sim_of(&c, (0, 0), (1, 0));
    let past_event = sim_of(&c, (0, 0), (2, 0));
    assert!(same_event > past_event, "{same_event} vs {past_event}");
}

#[test]
fn a_spread_sentence_scores_every_other_bit_for_bit_as_the_merge_does() {
    let c = crate::corpus::load_seeds();
    let v = vectors(&c, Default::default, &mut |_, _| {});
    let mut spread = Spread::new(&v);
    let mut nonzero = 0;
    for a in v.items.iter().step_by(7) {
        spread.set(a);
        for b in &v.items {
            let merged = similarity(a, b);
            assert_eq!(spread.similarity(a, b).to_bits(), merged.to_bits());
            nonzero += usize::from(merged > 0.0);
        }
        spread.clear(a);
    }
    assert!(nonzero > 100, "{nonzero} pairs with a score");
}

#[test]
fn transliterated_names_add_evidence() {
    let c = corpus(&[
        "Activist Darkhan Charipov demanded fair elections and real reform.",
        "Activist Darkhan Sharipov demanded fair elections and real reform.",
        "Activist Darkhan Nurlanov demanded fair elections and real reform.",
    ]);
    assert!(sim_of(&c, (0, 0), (1, 0)) > sim_of(&c, (0, 0), (2, 0)));
}
