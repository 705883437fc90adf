//! From decided pairs to N-way groups and each passage's counterparts.
//!
//! A pair is "same" when its probability (`decision`) reaches the strictness in force, on its
//! own evidence. Groups are facts, not a partition of sentences: each holds passages that are
//! all "same" with one another across articles, so a sentence that states two facts sits in
//! two groups, and an article that states a fact twice (headline, lead, body) has up to
//! [`PER_ARTICLE`] passages in its group. Every "same" pair is in at least one group.

use super::decision::{RELATED_FLOOR, Strictness};
use super::tuning::PER_ARTICLE;
use super::{Counterpart, Group, PassageRef};
use crate::corpus::Corpus;
use rustc_hash::FxHashMap as HashMap;

/// A decided pair: its two passages (a < b), similarity and probability.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decided {
    pub a: PassageRef,
    pub b: PassageRef,
    pub similarity: f32,
    pub probability: f32,
}

/// Each passage's counterparts down to [`RELATED_FLOOR`], most probable first (so the
/// "same" ones, at any strictness, are a prefix).
pub fn listed(pairs: &[Decided]) -> HashMap<PassageRef, Vec<Counterpart>> {
    let mut out: HashMap<PassageRef, Vec<Counterpart>> = HashMap::default();
    for d in pairs.iter().filter(|d| d.probability >= RELATED_FLOOR) {
        for (from, to) in [(d.a, d.b), (d.b, d.a)] {
            out.entry(from).or_default().push(Counterpart {
                passage: to,
                score: d.similarity,
                probability: d.probability,
            });
        }
    }
    for list in out.values_mut() {
        list.sort_by(|x, y| {
            y.probability
                .total_cmp(&x.probability)
                .then(x.passage.cmp(&y.passage))
        });
    }
    out
}

/// The groups of the pairs that are "same" at `strictness`: cliques, most probable pair first,
/// until every such pair is in one.
pub fn build(corpus: &Corpus, pairs: &[Decided], strictness: Strictness) -> Vec<Group> {
    let threshold = strictness.threshold();
    // Order by the articles' ids, so that groups do not depend on the order the files were
    // given in (article indices do).
    let place = id_places(corpus);
    let key = |p: PassageRef| (place[p.article], p.sentence);
    let mut same: Vec<&Decided> = pairs
        .iter()
        .filter(|d| d.probability >= threshold)
        .collect();
    same.sort_by(|x, y| {
        y.probability
            .total_cmp(&x.probability)
            .then_with(|| (key(x.a), key(x.b)).cmp(&(key(y.a), key(y.b))))
    });
    // Dense ids in that order; links[x] holds (other id, probability, similarity) by id.
    let mut ids: HashMap<PassageRef, u32> = HashMap::default();
    let mut refs: Vec<PassageRef> = Vec::new();
    let mut id = |p: PassageRef, refs: &mut Vec<PassageRef>| {
        *ids.entry(p).or_insert_with(|| {
            refs.push(p);
            (refs.len() - 1) as u32
        })
    };
    let same: Vec<(u32, u32, f32, f32)> = same
        .iter()
        .map(|d| {
            (
                id(d.a, &mut refs),
                id(d.b, &mut refs),
                d.probability,
                d.similarity,
            )
        })
        .collect();
    let mut links: Vec<Vec<Link>> = vec![Vec::new(); refs.len()];
    for (pair, &(x, y, probability, similarity)) in same.iter().enumerate() {
        for (from, other) in [(x, y), (y, x)] {
            links[from as usize].push(Link {
                other,
                probability,
                similarity,
                pair,
            });
        }
    }
    for list in &mut links {
        list.sort_unstable_by_key(|e| e.other);
    }
    let link = |x: u32, y: u32| {
        let list = &links[x as usize];
        list.binary_search_by_key(&y, |e| e.other)
            .ok()
            .map(|k| list[k])
    };
    let article_of = |x: u32| refs[x as usize].article;
    let mut covered = vec![false; same.len()];
    let mut clique = Clique {
        members: Vec::new(),
        linked: vec![0; refs.len()],
        touched: Vec::new(),
        per_article: vec![0; corpus.articles.len()],
    };
    let mut groups = Vec::new();
    for (pair, &(a, b, _, _)) in same.iter().enumerate() {
        if covered[pair] {
            continue;
        }
        clique.join(a, &links, &article_of);
        clique.join(b, &links, &article_of);
        // Passages "same" with both, strongest first; each joins when it is "same" with every
        // member of another article.
        let mut common: Vec<(u32, f32)> = links[a as usize]
            .iter()
            .filter_map(|e| link(b, e.other).map(|f| (e.other, e.probability + f.probability)))
            .collect();
        common.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for (c, _) in common {
            let own = clique.per_article[article_of(c)];
            if own < PER_ARTICLE && clique.linked_with(c) == clique.members.len() - own {
                clique.join(c, &links, &article_of);
            }
        }
        let (mut sum, mut count) = (0.0f32, 0usize);
        for (k, &x) in clique.members.iter().enumerate() {
            for &y in &clique.members[k + 1..] {
                if let Some(e) = link(x, y) {
                    covered[e.pair] = true;
                    sum += e.similarity;
                    count += 1;
                }
            }
        }
        let score = sum / count.max(1) as f32;
        let mut passages: Vec<PassageRef> =
            clique.members.iter().map(|&m| refs[m as usize]).collect();
        passages.sort();
        groups.push(Group {
            score: (score * 100.0).round() / 100.0,
            passages,
        });
        clique.clear(&article_of);
    }
    groups.sort_by_cached_key(|g| g.passages.iter().map(|&p| key(p)).collect::<Vec<_>>());
    groups
}

/// A "same" link of a passage to another, and the index of its pair.
#[derive(Clone, Copy)]
struct Link {
    other: u32,
    probability: f32,
    similarity: f32,
    pair: usize,
}

/// The group being built, with counts that make "is this passage same with every member of
/// another article" one look-up (checking link by link was most of grouping 1,000 articles,
/// whose largest groups hold hundreds of passages).
struct Clique {
    members: Vec<u32>,
    /// For each passage, how many members of other articles it is "same" with.
    linked: Vec<u32>,
    /// Passages whose `linked` count is not zero.
    touched: Vec<u32>,
    /// Members in each article.
    per_article: Vec<usize>,
}

impl Clique {
    fn join(&mut self, m: u32, links: &[Vec<Link>], article_of: &impl Fn(u32) -> usize) {
        let article = article_of(m);
        for e in &links[m as usize] {
            if article_of(e.other) != article {
                let count = &mut self.linked[e.other as usize];
                if *count == 0 {
                    self.touched.push(e.other);
                }
                *count += 1;
            }
        }
        self.per_article[article] += 1;
        self.members.push(m);
    }

    /// How many members of articles other than its own `c` is "same" with.
    fn linked_with(&self, c: u32) -> usize {
        self.linked[c as usize] as usize
    }

    fn clear(&mut self, article_of: &impl Fn(u32) -> usize) {
        for &t in &self.touched {
            self.linked[t as usize] = 0;
        }
        self.touched.clear();
        for &m in &self.members {
            self.per_article[article_of(m)] = 0;
        }
        self.members.clear();
    }
}

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
    use super::*;
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
