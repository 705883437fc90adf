//! The "same" pairs of one strictness as a graph in flat tables, and the cliques (`groups`)
//! grown from them, most probable pair first, until every pair is in one. Growing a clique
//! depends only on the graph and its pair, never on the cliques grown before it, so
//! [`grow_all`] grows many at once on all cores and keeps exactly the cliques that growing them
//! one at a time keeps.

use super::tuning::PER_ARTICLE;
use rayon::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Most pairs whose cliques are grown at once: enough to keep the cores busy.
const AT_ONCE: usize = 256;
/// Most pairs looked at for one batch, so that a batch is not held up looking for pairs that
/// can wait.
const LOOK_AHEAD: usize = 4096;

/// The cliques of every pair of `graph`, in the order pairs are given (most probable first):
/// the first pair's, then that of each next pair no clique before it holds. `articles` is the
/// number of articles (node articles are below it).
///
/// A batch takes the next pairs in order that no clique holds yet and grows theirs at once.
/// A pair waits for a later batch when a clique of a pair before it, in this batch or waiting,
/// might hold it: when both its passages are among the passages such a clique can reach (its
/// two passages and those "same" with both). So no pair of a batch needs a clique before it
/// that is not grown yet; a held pair is known by the first clique holding it.
///
/// `done_pairs` is moved on by the pairs, in order, that are behind (held or grown), batch by
/// batch.
pub fn grow_all(graph: &Graph, articles: usize, done_pairs: &AtomicUsize) -> Vec<Grown> {
    let pairs = graph.pairs.len();
    // For each pair, the first pair (in order) whose kept clique holds it.
    let mut held_by = vec![u32::MAX; pairs];
    let mut done = vec![false; pairs];
    // Passages a clique of this batch, or of a pair waiting, may reach.
    let mut reach = vec![false; graph.nodes()];
    let mut reached: Vec<u32> = Vec::new();
    let mut kept: Vec<(u32, Grown)> = Vec::new();
    // A clique's tables span every node: made once per thread, not once per job of each batch
    // (that was a fifth of growing the cliques of 1,000 articles, zeroing pages).
    let scratch = crate::parallel::PerThread::new(|| Clique::new(graph, articles));
    let mut first = 0;
    while first < pairs {
        let behind = first;
        let mut seeds = Vec::with_capacity(AT_ONCE);
        let mut waiting = None;
        let mut k = first;
        while k < pairs && seeds.len() < AT_ONCE && k - first < LOOK_AHEAD {
            if !done[k] {
                if (held_by[k] as usize) < k {
                    done[k] = true;
                } else {
                    let (a, b) = graph.pairs[k];
                    if reach[a as usize] && reach[b as usize] {
                        waiting.get_or_insert(k);
                    } else {
                        seeds.push(k as u32);
                    }
                    graph.reachable(a, b, |x| {
                        if !reach[x as usize] {
                            reach[x as usize] = true;
                            reached.push(x);
                        }
                    });
                }
            }
            k += 1;
        }
        first = waiting.unwrap_or(k);
        done_pairs.fetch_add(first - behind, Ordering::Relaxed);
        for &x in &reached {
            reach[x as usize] = false;
        }
        reached.clear();
        let grown: Vec<Grown> = seeds
            .par_iter()
            .with_min_len(8)
            .map_init(|| scratch.get(), |clique, &pair| clique.grow(graph, pair))
            .collect();
        for (seed, clique) in seeds.into_iter().zip(grown) {
            done[seed as usize] = true;
            for &pair in &clique.pairs {
                let by = &mut held_by[pair as usize];
                *by = (*by).min(seed);
            }
            kept.push((seed, clique));
        }
    }
    kept.sort_unstable_by_key(|(seed, _)| *seed);
    kept.into_iter().map(|(_, clique)| clique).collect()
}

/// A "same" link of a passage to another, and the index of its pair.
#[derive(Clone, Copy)]
struct Link {
    other: u32,
    probability: f32,
    similarity: f32,
    pair: u32,
}

/// Passages (nodes `0..n`) and their "same" pairs, each node's links in one slice of a flat
/// table, sorted by the other node (a list allocated per passage, and its look-ups, were most
/// of grouping 1,000 articles before).
pub struct Graph {
    /// Node `x`'s links are `links[start[x]..start[x + 1]]`.
    start: Vec<usize>,
    links: Vec<Link>,
    /// Each link's other node, apart: growing a clique reads only these, a quarter of the bytes.
    others: Vec<u32>,
    /// Every link joins passages of two articles (candidates never pair an article with itself).
    across: bool,
    /// Each node's article.
    article: Vec<u32>,
    /// Each pair's two nodes.
    pairs: Vec<(u32, u32)>,
}

