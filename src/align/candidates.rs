//! Candidate pairs: an inverted index over terms proposes, for each sentence, the sentences
//! of other articles that share its rarer terms (never all pairs); the best few are scored
//! in full, on all cores, and those above a floor are returned.

use super::Progress;
use super::score::{Spread, Vector, Vectors};
use super::tuning::{CANDIDATES, COMMON_SHARE, MAX_POSTINGS};
use rayon::prelude::*;
use std::collections::BinaryHeap;
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
    let mut report = |done| {
        progress(Progress {
            done,
            total: n.max(1),
            phase: "aligning",
        })
    };
    // Making the postings is the start of aligning (half a second on 10,000 articles).
    report(0);
    let cap = ((n as f32 * COMMON_SHARE) as u32).clamp(20, MAX_POSTINGS);
    // Each sentence's article's run of items (they come grouped by article): the scan adds up
    // every posting, its own article's too, and leaves those out only when ranking (a check
    // of the article for every posting was a third of the scan on 1,000 articles).
    let runs = article_runs(items);
    // Sentences with the same weights (syndicated copies) add up the same partial scores: they
    // are added up once for all of them, and each picks its own best from them (on 1,000
    // generated articles, a third of the sentences are such copies: 1% of the run's
    // instructions). They are found while the postings are made on one core (found after
    // them, they took 4 ms more with a core idle).
    let (postings, twins) = rayon::join(|| Postings::new(vectors, cap), || same_weights(items));
    let best = crate::parallel::counted(&mut report, |done| {
        scan(vectors, &postings, &runs, floor, &twins, done)
    });
    let candidates = best.iter().map(|(_, scored)| scored).sum();
    // Each pair once, scored as its first sentence scored it when both picked the other (the
    // two scorings may differ in the last bit). The scorings are put in rows by the pair's
    // first sentence and each row is sorted on its own, on all cores (sorting them all at
    // once was a twentieth of the scan on 1,000 articles): a pair's scoring from its second
    // sentence sorts after the first's, and the first of each pair is kept.
    let mut row_start = vec![0usize; n + 1];
    for (i, (picks, _)) in best.iter().enumerate() {
        for &(j, _) in picks {
            row_start[i.min(j) + 1] += 1;
        }
    }
    for i in 0..n {
        row_start[i + 1] += row_start[i];
    }
    let mut fill = row_start.clone();
    let mut scorings = vec![(0usize, false, 0.0f32); row_start[n]];
    for (i, (picks, _)) in best.iter().enumerate() {
        for &(j, s) in picks {
            let row = i.min(j);
            scorings[fill[row]] = (i.max(j), j < i, s);
            fill[row] += 1;
        }
    }
    crate::parallel::for_each_run(&mut scorings, &row_start, |row| {
        row.sort_unstable_by_key(|&(j, from_second, _)| (j, from_second))
    });
    let mut pairs: Vec<(usize, usize, f32)> = Vec::with_capacity(scorings.len());
    for i in 0..n {
        for &(j, _, s) in &scorings[row_start[i]..row_start[i + 1]] {
            if pairs.last().is_none_or(|last| (last.0, last.1) != (i, j)) {
                pairs.push((i, j, s));
            }
        }
    }
    (pairs, candidates)
}

/// The inverted index: for each term found in at most `cap` sentences, those sentences in
/// order, each with its normalised weight (so scoring needs no look-ups), in one flat table
/// (a list per term, grown as it filled, was a twentieth of the scan on 1,000 articles).
struct Postings {
    /// Term `t`'s postings are `entries[start[t]..start[t + 1]]`.
    start: Vec<usize>,
    entries: Vec<(u32, f32)>,
}

