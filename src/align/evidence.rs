//! The evidence a candidate pair of sentences gives for "these two report the same fact":
//! general signals read off the two term vectors, their place among each sentence's matches
//! and where each stands in its article. The decision (`decision`) weighs them; the harness (`examples/pair_evidence.rs`)
//! dumps them so that the weights can be fitted on annotated sets.

use super::score::{Spread, TermKind, Vector, Vectors};
use rayon::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A third article vouches for a pair when both its sentences match one of its sentences at
/// least this well (the strong-pair threshold chosen on our sets before the decision existed).
const STRONG: f32 = 0.14;

/// Names of the evidence values, in the order of [`Evidence::values`].
pub const NAMES: [&str; COUNT] = [
    "similarity",
    "cosine",
    "containment",
    "rare_mass",
    "rarest",
    "shared_words",
    "shared_numbers",
    "numbers_differ",
    "shared_quantities",
    "quantity_values_differ",
    "shared_names",
    "names_differ",
    "negation_mismatch",
    "year_mismatch",
    "length_short",
    "length_long",
    "best_rank",
    "worst_rank",
    "vouched",
    "attributed_both",
    "title_either",
    "position_first",
    "position_last",
    "hubness",
];
pub const COUNT: usize = 24;

/// Pairs weighed between two moves of the shared count: an add on a line the other core holds
/// costs more than weighing some pairs.
const COUNTED_EVERY: usize = 1024;

/// The evidence of one pair, as numbers (see [`NAMES`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evidence {
    pub values: [f32; COUNT],
}

/// The evidence of every scored pair `(i, j, similarity)` (indices into `vectors.items`; sorted by
/// `(i, j)`, each pair once, as `candidates` returns them).
/// Each pair's evidence goes through `judge` as it is found: only what `judge` keeps is held.
/// `done` counts the pairs weighed, [`COUNTED_EVERY`] at a time.
pub fn gather<T: Send>(
    vectors: &Vectors,
    pairs: &[(usize, usize, f32)],
    done: &AtomicUsize,
    judge: impl Fn(&Evidence) -> T + Sync + Send,
) -> Vec<T> {
    let items = &vectors.items;
    let neighbours = Neighbours::new(items.len(), pairs);
    let ranks = ranks(items, pairs, &neighbours);
    let strong = strong_neighbours(&neighbours);
    let position = positions(items);
    let hubness = hubness(&neighbours, pairs);
    // Each term's rarity once, not two logarithms per shared word of every pair (they were a
    // tenth of weighing the evidence on 1,000 articles).
    let rarity: Vec<f32> = (0..vectors.df.len() as u32)
        .into_par_iter()
        .map(|t| vectors.rarity(t))
        .collect();
    let numbers: Vec<usize> = items
        .par_iter()
        .map(|v| {
            let kind = |t: u32| vectors.kinds[t as usize];
            v.weights
                .iter()
                .filter(|w| kind(w.0) == TermKind::Number)
                .count()
        })
        .collect();
    // Each sentence's log length once, not two logarithms per pair.
    let ln_len: Vec<f32> = items
        .par_iter()
        .map(|v| (v.weights.len() as f32).ln())
        .collect();
    // Each thread spreads its sentences over a table of all terms, kept from job to job.
    let scratch = crate::parallel::PerThread::new(|| (Spread::new(vectors), None::<usize>));
    pairs
        .par_iter()
        .enumerate()
        .with_min_len(1024)
        .with_max_len(crate::parallel::job_len(pairs.len()).max(1024))
        .map_init(
            || scratch.get(),
            |held, (k, &(i, j, s))| {
                let (spread, spread_of) = &mut **held;
                let mut values = [0.0f32; COUNT];
                let (a, b) = (&items[i], &items[j]);
                // Pairs come sorted by their first sentence: each is spread once per run.
                if *spread_of != Some(i) {
                    if let Some(last) = spread_of.take() {
                        spread.clear(&items[last]);
                    }
                    spread.set(a);
                    *spread_of = Some(i);
                }
                let mut terms = shared_terms(vectors, &rarity, spread, b);
                (terms.numbers_a, terms.numbers_b) = (numbers[i], numbers[j]);
                let smaller = a.norm.min(b.norm);
                values[0] = s;
                values[1] = (terms.dot / (a.norm * b.norm)).min(1.0);
                values[2] = (terms.dot / (smaller * smaller)).min(1.0);
                values[3] = terms.rare_mass;
                values[4] = terms.rarest;
                values[5] = terms.words as f32;
                values[6] = terms.numbers as f32;
                values[7] = flag(terms.numbers == 0 && terms.numbers_a > 0 && terms.numbers_b > 0);
                values[8] = terms.quantities as f32;
                values[9] = flag(terms.quantities > 0 && terms.numbers == 0);
                let (shared_names, differ) = names(a, b);
                values[10] = shared_names as f32;
                values[11] = flag(differ);
                values[12] = flag(a.negated != b.negated);
                values[13] = flag(
                    !a.years.is_empty()
                        && !b.years.is_empty()
                        && !a.years.iter().any(|y| b.years.contains(y)),
                );
                // The logarithm keeps order: the log of the shorter is the smaller log.
                values[14] = ln_len[i].min(ln_len[j]);
                values[15] = ln_len[i].max(ln_len[j]);
                let (ra, rb) = ranks[k];
                values[16] = 1.0 / ra.min(rb) as f32;
                values[17] = 1.0 / ra.max(rb) as f32;
                values[18] = flag(vouched(items, &strong, i, j));
                values[19] = flag(a.attributed && b.attributed);
                values[20] = flag(a.title || b.title);
                let (pa, pb) = (position[i], position[j]);
                values[21] = pa.min(pb);
                values[22] = pa.max(pb);
                values[23] = hubness[k];
                if k % COUNTED_EVERY == COUNTED_EVERY - 1 {
                    done.fetch_add(COUNTED_EVERY, Ordering::Relaxed);
                }
                judge(&Evidence { values })
            },
        )
        .collect()
}

