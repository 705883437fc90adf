//! The decision on real-looking news: a pair is "the same fact" on its own evidence, not
//! because it is the best match available; below the decision, matches are only "related",
//! and the analyst's strictness setting moves the line.

use crossread::align::{self, PassageRef, Relation, Strictness};
use crossread::corpus::Corpus;

fn at(article: usize, sentence: usize) -> PassageRef {
    PassageRef { article, sentence }
}

/// Two reports of a bridge collapse. They share one fact (the four dead workers); the mayor's
/// promise about reopening appears in only one of them, whose best match in the other is a
/// sentence on the same topic that says something else.
fn bridge() -> Corpus {
    Corpus::from_texts(&[
        "Four workers were killed when the Elmford bridge collapsed on Tuesday morning. \
         The mayor said the bridge would reopen to traffic by the end of next year.",
        "The Elmford bridge gave way on Tuesday morning, killing four workers. \
         Engineers had warned the mayor about cracks in the bridge last spring.",
    ])
}

#[test]
fn the_shared_fact_is_the_same_and_the_topical_neighbour_is_only_related() {
    let c = bridge();
    let al = align::align(&c);
    let deaths = al.counterparts(at(0, 0));
    assert_eq!(deaths.len(), 1, "{deaths:?}");
    assert_eq!(deaths[0].passage, at(1, 0));
    assert!(deaths[0].probability >= Strictness::Balanced.threshold());
    // The reopening promise has no counterpart: it stays alone, and is single-sourced.
    assert!(
        al.counterparts(at(0, 1)).is_empty(),
        "{:?}",
        al.counterparts(at(0, 1))
    );
    assert_eq!(al.coverage(at(0, 1)), 0);
    assert!(
        al.listed(at(0, 1)).all(|(_, r)| r == Relation::Related),
        "only related passages are listed"
    );
}

#[test]
fn a_lenient_reader_sees_more_corroboration_than_a_strict_one() {
    let c = Corpus::from_texts(&[
        "Four workers were killed when the Elmford bridge collapsed on Tuesday morning. \
         The mayor said the bridge would reopen to traffic by the end of next year. \
         Police closed the roads around the river and asked drivers to avoid the area.",
        "The Elmford bridge gave way on Tuesday morning, killing four workers. \
         The mayor promised that the bridge would carry traffic again next year. \
         Roads near the river stayed closed on Wednesday while divers searched the water.",
    ]);
    let mut al = align::align(&c);
    let mut shares = Vec::new();
    for s in [
        Strictness::Lenient,
        Strictness::Balanced,
        Strictness::Strict,
    ] {
        al.set_strictness(&c, s);
        assert_eq!(al.strictness(), s);
        let same: usize = (0..3).map(|k| al.counterparts(at(0, k)).len()).sum();
        shares.push((same, al.corroborated_share(&c, 0)));
        // Every "same" pair is in a group; every group holds only "same" pairs.
        for g in &al.groups {
            for (i, &x) in g.passages.iter().enumerate() {
                for &y in &g.passages[i + 1..] {
                    if x.article != y.article {
                        assert!(al.counterparts(x).iter().any(|c| c.passage == y));
                    }
                }
            }
        }
    }
    assert!(
        shares[0].0 >= shares[1].0 && shares[1].0 >= shares[2].0,
        "{shares:?}"
    );
    assert!(shares[0].1 >= shares[2].1, "{shares:?}");
    assert!(
        shares[0].0 > shares[2].0,
        "strictness changes nothing: {shares:?}"
    );
}
