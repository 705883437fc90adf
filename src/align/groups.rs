//! From vectors to mutual pairs (through an inverted index) and from pairs to groups.

use super::score::{Vectors, similarity};
use super::{Alignment, Counterpart, Group, PassageRef, Progress, Stats};
use crate::corpus::Corpus;
use rustc_hash::FxHashMap as HashMap;

/// A pair must score at least this to be kept.
pub const THRESHOLD: f32 = 0.10;
/// At most this many passages of one article in a group (besides two neighbours).
const PER_ARTICLE: usize = 3;
/// A second counterpart in the same article is kept when it scores this close to the best
/// (one long sentence against two short ones).
const SECOND_RATIO: f32 = 0.8;
/// Terms in more sentences than this share of the corpus are not used to find candidates.
const COMMON_SHARE: f32 = 0.05;
/// ... and never more than this many, so the work grows linearly with the corpus.
const MAX_POSTINGS: u32 = 400;
/// Candidates per sentence that are scored fully (the best by the index's partial score).
const CANDIDATES: usize = 24;
/// Groups up to this size compare all their pairs.
const SMALL_GROUP: usize = 16;
/// Below this share of the threshold, group mates are not listed as counterparts.
const WEAK_MATE: f32 = 0.6;
/// Cross pairs sampled per side when two large clusters are compared.
const LINK_SAMPLE: usize = 12;
/// Clusters merge when their average similarity reaches this share of the threshold.
const LINK_RATIO: f32 = 0.8;

/// Scores candidates and keeps pairs chosen by both sides. Returns the pairs (i < j, indices
/// into `vectors.items`) with their scores, and the number of candidates scored.
pub fn mutual_pairs(
    vectors: &Vectors,
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
    let mut best: Vec<Vec<(usize, usize, f32)>> = Vec::with_capacity(n);
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
                        let mut per_article: HashMap<usize, Vec<(usize, f32)>> = HashMap::default();
                        for &j in &seen {
                            let s = similarity(v, &items[j as usize]);
                            if s >= THRESHOLD * SECOND_RATIO {
                                per_article
                                    .entry(items[j as usize].article)
                                    .or_default()
                                    .push((j as usize, s));
                            }
                        }
                        let mut picks = Vec::new();
                        for (article, mut list) in per_article {
                            list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                            let top = list[0].1;
                            for &(j, s) in list.iter().take(2) {
                                if s >= THRESHOLD * SECOND_RATIO && s >= top * SECOND_RATIO {
                                    picks.push((article, j, s));
                                }
                            }
                        }
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
        for &(_, j, s) in picks {
            let key = (i.min(j), i.max(j));
            if s >= THRESHOLD {
                pairs.push((key.0, key.1, s));
            }
        }
    }
    pairs.sort_by_key(|p| (p.0, p.1));
    pairs.dedup_by(|a, b| (a.0, a.1) == (b.0, b.1));
    (pairs, candidates)
}

/// A cluster of sentences, with how many of each article it holds.
#[derive(Default)]
struct Cluster {
    members: Vec<usize>,
    per_article: HashMap<usize, usize>,
}

