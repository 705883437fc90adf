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
}

/// Every pair of sentences the alignment scores at `floor` or above, with its evidence.
pub fn pair_evidence(corpus: &Corpus, floor: f32) -> Vec<PairEvidence> {
    let readings = crate::figures::read(corpus);
    let quantities = quantities::quantity_terms(corpus, &readings);
    let vectors = score::vectors(corpus, &quantities);
    let (pairs, _) = candidates::scored_pairs(&vectors, floor, &mut |_| {});
    let found = evidence::gather(&vectors, &pairs);
    let at = |i: usize| PassageRef {
        article: vectors.items[i].article,
        sentence: vectors.items[i].sentence,
    };
    pairs
        .iter()
        .zip(found)
        .map(|(&(i, j, _), evidence)| PairEvidence {
            a: at(i),
            b: at(j),
            evidence,
        })
        .collect()
}
