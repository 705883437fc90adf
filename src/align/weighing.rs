//! Every scored pair weighed: its evidence gathered, its first-pass probability, the support
//! of its neighbours (`coherence`), then its second-pass probability (`decision`).

use super::{Progress, coherence, decision, evidence, groups, score};
use rayon::prelude::*;

/// Each scored pair with its probability — its own evidence's, then weighed with its
/// neighbours' (`coherence`) — sorted by its passages; the pairs weighed are counted as they go.
pub fn decide(
    vectors: &score::Vectors,
    pairs: &[(usize, usize, f32)],
    progress: &mut dyn FnMut(Progress),
) -> Vec<groups::Decided> {
    let at = |i: usize| vectors.items[i].passage();
    let mut weighing = |done| {
        progress(Progress {
            done,
            total: pairs.len().max(1),
            phase: "weighing the evidence",
        })
    };
    // Each pair's evidence weighed as it is found, on all cores (only the weights are held).
    let found = crate::parallel::counted(&mut weighing, |done| {
        evidence::gather(vectors, pairs, done, decision::weigh)
    });
    weighing(pairs.len());
    let items = &vectors.items;
    // A question reports no fact: neither "same" itself nor support for the pairs beside it.
    let asked = |i: usize, j: usize| items[i].asks || items[j].asks;
    let first: Vec<f32> = found
        .par_iter()
        .zip(pairs)
        .map(|(w, &(i, j, _))| decision::unless_asked(w.first, asked(i, j)))
        .collect();
    let support = coherence::support(items.len(), |i| items[i].article, pairs, &first);
    let mut decided: Vec<groups::Decided> = pairs
        .par_iter()
        .zip(found.par_iter().zip(&support))
        .map(|(&(i, j, s), (e, &near))| {
            // Ordered by index, so that `similarity` can find the pair by binary search.
            let (a, b) = (at(i).min(at(j)), at(i).max(at(j)));
            groups::Decided {
                a,
                b,
                similarity: s,
                probability: decision::unless_asked(decision::second_pass(e, near), asked(i, j)),
            }
        })
        .collect();
    // Already in order when the files were given in id order (item order is id order).
    if !decided.is_sorted_by_key(|d| (d.a, d.b)) {
        rayon::slice::ParallelSliceMut::par_sort_by_key(&mut decided[..], |d| (d.a, d.b));
    }
    decided
}