/// A pair of nodes with its probability and similarity.
pub struct Edge {
    pub a: u32,
    pub b: u32,
    pub probability: f32,
    pub similarity: f32,
}

impl Graph {
    /// The graph of `edges` (pair `k` is `edges[k]`) between nodes of the given articles.
    pub fn new(article: Vec<u32>, edges: &[Edge]) -> Graph {
        let n = article.len();
        let mut start = vec![0usize; n + 1];
        for e in edges {
            start[e.a as usize + 1] += 1;
            start[e.b as usize + 1] += 1;
        }
        for x in 0..n {
            start[x + 1] += start[x];
        }
        let mut fill = start.clone();
        let empty = Link {
            other: 0,
            probability: 0.0,
            similarity: 0.0,
            pair: 0,
        };
        let mut links = vec![empty; start[n]];
        for (pair, e) in edges.iter().enumerate() {
            for (from, other) in [(e.a, e.b), (e.b, e.a)] {
                links[fill[from as usize]] = Link {
                    other,
                    probability: e.probability,
                    similarity: e.similarity,
                    pair: pair as u32,
                };
                fill[from as usize] += 1;
            }
        }
        // Each pair is listed once, so no two links of a node share their other node.
        crate::parallel::for_each_run(&mut links, &start, |list| {
            list.sort_unstable_by_key(|e| e.other)
        });
        let pairs = edges.iter().map(|e| (e.a, e.b)).collect();
        let others = links.iter().map(|e| e.other).collect();
        let across = edges
            .iter()
            .all(|e| article[e.a as usize] != article[e.b as usize]);
        Graph {
            start,
            links,
            others,
            across,
            article,
            pairs,
        }
    }

    fn of(&self, x: u32) -> &[Link] {
        &self.links[self.start[x as usize]..self.start[x as usize + 1]]
    }

    fn link(&self, x: u32, y: u32) -> Option<&Link> {
        let list = self.of(x);
        list.binary_search_by_key(&y, |e| e.other)
            .ok()
            .map(|k| &list[k])
    }

    /// Calls `f` on every passage a clique of pair `(a, b)` can hold: the two and the passages
    /// "same" with both.
    fn reachable(&self, a: u32, b: u32, mut f: impl FnMut(u32)) {
        f(a);
        f(b);
        self.common_links(a, b, |x, _| f(x.other));
    }

    /// Calls `f` on the links of `a` and of `b` to each passage "same" with both, in node order
    /// (both lists are sorted by the other node: one merge finds them).
    fn common_links(&self, a: u32, b: u32, mut f: impl FnMut(&Link, &Link)) {
        let (la, lb) = (self.of(a), self.of(b));
        let (mut i, mut j) = (0, 0);
        while i < la.len() && j < lb.len() {
            match la[i].other.cmp(&lb[j].other) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    f(&la[i], &lb[j]);
                    i += 1;
                    j += 1;
                }
            }
        }
    }

    fn article_of(&self, x: u32) -> usize {
        self.article[x as usize] as usize
    }

    pub fn nodes(&self) -> usize {
        self.article.len()
    }
}

/// A clique grown from a pair: its members, the mean similarity of its pairs, and the pairs
/// it holds (which need no clique of their own).
pub struct Grown {
    pub members: Vec<u32>,
    pub score: f32,
    pub pairs: Vec<u32>,
}

/// A worker's scratch for growing cliques, with counts that make "is this passage same with
/// every member of another article" one look-up (checking link by link was most of grouping
/// 1,000 articles, whose largest groups hold hundreds of passages).
pub struct Clique {
    members: Vec<u32>,
    /// For each node that may join (those "same" with both of the first two members), one more
    /// than how many members of other articles it is "same" with; 0 for every other node, whose
    /// count nobody asks (counting every node a member links to was a third of grouping).
    linked: Vec<u32>,
    /// Members in each article.
    per_article: Vec<usize>,
    /// Nodes "same" with both of the first two members, with their summed probability.
    common: Vec<(u32, f32)>,
    /// The pairs among the members, gathered here and copied out at their size (grown in a
    /// new list per clique, their regrowths were a fortieth of grouping 250 articles).
    pairs: Vec<u32>,
}

impl Clique {
    pub fn new(graph: &Graph, articles: usize) -> Clique {
        Clique {
            members: Vec::new(),
            linked: vec![0; graph.nodes()],
            per_article: vec![0; articles],
            common: Vec::new(),
            pairs: Vec::new(),
        }
    }

