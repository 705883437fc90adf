//! Restatements share their decisions. An article that tells a fact again in nearly the same
//! words (a live page's updates, a lead the body repeats) has two passages for it, and each
//! reports whatever the other reports: a passage of another article that is "same" (or
//! related) with one of them is as much so with its twin. Without this, only the twin that
//! happens to match best in wording finds its counterparts (issue 14: facts are restated two
//! or three times per article, on a live page up to a dozen).

use super::groups::Decided;
use super::score::{Vector, Vectors, dot, similarity};
use super::tuning::{MAX_TWINS, RESTATED};
use super::{PassageRef, decision};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Each passage's twins: passages of its own article that restate it.
pub type Twins = HashMap<PassageRef, Vec<PassageRef>>;

/// The decided pairs, each one also given to the twins of its passages (a twin's pair keeps
/// the better of its own probability and the one it inherits), sorted by passages as given;
/// and the twins, for the groups (`groups`).
pub fn shared(vectors: &Vectors, decided: Vec<Decided>) -> (Vec<Decided>, Twins) {
    let items = &vectors.items;
    let runs = runs(items);
    let by_passage = twins(items, &runs);
    if by_passage.is_empty() {
        return (decided, by_passage);
    }
    // Most articles restate nothing: a look-up by article rules out most pairs at once.
    let mut restating = vec![false; runs.len()];
    for p in by_passage.keys() {
        restating[p.article] = true;
    }
    let twins_of = |p: PassageRef| restating[p.article].then(|| by_passage.get(&p)).flatten();
    let mut inherited: HashMap<(PassageRef, PassageRef), f32> = HashMap::default();
    for d in decided
        .iter()
        .filter(|d| d.probability >= decision::RELATED_FLOOR)
    {
        let mut give = |x: PassageRef, twin: PassageRef| {
            let p = inherited.entry((x.min(twin), x.max(twin))).or_insert(0.0);
            *p = p.max(d.probability);
        };
        for &t in twins_of(d.a).into_iter().flatten() {
            give(d.b, t);
        }
        for &t in twins_of(d.b).into_iter().flatten() {
            give(d.a, t);
        }
    }
    let mut out = decided;
    for d in out.iter_mut() {
        if (twins_of(d.a).is_some() || twins_of(d.b).is_some())
            && let Some(p) = inherited.remove(&(d.a, d.b))
        {
            d.probability = d.probability.max(p);
        }
    }
    if inherited.is_empty() {
        return (out, by_passage);
    }
    let item = |p: PassageRef| {
        let run = &items[runs[p.article].clone()];
        run.binary_search_by_key(&p.sentence, |v| v.sentence)
            .map(|k| &run[k])
    };
    let item = |p| item(p).expect("a decided passage has a vector");
    let mut added: Vec<Decided> = inherited
        .into_iter()
        .map(|((a, b), probability)| Decided {
            a,
            b,
            similarity: similarity(item(a), item(b)),
            probability,
        })
        .collect();
    added.sort_unstable_by_key(|d| (d.a, d.b));
    (merged(out, added), by_passage)
}

/// `group` with the twins of its members that are "same" (by `same`) with every member of
/// another article, up to `per_article` passages of an article: a fact an article restates
/// has all its tellings in its group.
pub fn with_twins(
    mut group: Vec<PassageRef>,
    twins: &Twins,
    per_article: usize,
    same: impl Fn(PassageRef, PassageRef) -> bool,
) -> Vec<PassageRef> {
    let mut k = 0;
    while k < group.len() {
        for &t in twins.get(&group[k]).into_iter().flatten() {
            let own = group.iter().filter(|p| p.article == t.article).count();
            if own < per_article
                && !group.contains(&t)
                && group
                    .iter()
                    .filter(|p| p.article != t.article)
                    .all(|&p| same(p.min(t), p.max(t)))
            {
                group.push(t);
            }
        }
        k += 1;
    }
    group
}

/// Two lists of pairs sorted by passages, as one (a few added pairs need no sort of all).
fn merged(old: Vec<Decided>, added: Vec<Decided>) -> Vec<Decided> {
    let mut out = Vec::with_capacity(old.len() + added.len());
    let mut added = added.into_iter().peekable();
    for d in old {
        while let Some(a) = added.next_if(|a| (a.a, a.b) < (d.a, d.b)) {
            out.push(a);
        }
        out.push(d);
    }
    out.extend(added);
    out
}

