//! Every candidate pair with its evidence, for measuring and fitting the decision outside the
//! pipeline (`examples/pair_evidence.rs` dumps it; `decision` names the data that chose its
//! weights).

use super::{PassageRef, candidates, evidence, quantities, score};
use crate::corpus::Corpus;

/// One candidate pair with its evidence, for measuring the decision (`examples/pair_evidence.rs`).
#[derive(Clone, Debug)]
pub struct PairEvidence {
    pub a: PassageRef,
    pub b: PassageRef,
    pub evidence: evidence::Evidence,
    /// Each passage's place among its article's content sentences (0 = the first), the order
    /// the second pass (`coherence`) reads.
    pub a_order: usize,
    pub b_order: usize,
}

/// Every pair of sentences the alignment scores at `floor` or above, with its evidence.
pub fn pair_evidence(corpus: &Corpus, floor: f32) -> Vec<PairEvidence> {
    let readings = crate::figures::read(corpus);
    let quantities = || quantities::quantity_terms(corpus, &readings);
    let vectors = score::vectors(corpus, quantities, &mut |_, _| {});
    let (pairs, _) = candidates::scored_pairs(&vectors, floor, &mut |_| {});
    let found = evidence::gather(&vectors, &pairs, &Default::default(), |e| *e);
    // Items come grouped by article in reading order: a sentence's place is its distance from
    // its article's first item.
    let first_item = |i: usize| {
        let article = vectors.items[i].article;
        vectors.items[..i]
            .iter()
            .rposition(|v| v.article != article)
            .map_or(0, |k| k + 1)
    };
    let at = |i: usize| vectors.items[i].passage();
    pairs
        .iter()
        .zip(found)
        .map(|(&(i, j, _), evidence)| PairEvidence {
            a: at(i),
            b: at(j),
            evidence,
            a_order: i - first_item(i),
            b_order: j - first_item(j),
        })
        .collect()
}