/// Each sentence's scored pairs, in one flat table (a list per sentence, sorted by the other
/// sentence): ranks, strong neighbours and candidate counts are read off it without a map or
/// a list allocated per sentence (those were a tenth of the run on 1,000 articles).
struct Neighbours {
    /// Sentence `x`'s entries are `entries[start[x]..start[x + 1]]`.
    start: Vec<usize>,
    entries: Vec<Neighbour>,
}

#[derive(Clone, Copy, Default)]
struct Neighbour {
    other: u32,
    similarity: f32,
}

impl Neighbours {
    fn new(n: usize, pairs: &[(usize, usize, f32)]) -> Self {
        let mut start = vec![0usize; n + 1];
        for &(i, j, _) in pairs {
            start[i + 1] += 1;
            start[j + 1] += 1;
        }
        for x in 0..n {
            start[x + 1] += start[x];
        }
        let mut fill = start.clone();
        let mut entries = vec![Neighbour::default(); start[n]];
        // Pairs come sorted by (i, j), so each list fills in the other sentence's order: first
        // the pairs where it is the second sentence (smaller others), then the first.
        for &(i, j, s) in pairs {
            for (me, other) in [(i, j), (j, i)] {
                entries[fill[me]] = Neighbour {
                    other: other as u32,
                    similarity: s,
                };
                fill[me] += 1;
            }
        }
        Neighbours { start, entries }
    }

    fn of(&self, x: usize) -> &[Neighbour] {
        &self.entries[self.start[x]..self.start[x + 1]]
    }
}

/// Where each sentence stands in its article: the share of the article's content sentences
/// before it (0 = the first). Items come grouped by article, in reading order.
fn positions(items: &[Vector]) -> Vec<f32> {
    let mut out = vec![0.0; items.len()];
    let mut start = 0;
    while start < items.len() {
        let article = items[start].article;
        let end = start
            + items[start..]
                .iter()
                .take_while(|v| v.article == article)
                .count();
        let count = (end - start) as f32;
        for (rank, slot) in out[start..end].iter_mut().enumerate() {
            *slot = rank as f32 / count;
        }
        start = end;
    }
    out
}