    /// The clique of pair `pair`: its two passages, then the passages "same" with both,
    /// strongest first, each joining when it is "same" with every member of another article
    /// and its own article has fewer than [`PER_ARTICLE`] members.
    pub fn grow(&mut self, graph: &Graph, pair: u32) -> Grown {
        let (a, b) = graph.pairs[pair as usize];
        self.common.clear();
        let common = &mut self.common;
        graph.common_links(a, b, |x, y| {
            common.push((x.other, x.probability + y.probability))
        });
        for &(c, _) in &self.common {
            self.linked[c as usize] = 1;
        }
        self.join(a, graph);
        self.join(b, graph);
        // Nodes are unique, so the order is total.
        self.common
            .sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for k in 0..self.common.len() {
            let c = self.common[k].0;
            let own = self.per_article[graph.article_of(c)];
            if own < PER_ARTICLE && self.linked[c as usize] as usize - 1 == self.members.len() - own
            {
                self.join(c, graph);
            }
        }
        let (mut sum, mut count) = (0.0f32, 0usize);
        self.pairs.clear();
        for (k, &x) in self.members.iter().enumerate() {
            for &y in &self.members[k + 1..] {
                if let Some(e) = graph.link(x, y) {
                    self.pairs.push(e.pair);
                    sum += e.similarity;
                    count += 1;
                }
            }
        }
        let grown = Grown {
            members: self.members.clone(),
            score: sum / count.max(1) as f32,
            pairs: self.pairs.clone(),
        };
        self.clear(graph);
        grown
    }

    fn join(&mut self, m: u32, graph: &Graph) {
        let article = graph.article_of(m);
        let others = &graph.others[graph.start[m as usize]..graph.start[m as usize + 1]];
        // When every link joins two articles, none needs its other passage's article looked up.
        for &x in others {
            if graph.across || graph.article_of(x) != article {
                let count = &mut self.linked[x as usize];
                if *count != 0 {
                    *count += 1;
                }
            }
        }
        self.per_article[article] += 1;
        self.members.push(m);
    }

    fn clear(&mut self, graph: &Graph) {
        for &(c, _) in &self.common {
            self.linked[c as usize] = 0;
        }
        for &m in &self.members {
            self.per_article[graph.article_of(m)] = 0;
        }
        self.members.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cliques grown one at a time, each pair in order unless a kept clique holds it.
    fn one_at_a_time(graph: &Graph, articles: usize) -> Vec<Grown> {
        let mut clique = Clique::new(graph, articles);
        let mut held = vec![false; graph.pairs.len()];
        let mut kept = Vec::new();
        for pair in 0..graph.pairs.len() {
            if !held[pair] {
                let grown = clique.grow(graph, pair as u32);
                for &p in &grown.pairs {
                    held[p as usize] = true;
                }
                kept.push(grown);
            }
        }
        kept
    }

    /// A dense graph of many pairs over few passages, so that batches wait on each other.
    fn crowded_graph(nodes: u32, articles: u32, pairs: usize, seed: u64) -> Graph {
        let mut state = seed;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as u32
        };
        let article: Vec<u32> = (0..nodes).map(|x| x % articles).collect();
        let mut seen = std::collections::HashSet::new();
        let mut edges = Vec::new();
        while edges.len() < pairs {
            let (a, b) = (next() % nodes, next() % nodes);
            if article[a as usize] != article[b as usize] && seen.insert((a.min(b), a.max(b))) {
                edges.push(Edge {
                    a,
                    b,
                    probability: 1.0 - edges.len() as f32 / pairs as f32,
                    similarity: (next() % 100) as f32 / 100.0,
                });
            }
        }
        Graph::new(article, &edges)
    }

    #[test]
    fn cliques_grown_in_batches_are_those_grown_one_at_a_time() {
        for (nodes, articles, pairs) in [(60, 6, 900), (400, 20, 6000), (3000, 200, 12000)] {
            let graph = crowded_graph(nodes, articles, pairs, u64::from(nodes));
            let behind = AtomicUsize::new(0);
            let batched = grow_all(&graph, articles as usize, &behind);
            assert_eq!(
                behind.into_inner(),
                pairs,
                "every pair is behind at the end"
            );
            let single = one_at_a_time(&graph, articles as usize);
            assert_eq!(batched.len(), single.len());
            for (x, y) in batched.iter().zip(&single) {
                assert_eq!(x.members, y.members);
                assert_eq!(x.pairs, y.pairs);
                assert_eq!(x.score.to_bits(), y.score.to_bits());
            }
        }
    }
}