impl Postings {
    fn new(vectors: &Vectors, cap: u32) -> Postings {
        // A term's document frequency is its number of postings: a sentence has a term once.
        let listed = |t: usize| vectors.df[t] <= cap;
        let mut start = Vec::with_capacity(vectors.df.len() + 1);
        start.push(0);
        for (t, &df) in vectors.df.iter().enumerate() {
            let len = if listed(t) { df as usize } else { 0 };
            start.push(start[t] + len);
        }
        let mut fill = start.clone();
        let mut entries = vec![(0u32, 0.0f32); start[vectors.df.len()]];
        for (i, v) in vectors.items.iter().enumerate() {
            for &(t, w) in &v.weights {
                if listed(t as usize) {
                    entries[fill[t as usize]] = (i as u32, w / v.norm);
                    fill[t as usize] += 1;
                }
            }
        }
        Postings { start, entries }
    }

    fn of(&self, t: u32) -> &[(u32, f32)] {
        &self.entries[self.start[t as usize]..self.start[t as usize + 1]]
    }
}

/// A worker's scratch for [`best_candidates`], reused from sentence to sentence.
struct Scratch<'a> {
    /// A partial score per sentence: all zeros between sentences.
    partial: &'a mut [f32],
    /// The sentences with a partial score.
    touched: &'a mut Vec<u32>,
    /// The best touched sentences so far as [`rank_key`]s, the worst on top.
    ranked: &'a mut BinaryHeap<u64>,
    /// The sentence's own weights, to score its candidates.
    spread: &'a mut Spread,
}

/// A sentence's best candidates with their scores, and how many were scored.
type Picks = (Vec<(usize, f32)>, usize);

/// Each sentence's best candidates and how many were scored ([`best_candidates`]), in item
/// order; the partial scores are added up once for each group of `twins` (sentences with the
/// same weights), on all cores. `done` counts the sentences.
fn scan(
    vectors: &Vectors,
    postings: &Postings,
    runs: &[std::ops::Range<u32>],
    floor: f32,
    twins: &[Vec<u32>],
    done: &AtomicUsize,
) -> Vec<Picks> {
    let items = &vectors.items;
    // Each thread keeps its own scratch (a partial score per sentence and the list it
    // touched): made per rayon job, it was a tenth of the scan on 1,000 articles, zeroing
    // pages.
    let scratch = crate::parallel::PerThread::new(|| {
        (
            vec![0.0f32; items.len()],
            Vec::<u32>::new(),
            BinaryHeap::<u64>::with_capacity(CANDIDATES),
            Spread::new(vectors),
        )
    });
    let per_twins: Vec<Vec<Picks>> = twins
        .par_iter()
        .with_min_len(64)
        .with_max_len(crate::parallel::job_len(twins.len()).max(64))
        .map_init(
            || scratch.get(),
            |held, members| {
                let (partial, touched, ranked, spread) = &mut **held;
                add_up(&items[members[0] as usize], postings, partial, touched);
                let picks = members
                    .iter()
                    .enumerate()
                    .map(|(k, &i)| {
                        let scratch = Scratch {
                            partial,
                            touched,
                            ranked,
                            spread,
                        };
                        let last = k + 1 == members.len();
                        let i = i as usize;
                        best_candidates(i, items, runs[i].clone(), floor, scratch, last)
                    })
                    .collect();
                done.fetch_add(members.len(), Ordering::Relaxed);
                picks
            },
        )
        .collect();
    let mut best = vec![(Vec::new(), 0); items.len()];
    for (members, picks) in twins.iter().zip(per_twins) {
        for (&i, picked) in members.iter().zip(picks) {
            best[i as usize] = picked;
        }
    }
    best
}

