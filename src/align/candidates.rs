//! Candidate pairs: an inverted index over terms proposes, for each sentence, the sentences
//! of other articles that share its rarer terms (never all pairs); the best few are scored
//! in full, on all cores, and those above a floor are returned.

use super::Progress;
use super::score::{Vector, Vectors, similarity};
use super::tuning::{CANDIDATES, COMMON_SHARE, MAX_POSTINGS};
use rayon::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Scores each sentence's best candidates. Returns the pairs scoring at least `floor` (i < j,
/// indices into `vectors.items`) with their scores, and the number of candidates scored.
pub fn scored_pairs(
    vectors: &Vectors,
    floor: f32,
    progress: &mut dyn FnMut(Progress),
) -> (Vec<(usize, usize, f32)>, usize) {
    let items = &vectors.items;
    let n = items.len();
    let cap = ((n as f32 * COMMON_SHARE) as u32).clamp(20, MAX_POSTINGS);
    // Postings carry each sentence's normalised weight, so scoring needs no look-ups.
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vectors.df.len()];
    for (i, v) in items.iter().enumerate() {
        for &(t, w) in &v.weights {
            if vectors.df[t as usize] <= cap {
                postings[t as usize].push((i as u32, w / v.norm));
            }
        }
    }
    // Partial dot products through the index; only the best few are scored fully. Each rayon
    // job keeps its own scratch (a partial score per sentence and the list it touched).
    let done = AtomicUsize::new(0);
    let scan = || -> Vec<(Vec<(usize, f32)>, usize)> {
        (0..n)
            .into_par_iter()
            .with_min_len(64)
            .map_init(
                || (vec![0.0f32; n], Vec::<u32>::new()),
                |(partial, touched), i| {
                    let picks = best_candidates(i, items, &postings, floor, partial, touched);
                    done.fetch_add(1, Ordering::Relaxed);
                    picks
                },
            )
            .collect()
    };
    // Report progress from this thread while the pool works.
    let best = std::thread::scope(|scope| {
        let worker = scope.spawn(scan);
        while !worker.is_finished() {
            progress(Progress {
                done: done.load(Ordering::Relaxed),
                total: n.max(1),
                phase: "aligning",
            });
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        worker
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e))
    });
    let candidates = best.iter().map(|(_, scored)| scored).sum();
    let mut pairs = Vec::new();
    for (i, (picks, _)) in best.iter().enumerate() {
        for &(j, s) in picks {
            pairs.push((i.min(j), i.max(j), s));
        }
    }
    pairs.sort_by_key(|p| (p.0, p.1));
    pairs.dedup_by(|a, b| (a.0, a.1) == (b.0, b.1));
    (pairs, candidates)
}

/// Sentence `i`'s best candidates of other articles, scored in full, those at least `floor`;
/// and how many were scored. `partial` is all zeros on entry and on return.
fn best_candidates(
    i: usize,
    items: &[Vector],
    postings: &[Vec<(u32, f32)>],
    floor: f32,
    partial: &mut [f32],
    touched: &mut Vec<u32>,
) -> (Vec<(usize, f32)>, usize) {
    let v = &items[i];
    for &(t, w) in &v.weights {
        for &(j, wj) in &postings[t as usize] {
            if items[j as usize].article == v.article {
                continue;
            }
            if partial[j as usize] == 0.0 {
                touched.push(j);
            }
            partial[j as usize] += w * wj;
        }
    }
    // Only the best few are needed: select them (a full sort of every touched sentence was a
    // fifth of the whole run on 1,000 articles). Their order does not matter: pairs are sorted.
    if touched.len() > CANDIDATES {
        touched.select_nth_unstable_by(CANDIDATES - 1, |a, b| {
            partial[*b as usize]
                .total_cmp(&partial[*a as usize])
                .then(a.cmp(b))
        });
    }
    let scored = touched.len().min(CANDIDATES);
    let picks = touched[..scored]
        .iter()
        .map(|&j| (j as usize, similarity(v, &items[j as usize])))
        .filter(|&(_, s)| s >= floor)
        .collect();
    for &j in touched.iter() {
        partial[j as usize] = 0.0;
    }
    touched.clear();
    (picks, scored)
}
