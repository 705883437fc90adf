//! From decided pairs to N-way groups and each passage's counterparts.
//!
//! A pair is "same" when its probability (`decision`) reaches the strictness in force, on its
//! own evidence. Groups are facts, not a partition of sentences: each holds passages that are
//! all "same" with one another across articles, so a sentence that states two facts sits in
//! two groups, and an article that states a fact twice (headline, lead, body) has up to
//! [`PER_ARTICLE`] passages in its group: those it restates in nearly the same words join the
//! group of their twin (`restated`). Every "same" pair is in at least one group, but for a
//! passage that repeats an earlier one of its own article word for word (a page that printed a
//! paragraph twice, a scrape that caught it twice): its first copy stands for it, so a group
//! never lists one sentence of one article twice. Its counterparts stay listed (`listed`).

use super::candidates::descending;
use super::cliques::{Edge, Graph, grow_all};
use super::decision::Strictness;
use super::restated::{Twins, with_twins};
use super::tuning::PER_ARTICLE;
use super::{Group, PassageRef};
use crate::corpus::Corpus;
use rayon::prelude::*;

/// A decided pair: its two passages (a < b), similarity and probability.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decided {
    pub a: PassageRef,
    pub b: PassageRef,
    pub similarity: f32,
    pub probability: f32,
}

/// Where a pair stands among the "same" pairs: its probability as [`descending`], then its
/// passages each as its article's place in id order (high half) and sentence (low half): one
/// integer each, so the pairs sort as two thirds of the bytes of a tuple of pairs.
type Order = (u32, u64, u64);