/// Sentences grouped by their weights, each group once, in order of its first sentence: the
/// members of a group have the same partial scores. The weights are hashed on all cores and
/// compared only when their hashes meet (a copy of each sentence's weights as a key, in line,
/// took 7-9 ms on 1,000 articles with the other core idle).
fn same_weights(items: &[Vector]) -> Vec<Vec<u32>> {
    use std::hash::Hasher;
    let hashes: Vec<u64> = items
        .par_iter()
        .map(|v| {
            let mut h = rustc_hash::FxHasher::default();
            for &(t, w) in &v.weights {
                h.write_u32(t);
                h.write_u32(w.to_bits());
            }
            h.finish()
        })
        .collect();
    let same = |a: &Vector, b: &Vector| {
        a.weights.len() == b.weights.len()
            && (a.weights.iter().zip(&b.weights))
                .all(|(x, y)| x.0 == y.0 && x.1.to_bits() == y.1.to_bits())
    };
    // Each hash's latest group, and each group's previous group of the same hash (hashes of
    // different weights may meet).
    let mut latest: rustc_hash::FxHashMap<u64, u32> = Default::default();
    let mut previous: Vec<u32> = Vec::new();
    let mut groups: Vec<Vec<u32>> = Vec::new();
    for (i, (v, &h)) in items.iter().zip(&hashes).enumerate() {
        let mut g = latest.get(&h).copied().unwrap_or(u32::MAX);
        while g != u32::MAX && !same(&items[groups[g as usize][0] as usize], v) {
            g = previous[g as usize];
        }
        if g == u32::MAX {
            g = groups.len() as u32;
            previous.push(latest.insert(h, g).unwrap_or(u32::MAX));
            groups.push(Vec::new());
        }
        groups[g as usize].push(i as u32);
    }
    groups
}

/// Adds up sentence `v`'s partial score with every sentence sharing a listed term, listing
/// those touched.
fn add_up(v: &Vector, postings: &Postings, partial: &mut [f32], touched: &mut Vec<u32>) {
    // The list in a local while it fills, so that storing a partial score does not make the
    // list's length be read again from memory.
    let mut list = std::mem::take(touched);
    for &(t, w) in &v.weights {
        for &(j, wj) in postings.of(t) {
            // One index (and bounds check) a posting, not two.
            let sum = &mut partial[j as usize];
            if *sum == 0.0 {
                list.push(j);
            }
            *sum += w * wj;
        }
    }
    *touched = list;
}

/// Sentence `i`'s best candidates of other articles, from the partial scores [`add_up`] made
/// for its weights, scored in full, those at least `floor`; and how many were scored. The
/// `last` sentence to pick from these partial scores zeroes them for the next.
fn best_candidates(
    i: usize,
    items: &[Vector],
    own: std::ops::Range<u32>,
    floor: f32,
    scratch: Scratch,
    last: bool,
) -> Picks {
    let Scratch {
        partial,
        touched,
        ranked,
        spread,
    } = scratch;
    let v = &items[i];
    // Only the best few are needed: the smallest keys are kept in a heap as the touched
    // sentences go by, most rejected by one comparison (a full sort of every touched sentence
    // was a fifth of the whole run on 1,000 articles, selecting from all of them a sixth of
    // the scan). Their order does not matter: pairs are sorted.
    // Once the heap is full, a score below its worst is turned away by one comparison of
    // floats, before its key is made (the keys were a sixth of the scan on 1,000 articles).
    // Each partial score is zeroed for the next sentence as it is read (a second pass over the
    // touched sentences was a tenth of the scan). Scores are positive: a sentence is touched
    // once.
    ranked.clear();
    let mut worst = f32::NEG_INFINITY;
    for &j in touched.iter() {
        let score = if last {
            std::mem::take(&mut partial[j as usize])
        } else {
            partial[j as usize]
        };
        if score < worst || own.contains(&j) {
            continue;
        }
        let key = rank_key(score, j);
        if ranked.len() < CANDIDATES {
            ranked.push(key);
            if ranked.len() == CANDIDATES {
                worst = ranked.peek().map_or(worst, |&top| score_of(top));
            }
        } else {
            match ranked.peek_mut() {
                Some(mut largest) if key < *largest => *largest = key,
                _ => continue,
            }
            worst = ranked.peek().map_or(worst, |&top| score_of(top));
        }
    }
    let scored = ranked.len();
    spread.set(v);
    let picks = ranked
        .iter()
        .map(|&key| key as u32 as usize)
        .map(|j| (j, spread.similarity(v, &items[j])))
        .filter(|&(_, s)| s >= floor)
        .collect();
    spread.clear(v);
    if last {
        touched.clear();
    }
    (picks, scored)
}