/// Each article's passages, as the runs of items they are (items come article by article, in
/// the articles' id order, each article's in sentence order), by article index.
fn runs(items: &[Vector]) -> Vec<Range<usize>> {
    let articles = items.iter().map(|v| v.article + 1).max().unwrap_or(0);
    let mut runs = vec![0..0; articles];
    let mut start = 0;
    for k in 1..=items.len() {
        if k == items.len() || items[k].article != items[start].article {
            runs[items[start].article] = start..k;
            start = k;
        }
    }
    runs
}

/// Each passage's twins: the passages of its own article whose terms it shares nearly all of
/// (cosine of their weights at least [`RESTATED`]). Only passages with a twin are keys.
fn twins(items: &[Vector], runs: &[Range<usize>]) -> Twins {
    let terms = items
        .iter()
        .flat_map(|v| v.weights.last().map(|&(t, _)| t as usize + 1))
        .max()
        .unwrap_or(0);
    // Per thread, which passages of the article at hand hold each term (bit k: its k-th).
    let holders = crate::parallel::PerThread::new(|| vec![0u64; terms]);
    let pairs: Vec<(usize, usize)> = runs
        .par_iter()
        .flat_map_iter(|r| twins_in(items, r.clone(), &mut holders.get()))
        .collect();
    let mut twins = Twins::default();
    for (x, y) in pairs {
        let (x, y) = (items[x].passage(), items[y].passage());
        twins.entry(x).or_default().push(y);
        twins.entry(y).or_default().push(x);
    }
    twins
}

/// The twins among one article's passages (`run`), each pair once.
///
/// Only pairs that can reach the cosine are compared in full: if none of a passage's heaviest
/// terms, those holding more than `1 - RESTATED²` of its squared weight, is in the other, what
/// they share holds less than `RESTATED²` of it and their cosine is below `RESTATED`. Looking
/// for those few terms is much cheaper than comparing every pair of an article's passages.
fn twins_in(
    items: &[Vector],
    run: std::ops::Range<usize>,
    holders: &mut [u64],
) -> Vec<(usize, usize)> {
    let run_items = &items[run.clone()];
    let bit = |k: usize| 1u64 << (k % 64);
    // Each passage's heaviest terms, found once: a long article is read against each block.
    let mut by_weight = Vec::new();
    let heavy: Vec<Vec<u32>> = run_items
        .iter()
        .map(|x| {
            let mut terms = Vec::new();
            heaviest_terms(x, &mut by_weight, |t| terms.push(t));
            terms
        })
        .collect();
    // Articles of more than 64 passages (rare) are read 64 at a time against all before them.
    let mut found = Vec::new();
    // Each passage's twins so far, to stop at [`MAX_TWINS`].
    let mut count = vec![0usize; run_items.len()];
    for block in (0..run_items.len()).step_by(64) {
        let block_end = run_items.len().min(block + 64);
        let block_items = &run_items[block..block_end];
        for (k, y) in block_items.iter().enumerate() {
            for &(t, _) in &y.weights {
                holders[t as usize] |= bit(k);
            }
        }
        // a pair is found from its first passage, which comes before the block's last
        for (i, x) in run_items[..block_end].iter().enumerate() {
            if count[i] >= MAX_TWINS {
                continue;
            }
            let mut others = 0u64;
            for &t in &heavy[i] {
                others |= holders[t as usize];
            }
            while others != 0 {
                let k = others.trailing_zeros() as usize;
                others &= others - 1;
                let j = block + k;
                let room = count[i] < MAX_TWINS && count[j] < MAX_TWINS;
                if j > i && room && cosine(x, &run_items[j]) >= RESTATED {
                    found.push((run.start + i, run.start + j));
                    count[i] += 1;
                    count[j] += 1;
                }
            }
        }
        for y in block_items {
            for &(t, _) in &y.weights {
                holders[t as usize] = 0;
            }
        }
    }
    found
}

/// A passage's heaviest terms, each given to `take`: the fewest, heaviest first, holding more
/// than `1 - RESTATED²` of its squared weight (`by_weight` is scratch space).
fn heaviest_terms(x: &Vector, by_weight: &mut Vec<(u32, f32)>, mut take: impl FnMut(u32)) {
    by_weight.clear();
    by_weight.extend_from_slice(&x.weights);
    by_weight.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
    let need = (1.0 - RESTATED * RESTATED) * x.norm * x.norm;
    let mut held = 0.0;
    for &(t, w) in by_weight.iter() {
        take(t);
        held += w * w;
        if held > need {
            break;
        }
    }
}