/// For each pair, how many candidates its two sentences have (log of the product), less the
/// mean over all pairs: a sentence that matches everything is about the topic, not one fact.
/// Centred, so that a small corpus is not judged by the candidate counts of a large one.
fn hubness(neighbours: &Neighbours, pairs: &[(usize, usize, f32)]) -> Vec<f32> {
    // Each sentence's logarithm once, not two per pair.
    let ln_candidates: Vec<f32> = (0..neighbours.start.len() - 1)
        .map(|x| (neighbours.of(x).len() as f32).ln())
        .collect();
    let raw: Vec<f32> = pairs
        .par_iter()
        .map(|&(i, j, _)| ln_candidates[i] + ln_candidates[j])
        .collect();
    let mean = raw.iter().sum::<f32>() / raw.len().max(1) as f32;
    raw.into_par_iter().map(|h| h - mean).collect()
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

#[derive(Default)]
struct Shared {
    dot: f32,
    rare_mass: f32,
    rarest: f32,
    words: usize,
    numbers: usize,
    quantities: usize,
    numbers_a: usize,
    numbers_b: usize,
}

/// What sentence `b` shares with the sentence `spread` holds, term by term (in term order);
/// the counts of each one's numbers are left at 0. `rarity` is [`Vectors::rarity`] by term.
fn shared_terms(vectors: &Vectors, rarity: &[f32], spread: &Spread, b: &Vector) -> Shared {
    let mut out = Shared::default();
    for &(t, wb) in &b.weights {
        let Some(wa) = spread.weight(t) else {
            continue;
        };
        out.dot += wa * wb;
        match vectors.kinds[t as usize] {
            TermKind::Word => {
                let r = rarity[t as usize];
                out.words += 1;
                out.rare_mass += r;
                out.rarest = out.rarest.max(r);
            }
            TermKind::Number => out.numbers += 1,
            TermKind::Quantity => out.quantities += 1,
            TermKind::Year => {}
        }
    }
    out
}

/// Names both sentences give, and whether both give names but none in common (another
/// actor: "the gunman" of one is not "the rabbi" of the other).
fn names(a: &Vector, b: &Vector) -> (usize, bool) {
    let shared = a
        .names
        .iter()
        .filter(|n| b.names.iter().any(|m| m.id == n.id))
        .count();
    (
        shared,
        shared == 0 && !a.names.is_empty() && !b.names.is_empty(),
    )
}

/// For each pair, its rank (1 = best) among the matches of each of its sentences in the
/// other's article: 1 + the matches there that score higher, or the same from an earlier
/// sentence. Pairs on all cores, each read off its two sentences' lists: no shared slots to
/// fill sentence by sentence and gather afterwards (as fast, within noise, and simpler).
fn ranks(
    items: &[Vector],
    pairs: &[(usize, usize, f32)],
    neighbours: &Neighbours,
) -> Vec<(usize, usize)> {
    let runs = super::candidates::article_runs(items);
    // `other`'s rank among the matches of `me` in `other`'s article: a run of `me`'s list,
    // which is sorted by the other sentence (items come grouped by article).
    let rank = |me: usize, other: usize, similarity: f32| {
        let list = neighbours.of(me);
        let article = &runs[other];
        let from = list.partition_point(|e| e.other < article.start);
        let to = from + list[from..].partition_point(|e| e.other < article.end);
        1 + list[from..to]
            .iter()
            .filter(|f| {
                f.similarity > similarity
                    || (f.similarity == similarity && (f.other as usize) < other)
            })
            .count()
    };
    pairs
        .par_iter()
        .with_min_len(1024)
        .map(|&(i, j, s)| (rank(i, j, s), rank(j, i, s)))
        .collect()
}

/// Each sentence's partners of the pairs scoring at least [`STRONG`], sorted.
fn strong_neighbours(neighbours: &Neighbours) -> Vec<Vec<usize>> {
    (0..neighbours.start.len() - 1)
        .into_par_iter()
        .map(|x| {
            neighbours
                .of(x)
                .iter()
                .filter(|e| e.similarity >= STRONG)
                .map(|e| e.other as usize)
                .collect()
        })
        .collect()
}

/// Both sentences strongly match one sentence of a third article.
fn vouched(items: &[Vector], strong: &[Vec<usize>], i: usize, j: usize) -> bool {
    let (a, b) = (&strong[i], &strong[j]);
    let (mut x, mut y) = (0, 0);
    while x < a.len() && y < b.len() {
        match a[x].cmp(&b[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                let third = items[a[x]].article;
                if third != items[i].article && third != items[j].article {
                    return true;
                }
                x += 1;
                y += 1;
            }
        }
    }
    false
}