/// The groups of the pairs that are "same" at `strictness`: cliques, most probable pair first,
/// until every such pair is in one. `done` counts the "same" pairs behind as it goes.
pub fn build(
    corpus: &Corpus,
    pairs: &[Decided],
    twins: &Twins,
    strictness: Strictness,
    done: &std::sync::atomic::AtomicUsize,
) -> Vec<Group> {
    let threshold = strictness.threshold();
    // Order by the articles' ids, so that groups do not depend on the order the files were
    // given in (article indices do); ties keep the pairs' order.
    let place = id_places(corpus);
    let key = |p: PassageRef| (place[p.article], p.sentence);
    // Where each article's sentences start among the corpus's sentences.
    let mut first_sentence = Vec::with_capacity(corpus.articles.len() + 1);
    first_sentence.push(0);
    for a in &corpus.articles {
        first_sentence.push(first_sentence[first_sentence.len() - 1] + a.sentences.len());
    }
    let same = same_in_order(pairs, threshold, &place);
    let repeat = repeats(corpus);
    let repeated = |p: PassageRef| repeat[first_sentence[p.article] + p.sentence];
    let same: Vec<u32> = same
        .into_iter()
        .filter(|&k| {
            let d = &pairs[k as usize];
            let kept = !repeated(d.a) && !repeated(d.b);
            if !kept {
                // Behind already: the bar counts the "same" pairs.
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            kept
        })
        .collect();
    // Dense node ids in that order, by each passage's place among the corpus's sentences.
    let mut node = vec![u32::MAX; first_sentence[corpus.articles.len()]];
    let mut refs: Vec<PassageRef> = Vec::new();
    let mut id = |p: PassageRef| {
        let slot = &mut node[first_sentence[p.article] + p.sentence];
        if *slot == u32::MAX {
            *slot = refs.len() as u32;
            refs.push(p);
        }
        *slot
    };
    let edges: Vec<Edge> = same
        .iter()
        .map(|&k| {
            let d = &pairs[k as usize];
            Edge {
                a: id(d.a),
                b: id(d.b),
                probability: d.probability,
                similarity: d.similarity,
            }
        })
        .collect();
    let graph = Graph::new(refs.iter().map(|p| p.article as u32).collect(), &edges);
    // Whether two passages (a < b) are "same": a twin joins a group only so (`restated`).
    let is_same = |a: PassageRef, b: PassageRef| {
        !repeated(a)
            && !repeated(b)
            && pairs
                .binary_search_by_key(&(a, b), |d| (d.a, d.b))
                .is_ok_and(|k| pairs[k].probability >= threshold)
    };
    // Groups in order of their passages' keys, made and sorted on all cores (in line, they
    // were a tenth of grouping 1,000 articles); the index breaks no tie but keeps the sort
    // exactly that of a stable one.
    let mut keyed: Vec<Keyed> = grow_all(&graph, corpus.articles.len(), done)
        .into_par_iter()
        .enumerate()
        .map(|(k, clique)| {
            let members = clique.members.iter().map(|&m| refs[m as usize]).collect();
            let mut passages = with_twins(members, twins, PER_ARTICLE, is_same);
            passages.sort();
            let order = passages.iter().map(|&p| key(p)).collect();
            let group = Group {
                score: (clique.score * 100.0).round() / 100.0,
                passages,
            };
            (order, k, group)
        })
        .collect();
    keyed.par_sort_unstable_by(|x, y| (&x.0, x.1).cmp(&(&y.0, y.1)));
    // Two cliques of one fact's tellings are one group once each has its twins.
    keyed.dedup_by(|x, y| x.0 == y.0);
    keyed.into_iter().map(|(_, _, group)| group).collect()
}

/// The indices of the pairs "same" at `threshold`, most probable first, then by their
/// passages' keys (ties keep the pairs' order).
fn same_in_order(pairs: &[Decided], threshold: f32, place: &[u32]) -> Vec<u32> {
    let same = || {
        pairs
            .par_iter()
            .enumerate()
            .filter(move |(_, d)| d.probability >= threshold)
    };
    // Pairs come sorted by their passages: when the articles' places rise with their indices
    // (ids unique, files given in id order, as usual), the pairs' order is their keys' order,
    // and one integer sorts them (the tuples of keys took a seventy-fifth of the run).
    if place.is_sorted_by(|a, b| a < b) {
        let mut keys: Vec<u64> = same()
            .map(|(k, d)| (u64::from(descending(d.probability)) << 32) | k as u64)
            .collect();
        keys.par_sort_unstable();
        return keys.into_iter().map(|key| key as u32).collect();
    }
    let packed = |p: PassageRef| (u64::from(place[p.article]) << 32) | p.sentence as u64;
    let mut keyed: Vec<(Order, u32)> = same()
        .map(|(k, d)| {
            (
                (descending(d.probability), packed(d.a), packed(d.b)),
                k as u32,
            )
        })
        .collect();
    keyed.par_sort_unstable();
    keyed.into_iter().map(|(_, k)| k).collect()
}

/// Whether each sentence of the corpus (articles in order, sentences in order) says
/// word for word what an earlier sentence of its own article said.
fn repeats(corpus: &Corpus) -> Vec<bool> {
    corpus
        .articles
        .par_iter()
        .flat_map_iter(|a| {
            let mut seen = rustc_hash::FxHashSet::default();
            (0..a.sentences.len()).map(move |s| !seen.insert(a.sentence_text(s).trim()))
        })
        .collect()
}

/// A group with what orders it: its passages' keys, then its place among the cliques.
type Keyed = (Vec<(u32, usize)>, usize, Group);

/// Each article's place in article-id order, articles of one id sharing it: passages then
/// compare as by their ids, with integers (comparing the id strings was a tenth of grouping
/// on 1,000 articles).
fn id_places(corpus: &Corpus) -> Vec<u32> {
    let id = |a: usize| corpus.articles[a].id.as_str();
    let mut order: Vec<usize> = (0..corpus.articles.len()).collect();
    order.sort_by(|&a, &b| id(a).cmp(id(b)));
    let mut place = vec![0u32; order.len()];
    let mut next = 0;
    for (k, &a) in order.iter().enumerate() {
        if k > 0 && id(a) != id(order[k - 1]) {
            next += 1;
        }
        place[a] = next;
    }
    place
}

#[cfg(test)]
mod tests {
    use crate::align::tuning::PER_ARTICLE;
    use crate::corpus;

    #[test]
    fn a_corpus_about_one_event_does_not_collapse_into_one_group() {
        let c = corpus::load_seeds();
        let al = crate::align::align(&c);
        assert!(al.groups.len() >= 10, "{} groups", al.groups.len());
        let content: usize = c
            .articles
            .iter()
            .map(|a| a.content_sentences().count())
            .sum();
        for g in &al.groups {
            assert!(
                g.passages.len() * 4 < content,
                "a group of {} passages",
                g.passages.len()
            );
            for a in 0..c.articles.len() {
                assert!(g.passages.iter().filter(|p| p.article == a).count() <= PER_ARTICLE);
            }
            let articles: std::collections::HashSet<usize> =
                g.passages.iter().map(|p| p.article).collect();
            assert!(articles.len() >= 2);
        }
    }

    #[test]
    fn counterparts_are_ranked_and_from_other_articles() {
        let c = corpus::load_seeds();
        let al = crate::align::align(&c);
        for g in &al.groups {
            for &p in &g.passages {
                let cs = al.counterparts(p);
                assert!(cs.iter().all(|x| x.passage.article != p.article));
                assert!(cs.windows(2).all(|w| w[0].probability >= w[1].probability));
            }
        }
    }
}