/// Joins pairs into groups, strongest first, never chaining: two clusters merge only when the
/// result holds few passages of any one article (a fact is told a few times at most) and
/// their average similarity clears the threshold. Then lists each passage's counterparts.
pub fn build(corpus: &Corpus, vectors: &Vectors, mut pairs: Vec<(usize, usize, f32)>) -> Alignment {
    let items = &vectors.items;
    // Order keys from article ids, never from load order, so any input order gives one result.
    let mut by_id: Vec<usize> = (0..corpus.articles.len()).collect();
    by_id.sort_by(|&a, &b| corpus.articles[a].id.cmp(&corpus.articles[b].id));
    let mut rank = vec![0u64; corpus.articles.len()];
    for (r, &a) in by_id.iter().enumerate() {
        rank[a] = r as u64;
    }
    let key = |i: usize| (rank[items[i].article] << 32) | items[i].sentence as u64;
    pairs.sort_by(|a, b| {
        b.2.total_cmp(&a.2).then_with(|| {
            (key(a.0).min(key(a.1)), key(a.0).max(key(a.1)))
                .cmp(&(key(b.0).min(key(b.1)), key(b.0).max(key(b.1))))
        })
    });
    let mut cluster_of: Vec<usize> = (0..items.len()).collect();
    let mut clusters: Vec<Cluster> = (0..items.len())
        .map(|i| Cluster {
            members: vec![i],
            per_article: HashMap::from_iter([(items[i].article, 1)]),
        })
        .collect();
    let pair_score: HashMap<(usize, usize), f32> = pairs
        .iter()
        .map(|&(i, j, s)| ((i.min(j), i.max(j)), s))
        .collect();
    let sim = |x: usize, y: usize| {
        pair_score
            .get(&(x.min(y), x.max(y)))
            .copied()
            .unwrap_or_else(|| similarity(&items[x], &items[y]))
    };
    for &(i, j, _) in &pairs {
        let (ci, cj) = (cluster_of[i], cluster_of[j]);
        if ci == cj {
            continue;
        }
        let (a, b) = (&clusters[ci], &clusters[cj]);
        let (small, large) = if a.per_article.len() <= b.per_article.len() {
            (a, b)
        } else {
            (b, a)
        };
        if small
            .per_article
            .iter()
            .any(|(art, n)| n + large.per_article.get(art).copied().unwrap_or(0) > PER_ARTICLE)
        {
            continue;
        }
        let cross: Vec<f32> = a
            .members
            .iter()
            .take(LINK_SAMPLE)
            .flat_map(|&x| {
                b.members
                    .iter()
                    .take(LINK_SAMPLE)
                    .filter(move |&&y| items[x].article != items[y].article)
                    .map(move |&y| (x, y))
            })
            .map(|(x, y)| sim(x, y))
            .collect();
        let average = cross.iter().sum::<f32>() / cross.len().max(1) as f32;
        if average < THRESHOLD * LINK_RATIO {
            continue;
        }
        let (keep, gone) = (ci.min(cj), ci.max(cj));
        let moved = std::mem::take(&mut clusters[gone]);
        for &m in &moved.members {
            cluster_of[m] = keep;
        }
        let k = &mut clusters[keep];
        k.members.extend(moved.members);
        for (art, n) in moved.per_article {
            *k.per_article.entry(art).or_default() += n;
        }
    }
    let members: Vec<Vec<usize>> = clusters
        .into_iter()
        .map(|c| c.members)
        .filter(|m| m.len() >= 2)
        .collect();
    let passage = |i: usize| PassageRef {
        article: items[i].article,
        sentence: items[i].sentence,
    };
    let mut groups: Vec<Group> = Vec::new();
    let mut counterparts: HashMap<PassageRef, Vec<Counterpart>> = HashMap::default();
    for list in members {
        let mut scores = Vec::new();
        // In a small group every pair is compared; in a large one only the kept pairs, which
        // keeps the work linear when a story is repeated across hundreds of articles.
        let small = list.len() <= SMALL_GROUP;
        for (k, &x) in list.iter().enumerate() {
            for &y in &list[k + 1..] {
                if items[x].article == items[y].article {
                    continue;
                }
                let s = match pair_score.get(&(x.min(y), x.max(y))) {
                    Some(&s) => s,
                    None if small => sim(x, y),
                    None => continue,
                };
                // Group mates joined through others but barely alike themselves are not shown
                // as each other's counterparts.
                if s < THRESHOLD * WEAK_MATE {
                    continue;
                }
                scores.push(s);
                counterparts
                    .entry(passage(x))
                    .or_default()
                    .push(Counterpart {
                        passage: passage(y),
                        score: s,
                    });
                counterparts
                    .entry(passage(y))
                    .or_default()
                    .push(Counterpart {
                        passage: passage(x),
                        score: s,
                    });
            }
        }
        let mut passages: Vec<PassageRef> = list.iter().map(|&x| passage(x)).collect();
        passages.sort();
        let score = if scores.is_empty() {
            0.0
        } else {
            scores.iter().sum::<f32>() / scores.len() as f32
        };
        groups.push(Group {
            score: (score * 100.0).round() / 100.0,
            passages,
        });
    }
    for list in counterparts.values_mut() {
        list.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.passage.cmp(&b.passage)));
    }
    // Stable, input-order-independent order: by each group's first passage's article id.
    let key = |g: &Group| {
        g.passages
            .iter()
            .map(|p| (corpus.articles[p.article].id.clone(), p.sentence))
            .min()
    };
    groups.sort_by_key(key);
    let group_of = groups
        .iter()
        .enumerate()
        .flat_map(|(g, grp)| grp.passages.iter().map(move |&p| (p, g)))
        .collect();
    Alignment {
        groups,
        counterparts,
        group_of,
        stats: Stats::default(),
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