/// For each item, the range of items of its article (items of one article are consecutive).
pub(super) fn article_runs(items: &[Vector]) -> Vec<std::ops::Range<u32>> {
    let mut runs = Vec::with_capacity(items.len());
    let mut start = 0;
    while start < items.len() {
        let article = items[start].article;
        let len = items[start..]
            .iter()
            .take_while(|v| v.article == article)
            .count();
        let run = start as u32..(start + len) as u32;
        runs.extend(std::iter::repeat_n(run, len));
        start += len;
    }
    runs
}

/// A key whose ascending order is descending `score` (in `f32::total_cmp`'s order), then
/// ascending sentence `j`; `j` is its low 32 bits.
fn rank_key(score: f32, j: u32) -> u64 {
    (u64::from(descending(score)) << 32) | u64::from(j)
}

/// The score a [`rank_key`] was made from: any score below it has a larger key.
fn score_of(key: u64) -> f32 {
    let ordered = !((key >> 32) as u32);
    let bits = if ordered >> 31 == 1 {
        ordered & 0x7fff_ffff
    } else {
        !ordered
    };
    f32::from_bits(bits)
}

/// An integer whose ascending order is the descending order of `score` in `f32::total_cmp`'s
/// order: sorting by integers instead of comparing floats through look-ups.
pub(super) fn descending(score: f32) -> u32 {
    // The bits of a float made to compare as unsigned integers in `total_cmp`'s order.
    let bits = score.to_bits();
    let ordered = if bits >> 31 == 1 {
        !bits
    } else {
        bits | 0x8000_0000
    };
    !ordered
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rank_keys_order_by_score_down_then_sentence_up() {
        let scores = [
            0.5f32,
            0.25,
            -0.0,
            0.0,
            -1.5,
            f32::MAX,
            f32::MIN_POSITIVE,
            1e-30,
            0.25,
        ];
        let mut by_key: Vec<(f32, u32)> = scores.iter().zip(0..).map(|(&s, j)| (s, j)).collect();
        let mut by_cmp = by_key.clone();
        by_key.sort_by_key(|&(s, j)| rank_key(s, j));
        by_cmp.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        assert_eq!(by_key, by_cmp);
        assert_eq!(rank_key(0.5, 7) as u32, 7);
        for s in scores {
            assert_eq!(score_of(rank_key(s, 3)).to_bits(), s.to_bits());
        }
    }

    #[test]
    fn copies_picking_from_scores_added_once_pick_as_each_on_its_own() {
        // The seeds, two of them copied whole and one copied in part: copies have the same
        // weights, and each must pick as if it had added up its own scores (its own article
        // left out, the scores zeroed only after the last copy picked).
        let seeds = crate::corpus::load_seeds();
        let mut texts: Vec<&str> = seeds.articles.iter().map(|a| a.text.as_str()).collect();
        let part = &texts[2][..texts[2].len() / 2];
        texts.extend([texts[0], texts[1], part]);
        let corpus = crate::corpus::Corpus::from_texts(&texts);
        let vectors = crate::align::score::vectors(&corpus, Default::default, &mut |_, _| {});
        let items = &vectors.items;
        let postings = Postings::new(&vectors, MAX_POSTINGS);
        let runs = article_runs(items);
        let twins = same_weights(items);
        assert!(twins.iter().filter(|t| t.len() > 1).count() > 20);
        let alone: Vec<Vec<u32>> = (0..items.len() as u32).map(|i| vec![i]).collect();
        let done = AtomicUsize::new(0);
        let together = scan(&vectors, &postings, &runs, 0.0, &twins, &done);
        assert_eq!(done.load(Ordering::Relaxed), items.len());
        let one_by_one = scan(&vectors, &postings, &runs, 0.0, &alone, &done);
        assert_eq!(together, one_by_one);
        assert!(together.iter().any(|(picks, _)| !picks.is_empty()));
    }
}
