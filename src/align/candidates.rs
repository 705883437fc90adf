//! Candidate pairs: an inverted index over terms proposes, for each sentence, the sentences
//! of other articles that share its rarer terms (never all pairs); the best few are scored
//! in full, on all cores, and those above a floor are returned.

use super::Progress;
use super::score::{Vectors, similarity};

/// Terms in more sentences than this share of the corpus are not used to find candidates.
const COMMON_SHARE: f32 = 0.05;
/// ... and never more than this many, so the work grows linearly with the corpus.
const MAX_POSTINGS: u32 = 400;
/// Candidates per sentence that are scored fully (the best by the index's partial score).
const CANDIDATES: usize = 24;

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
    // Per sentence and other article: its best candidates (at most two).
    let workers = crate::parallel::workers();
    let chunk = n.div_ceil(workers).max(1);
    let mut best: Vec<Vec<(usize, f32)>> = Vec::with_capacity(n);
    let mut candidates = 0usize;
    let done = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let postings = &postings;
                let done = &done;
                scope.spawn(move || {
                    let range = (w * chunk).min(n)..((w + 1) * chunk).min(n);
                    let mut out = Vec::with_capacity(range.len());
                    let mut scored = 0usize;
                    // Partial dot products through the index; only the best few are scored fully.
                    let mut partial: Vec<f32> = vec![0.0; n];
                    let mut touched: Vec<u32> = Vec::new();
                    for i in range {
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
                        touched.sort_by(|&a, &b| {
                            partial[b as usize]
                                .total_cmp(&partial[a as usize])
                                .then(a.cmp(&b))
                        });
                        let seen: Vec<u32> = touched.iter().copied().take(CANDIDATES).collect();
                        for &j in &touched {
                            partial[j as usize] = 0.0;
                        }
                        touched.clear();
                        scored += seen.len();
                        let picks: Vec<(usize, f32)> = seen
                            .iter()
                            .map(|&j| (j as usize, similarity(v, &items[j as usize])))
                            .filter(|&(_, s)| s >= floor)
                            .collect();
                        out.push(picks);
                        done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    (out, scored)
                })
            })
            .collect();
        // Report progress from this thread while the workers run.
        loop {
            let d = done.load(std::sync::atomic::Ordering::Relaxed);
            progress(Progress {
                done: d,
                total: n.max(1),
                phase: "aligning",
            });
            if handles.iter().all(|h| h.is_finished()) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        for h in handles {
            if let Ok((out, scored)) = h.join() {
                best.extend(out);
                candidates += scored;
            }
        }
    });
    let mut pairs = Vec::new();
    for (i, picks) in best.iter().enumerate() {
        for &(j, s) in picks {
            pairs.push((i.min(j), i.max(j), s));
        }
    }
    pairs.sort_by_key(|p| (p.0, p.1));
    pairs.dedup_by(|a, b| (a.0, a.1) == (b.0, b.1));
    (pairs, candidates)
}