/// The cosine of two passages' term weights.
fn cosine(a: &Vector, b: &Vector) -> f32 {
    dot(a, b).0 / (a.norm * b.norm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::score::vectors;
    use crate::corpus::{self, Corpus};

    /// Every pair of one article's passages, compared in full.
    fn all_pairs(items: &[Vector]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for i in 0..items.len() {
            for j in i + 1..items.len() {
                if items[i].article == items[j].article && cosine(&items[i], &items[j]) >= RESTATED
                {
                    out.push((i, j));
                }
            }
        }
        out
    }

    #[test]
    fn looking_for_the_heaviest_terms_finds_every_twin_comparing_all_pairs_finds() {
        let mut texts: Vec<String> = corpus::load_seeds()
            .articles
            .iter()
            .map(|a| a.text.clone())
            .collect();
        // An article of more than 64 passages restating some, so that blocks are crossed.
        let long: Vec<String> = (0..80)
            .map(|k| match k % 20 {
                3 => "Workers moved flammable propane out of the Harlow chemical depot on Thursday.".into(),
                17 => "Flammable propane was moved out of the Harlow chemical depot on Thursday.".into(),
                _ => format!("Update {k}: crews checked road {k} near the coast for new cracks in the asphalt."),
            })
            .collect();
        texts.push(long.join(" "));
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let v = vectors(
            &Corpus::from_texts(&texts),
            Default::default,
            &mut |_, _| {},
        );
        let mut found: Vec<(PassageRef, PassageRef)> = twins(&v.items, &runs(&v.items))
            .into_iter()
            .flat_map(|(x, ys)| ys.into_iter().filter(move |&y| y > x).map(move |y| (x, y)))
            .collect();
        found.sort_unstable();
        let mut expected: Vec<(PassageRef, PassageRef)> = all_pairs(&v.items)
            .into_iter()
            .map(|(i, j)| (v.items[i].passage(), v.items[j].passage()))
            .collect();
        expected.sort_unstable();
        assert!(expected.len() >= 10, "{} twins", expected.len());
        assert_eq!(found, expected);
    }

    #[test]
    fn a_sentence_repeated_many_times_keeps_a_bounded_number_of_twins() {
        // A page that repeats one line: without a bound, every copy is every other's twin.
        let page = "Crews checked the coast road for cracks. ".repeat(3 * MAX_TWINS);
        let other = "Engineers closed the coast road after finding cracks.";
        let v = vectors(
            &Corpus::from_texts(&[page.as_str(), other]),
            Default::default,
            &mut |_, _| {},
        );
        let twins = twins(&v.items, &runs(&v.items));
        assert_eq!(twins.len(), 3 * MAX_TWINS, "every copy has twins");
        assert!(twins.values().all(|t| t.len() <= MAX_TWINS));
        assert!(twins.values().any(|t| t.len() == MAX_TWINS));
    }

    fn at(article: usize, sentence: usize) -> PassageRef {
        PassageRef { article, sentence }
    }

    fn decided(a: PassageRef, b: PassageRef, probability: f32) -> Decided {
        Decided {
            a,
            b,
            similarity: 0.5,
            probability,
        }
    }

    #[test]
    fn a_twin_inherits_its_twins_decisions_and_keeps_a_better_one_of_its_own() {
        let c = Corpus::from_texts(&[
            "Workers moved flammable propane out of the Harlow chemical depot on Thursday. \
             Crews closed two roads near the coast after new cracks opened. \
             On Thursday workers moved flammable propane out of the Harlow chemical depot.",
            "Propane was moved from the chemical depot. Roads near the coast were closed. \
             The depot's owner said it would reopen next year.",
        ]);
        let v = vectors(&c, Default::default, &mut |_, _| {});
        let (first, second) = (at(0, 0), at(0, 2));
        let (moved, roads, owner) = (at(1, 0), at(1, 1), at(1, 2));
        let (out, twins) = shared(
            &v,
            vec![
                decided(first, moved, 0.6),
                decided(first, owner, 0.05),
                decided(at(0, 1), roads, 0.8),
                decided(second, moved, 0.95),
                decided(second, roads, 0.3),
            ],
        );
        assert_eq!(twins[&first], [second]);
        let p = |a, b| {
            out.iter()
                .find(|d| (d.a, d.b) == (a, b))
                .map(|d| d.probability)
        };
        // Each telling keeps the better of its own decision and its twin's.
        assert_eq!(p(first, moved), Some(0.95));
        assert_eq!(p(second, moved), Some(0.95));
        // The first telling inherits a pair it did not have.
        assert_eq!(p(first, roads), Some(0.3));
        assert!(out.is_sorted_by_key(|d| (d.a, d.b)));
        // A passage without a twin keeps its own; below the related floor nothing passes on.
        assert_eq!(p(at(0, 1), roads), Some(0.8));
        assert_eq!(p(second, owner), None);
        assert_eq!(out.len(), 6);
    }
}
