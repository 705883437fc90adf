//! From scored pairs (`candidates`) to kept ones, and from kept pairs to N-way groups.
//!
//! A pair is kept when it is strong, or when it is weaker but both of its sentences strongly
//! match the same sentence of a third article (the third source vouches for it). In a group,
//! every two passages of different articles are alike (a kept pair, or a strong similarity),
//! so a group never chains unrelated facts together; kept pairs between groups form small
//! groups of their own, so a sentence that states two facts can sit in two groups, and each
//! kept pair is in exactly one group.

use super::score::{Vector, Vectors, similarity};
use super::{Alignment, Counterpart, Group, PassageRef, Stats};
use crate::corpus::Corpus;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A pair at least this similar is kept on its own.
pub const STRONG: f32 = 0.14;
/// A weaker pair, down to this, is kept when a third article vouches for it.
pub const WEAK: f32 = 0.08;
/// At most this many passages of one article in a group.
const PER_ARTICLE: usize = 3;
/// A passage joins a large group when it matches this many of its members of other articles.
const LINK_SAMPLE: usize = 12;
/// Groups up to this size average all their pairs for their score.
const SMALL_GROUP: usize = 16;

/// The pairs worth showing: strong ones, and weaker ones that both strongly match one
/// sentence of a third article.
pub fn kept_pairs(vectors: &Vectors, pairs: Vec<(usize, usize, f32)>) -> Vec<(usize, usize, f32)> {
    let items = &vectors.items;
    let mut strong: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    for &(i, j, s) in &pairs {
        if s >= STRONG {
            strong[i].push(j);
            strong[j].push(i);
        }
    }
    for list in &mut strong {
        list.sort_unstable();
    }
    let vouched = |i: usize, j: usize| {
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
    };
    pairs
        .iter()
        .copied()
        .filter(|&(i, j, s)| s >= STRONG || vouched(i, j))
        .collect()
}

/// Kept pairs by passage: `links[i][j]` is the score of the kept pair (i, j).
type Links = Vec<HashMap<usize, f32>>;

/// Builds the groups and each passage's counterparts from the kept pairs.
pub fn build(corpus: &Corpus, vectors: &Vectors, mut pairs: Vec<(usize, usize, f32)>) -> Alignment {
    let items = &vectors.items;
    // Items are in article-id order (see `score::vectors`), so index order is input-order free.
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    let mut links: Links = vec![HashMap::default(); items.len()];
    for &(i, j, s) in &pairs {
        links[i].insert(j, s);
        links[j].insert(i, s);
    }
    let (mut clusters, group_of) = partition(items, &links, &pairs);
    clusters.extend(cover_leftovers(items, &links, &pairs, &group_of));
    let mut groups: Vec<Group> = clusters
        .iter()
        .map(|members| group(items, &links, members))
        .collect();
    // Stable, input-order-independent order: by each group's passages' article ids.
    groups.sort_by_cached_key(|g| {
        g.passages
            .iter()
            .map(|p| (corpus.articles[p.article].id.clone(), p.sentence))
            .collect::<Vec<_>>()
    });
    Alignment {
        groups,
        counterparts: counterparts(items, &pairs),
        stats: Stats::default(),
    }
}

/// Disjoint groups, strongest pair first. A group starts from a pair of ungrouped passages
/// and takes in passages that match every member of another article (kept pair, or similarity
/// of at least [`STRONG`]; in large groups, the first [`LINK_SAMPLE`] members stand for all),
/// so groups never chain. Returns the groups and each passage's group.
fn partition(
    items: &[Vector],
    links: &Links,
    pairs: &[(usize, usize, f32)],
) -> (Vec<Vec<usize>>, Vec<Option<usize>>) {
    let fits = |members: &[usize], c: usize| {
        let article = items[c].article;
        members
            .iter()
            .filter(|&&m| items[m].article == article)
            .count()
            < PER_ARTICLE
            && members
                .iter()
                .filter(|&&m| items[m].article != article)
                .take(LINK_SAMPLE)
                .all(|&m| links[m].contains_key(&c) || similarity(&items[m], &items[c]) >= STRONG)
    };
    let mut group_of: Vec<Option<usize>> = vec![None; items.len()];
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    for &(i, j, _) in pairs {
        match (group_of[i], group_of[j]) {
            (None, None) => {
                let g = clusters.len();
                let mut members = vec![i, j];
                let ungrouped = |c: usize| group_of[c].is_none();
                for c in common_links(links, i, j, ungrouped) {
                    if fits(&members, c) {
                        members.push(c);
                    }
                }
                for &m in &members {
                    group_of[m] = Some(g);
                }
                clusters.push(members);
            }
            (Some(g), None) | (None, Some(g)) => {
                let newcomer = if group_of[i].is_none() { i } else { j };
                if fits(&clusters[g], newcomer) {
                    clusters[g].push(newcomer);
                    group_of[newcomer] = Some(g);
                }
            }
            (Some(_), Some(_)) => {}
        }
    }
    (clusters, group_of)
}

/// Kept pairs that no group holds, covered by cliques of kept pairs, each pair once.
fn cover_leftovers(
    items: &[Vector],
    links: &Links,
    pairs: &[(usize, usize, f32)],
    group_of: &[Option<usize>],
) -> Vec<Vec<usize>> {
    let key = |x: usize, y: usize| (x.min(y), x.max(y));
    let mut covered: HashSet<(usize, usize)> = pairs
        .iter()
        .filter(|&&(i, j, _)| group_of[i].is_some() && group_of[i] == group_of[j])
        .map(|&(i, j, _)| (i, j))
        .collect();
    let mut cliques = Vec::new();
    for &(i, j, _) in pairs {
        if !covered.insert((i, j)) {
            continue;
        }
        let mut members = vec![i, j];
        for c in common_links(links, i, j, |_| true) {
            let article = items[c].article;
            let others: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&m| items[m].article != article)
                .collect();
            let fits = members.len() - others.len() < PER_ARTICLE
                && others
                    .iter()
                    .all(|&m| links[m].contains_key(&c) && !covered.contains(&key(m, c)));
            if fits {
                covered.extend(others.iter().map(|&m| key(m, c)));
                members.push(c);
            }
        }
        cliques.push(members);
    }
    cliques
}

/// Passages linked to both `i` and `j` that pass `keep`, best linked first.
fn common_links(links: &Links, i: usize, j: usize, keep: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut common: Vec<(usize, f32)> = links[i]
        .iter()
        .filter(|(c, _)| keep(**c))
        .filter_map(|(&c, &si)| links[j].get(&c).map(|&sj| (c, si + sj)))
        .collect();
    common.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    common.into_iter().map(|(c, _)| c).collect()
}

/// A group of `members` with its score: the mean similarity of its pairs (in large groups,
/// of its kept pairs only, keeping the work linear).
fn group(items: &[Vector], links: &Links, members: &[usize]) -> Group {
    let small = members.len() <= SMALL_GROUP;
    let mut scores = Vec::new();
    for (k, &x) in members.iter().enumerate() {
        for &y in &members[k + 1..] {
            if items[x].article == items[y].article {
                continue;
            }
            match links[x].get(&y) {
                Some(&s) => scores.push(s),
                None if small => scores.push(similarity(&items[x], &items[y])),
                None => {}
            }
        }
    }
    let score = scores.iter().sum::<f32>() / scores.len().max(1) as f32;
    let mut passages: Vec<PassageRef> = members.iter().map(|&x| passage(items, x)).collect();
    passages.sort();
    Group {
        score: (score * 100.0).round() / 100.0,
        passages,
    }
}

/// Each passage's counterparts: its kept pairs, best first.
fn counterparts(
    items: &[Vector],
    pairs: &[(usize, usize, f32)],
) -> HashMap<PassageRef, Vec<Counterpart>> {
    let mut out: HashMap<PassageRef, Vec<Counterpart>> = HashMap::default();
    for &(i, j, s) in pairs {
        for (from, to) in [(i, j), (j, i)] {
            out.entry(passage(items, from))
                .or_default()
                .push(Counterpart {
                    passage: passage(items, to),
                    score: s,
                });
        }
    }
    for list in out.values_mut() {
        list.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.passage.cmp(&b.passage)));
    }
    out
}

fn passage(items: &[Vector], i: usize) -> PassageRef {
    PassageRef {
        article: items[i].article,
        sentence: items[i].sentence,
    }
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
                assert!(cs.windows(2).all(|w| w[0].score >= w[1].score));
            }
        }
    }
}
