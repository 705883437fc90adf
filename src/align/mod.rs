//! Alignment: which sentences of different articles report the same fact.
//!
//! 1. Every content sentence becomes a weighted term vector (`score`, `features`, `lexicon`),
//!    with a term for each quantity it gives a figure for (`quantities`).
//! 2. Candidates come from an inverted index over terms, skipping terms so common that they
//!    say nothing (never all pairs), and are scored in full (`candidates`).
//! 3. Each candidate pair's evidence (`weighing`, `evidence`: shared rare words, numbers, quantities,
//!    names, contradicting signs, its rank among each side's matches, a third article that
//!    vouches for it) gives a probability that the two report the same fact (`decision`).
//!    A pair is "same" when that probability reaches the strictness in force, on its own
//!    evidence; below it, the most probable are "related".
//! 4. A passage its own article restates in nearly the same words shares its decisions with
//!    its twin (`restated`).
//! 5. Groups are facts: passages all "same" with one another, never chained, and a passage may
//!    sit in several, with the tellings an article restates (`groups`). A sentence's
//!    counterparts are its "same" pairs, most probable first; its related passages follow.

mod candidates;
mod cliques;
mod coherence;
pub mod columns;
mod content;
pub mod copies;
mod coverage;
pub mod decision;
pub mod diff;
pub mod difference;
mod distinct;
pub mod evidence;
pub mod features;
mod groups;
mod listed;
mod names;
mod pair_evidence;
mod pair_index;
pub mod quantities;
mod restated;
pub mod score;
mod spread;
pub mod stance;
mod tuning;
mod weighing;

use crate::corpus::Corpus;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::time::Instant;

pub use columns::{Block, ColumnRow, column_blocks};

/// A sentence of an article: indices into `corpus.articles` and `article.sentences`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct PassageRef {
    pub article: usize,
    pub sentence: usize,
}

/// A passage of another article that reports the same fact, or a related one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counterpart {
    pub passage: PassageRef,
    /// Similarity of the two sentences (`score::similarity`).
    pub score: f32,
    /// Probability that the two report the same fact (`decision`).
    pub probability: f32,
}

/// What a listed passage is to the current one, at the strictness in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// Reports the same fact: counts as corroboration.
    Same,
    /// Below the decision: shown as related, never counted.
    Related,
}

pub use decision::Strictness;
pub use pair_evidence::{PairEvidence, pair_evidence};

/// Passages from at least two articles that report the same fact.
#[derive(Clone, Debug)]
pub struct Group {
    pub score: f32,
    pub passages: Vec<PassageRef>,
}

#[derive(Clone, Copy, Debug)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub phase: &'static str,
}

/// Timings (milliseconds) and counts, for `align --stats`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Stats {
    pub sentences: usize,
    pub candidate_pairs: usize,
    pub kept_pairs: usize,
    pub groups: usize,
    /// Reading the corpus's figures, when the alignment read them itself (0 when given them),
    /// beside the sentences' terms: part of indexing.
    pub read_figures_ms: f64,
    /// The shared quantities (figures read, when the alignment reads them, and their
    /// quantities), beside the sentences' terms: part of indexing.
    pub quantities_ms: f64,
    pub index_ms: f64,
    pub scoring_ms: f64,
    pub grouping_ms: f64,
    pub total_ms: f64,
}

pub struct Alignment {
    /// The groups at the strictness in force.
    pub groups: Vec<Group>,
    /// Every candidate pair with its decision, for regrouping at another strictness.
    decided: Vec<groups::Decided>,
    /// Passages their own article restates (`restated`): they share groups.
    twins: restated::Twins,
    /// Where each passage's pairs start in `decided`.
    pair_index: pair_index::PairIndex,
    /// Each passage's counterparts down to the related floor, most probable first: made beside
    /// the groups for the report, else when first asked for (`align --json` never asks).
    listed: std::sync::OnceLock<listed::Listed>,
    /// Where each article's sentences start among all sentences (`Corpus::sentence_starts`).
    sentence_starts: Vec<usize>,
    strictness: Strictness,
    /// Syndicated copies: passages republished verbatim or nearly, each cluster across two or
    /// more articles (`copies`). Every cluster is also one of `groups`, at any strictness.
    copies: Vec<Vec<PassageRef>>,
    copy_cluster: HashMap<PassageRef, usize>,
    stats: Stats,
}

pub fn align(corpus: &Corpus) -> Alignment {
    align_with_progress(corpus, &mut |_| {})
}

/// The alignment with its counterpart lists made when first asked for.
pub fn align_with_progress(corpus: &Corpus, progress: &mut dyn FnMut(Progress)) -> Alignment {
    // The figures (for the shared quantities) are read beside the sentences' terms: each fills
    // the other's steps done on one core (read first, 1,000 articles took 0.79 s against
    // 0.735 s, medians of 12 alternating runs).
    let mut read_ms = 0.0;
    let shared_quantities = || {
        let start = Instant::now();
        let readings = crate::figures::read(corpus);
        read_ms = ms(start);
        quantities::quantity_terms(corpus, &readings)
    };
    let mut alignment = aligned(corpus, shared_quantities, progress, Lists::WhenAsked);
    alignment.stats.read_figures_ms = read_ms;
    alignment
}

/// Aligns with the corpus's figures already read (the analysis reads them once for both),
/// each passage's counterparts listed beside the groups (every screen shows them).
pub fn align_with_readings(
    corpus: &Corpus,
    readings: &crate::figures::Readings,
    progress: &mut dyn FnMut(Progress),
) -> Alignment {
    let shared_quantities = || quantities::quantity_terms(corpus, readings);
    aligned(corpus, shared_quantities, progress, Lists::Now)
}

/// When each passage's counterpart lists are made.
#[derive(Clone, Copy, PartialEq)]
enum Lists {
    Now,
    WhenAsked,
}

/// Aligns the corpus; `find_quantities` gives the shared quantities (reading the figures
/// first when they are not read yet) and runs beside the sentences' terms.
fn aligned(
    corpus: &Corpus,
    find_quantities: impl FnOnce() -> quantities::QuantityTerms + Send,
    progress: &mut dyn FnMut(Progress),
    lists: Lists,
) -> Alignment {
    let start = Instant::now();
    // Each sentence's terms counted as they are read, then the index's steps. The shared
    // quantities end on one core's work and are found beside the terms (before them, they
    // were a fiftieth of the run on 1,000 articles with the other core idle).
    let indexing = |done, total| Progress {
        done,
        total,
        phase: "indexing",
    };
    progress(indexing(0, 1));
    let mut quantities_ms = 0.0;
    let shared_quantities = || {
        let t = Instant::now();
        let found = find_quantities();
        quantities_ms = ms(t);
        found
    };
    let vectors = score::vectors(corpus, shared_quantities, &mut |done, total| {
        progress(indexing(done, total))
    });
    let index_ms = ms(start);
    let t = Instant::now();
    let (pairs, candidates) =
        candidates::scored_pairs(&vectors, decision::CANDIDATE_FLOOR, progress);
    // The steps after the scan count as they go, so a long one is not taken for a stall at
    // "aligning 100%" (a second or two each on 10,000 articles).
    // Restatements within an article share their decisions (`restated`).
    let (decided, twins) = restated::shared(&vectors, weighing::decide(&vectors, &pairs, progress));
    // The scored pairs live on in `decided`: their 24 bytes each are not held through grouping.
    drop(pairs);
    let scoring_ms = ms(t);
    let t = Instant::now();
    let strictness = Strictness::default();
    // The bar counts the "same" pairs whose groups are grown, and a share for each of the
    // copies and the counterpart lists once found (on 10,000 articles, they end 0.3 and 0.6 s
    // after the groups: the bar sat full).
    let same = same_pairs(&decided, strictness);
    let share = same / 5 + 1;
    let mut grouping = |done| {
        progress(Progress {
            done,
            total: same + 2 * share,
            phase: "grouping",
        })
    };
    // The copies and the counterpart lists are found beside the groups (which grow their
    // cliques on all cores too: work-stealing evens the three out).
    let ((copies, listed), decided_groups) = crate::parallel::counted(&mut grouping, |done| {
        rayon::join(
            || {
                let found = || done.fetch_add(share, std::sync::atomic::Ordering::Relaxed);
                rayon::join(
                    || {
                        let copies = copies::among(corpus, &vectors);
                        found();
                        copies
                    },
                    || {
                        let listed = (lists == Lists::Now)
                            .then(|| listed::Listed::new(corpus.sentence_starts(), &decided));
                        found();
                        listed
                    },
                )
            },
            || groups::build(corpus, &decided, &twins, strictness, done),
        )
    });
    let copy_cluster = copies
        .iter()
        .enumerate()
        .flat_map(|(c, members)| members.iter().map(move |&p| (p, c)))
        .collect();
    let pair_index = pair_index::PairIndex::new(corpus, decided.iter().map(|d| d.a));
    let mut alignment = Alignment {
        listed: listed.map(std::sync::OnceLock::from).unwrap_or_default(),
        sentence_starts: corpus.sentence_starts(),
        groups: Vec::new(),
        decided,
        twins,
        pair_index,
        strictness,
        copies,
        copy_cluster,
        stats: Stats::default(),
    };
    alignment.groups = alignment.with_copies(decided_groups);
    alignment.stats = Stats {
        sentences: vectors.items.len(),
        candidate_pairs: candidates,
        kept_pairs: alignment.same_pairs(),
        groups: alignment.groups.len(),
        quantities_ms,
        index_ms,
        scoring_ms,
        grouping_ms: ms(t),
        total_ms: ms(start),
        ..Stats::default()
    };
    // The vectors are hundreds of thousands of small allocations: freed on the pool, beside
    // what the caller does next (in line, a hundredth of the run on 1,000 articles).
    rayon::spawn(move || drop(vectors));
    progress(Progress {
        done: 1,
        total: 1,
        phase: "aligned",
    });
    alignment
}

/// Number of `decided` pairs that report the same fact at `strictness`.
fn same_pairs(decided: &[groups::Decided], strictness: Strictness) -> usize {
    let threshold = strictness.threshold();
    decided
        .iter()
        .filter(|d| d.probability >= threshold)
        .count()
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

impl Alignment {
    /// The passages of other articles that report the same fact as `p` at the strictness in
    /// force, most probable first.
    pub fn counterparts(&self, p: PassageRef) -> &[Counterpart] {
        let all = self.lists().of(p);
        &all[..self.same_count(all)]
    }

    /// The most probable passages below the decision: related, not the same fact.
    pub fn related(&self, p: PassageRef) -> &[Counterpart] {
        let all = self.lists().of(p);
        let same = self.same_count(all);
        &all[same..all.len().min(same + decision::RELATED_MAX)]
    }

    /// Counterparts then related passages, each with what it is to `p`.
    pub fn listed(&self, p: PassageRef) -> impl Iterator<Item = (Counterpart, Relation)> + '_ {
        let same = self.counterparts(p).iter().map(|&c| (c, Relation::Same));
        same.chain(self.related(p).iter().map(|&c| (c, Relation::Related)))
    }

    fn lists(&self) -> &listed::Listed {
        self.listed
            .get_or_init(|| listed::Listed::new(self.sentence_starts.clone(), &self.decided))
    }

    fn same_count(&self, list: &[Counterpart]) -> usize {
        let threshold = self.strictness.threshold();
        list.iter()
            .take_while(|c| c.probability >= threshold)
            .count()
    }

    /// Similarity of two passages when the alignment compared them (0 otherwise).
    pub fn similarity(&self, a: PassageRef, b: PassageRef) -> f32 {
        let (first, second) = (a.min(b), a.max(b));
        let run = &self.decided[self.pair_index.run(first)];
        run.binary_search_by(|d| d.b.cmp(&second))
            .map_or(0.0, |k| run[k].similarity)
    }

    pub fn strictness(&self) -> Strictness {
        self.strictness
    }

    /// Decides again at another strictness: counterparts, coverage and groups follow (at the
    /// strictness in force, nothing changes and nothing is regrouped).
    pub fn set_strictness(&mut self, corpus: &Corpus, strictness: Strictness) {
        if self.strictness == strictness {
            return;
        }
        self.strictness = strictness;
        self.groups = self.grouped(corpus);
        self.stats.kept_pairs = self.same_pairs();
        self.stats.groups = self.groups.len();
    }

    /// Number of pairs that report the same fact at the strictness in force.
    fn same_pairs(&self) -> usize {
        same_pairs(&self.decided, self.strictness)
    }

    /// The groups at the strictness in force: facts decided pair by pair, then each cluster of
    /// copies as one group however many articles carry it (a cluster's members are too many to
    /// be each other's best candidates: 2,000 copies of a wire story must still form one group).
    fn grouped(&self, corpus: &Corpus) -> Vec<Group> {
        let done = Default::default();
        self.with_copies(groups::build(
            corpus,
            &self.decided,
            &self.twins,
            self.strictness,
            &done,
        ))
    }

    /// `groups::build`'s groups and each cluster of copies they do not hold exactly.
    fn with_copies(&self, mut out: Vec<Group>) -> Vec<Group> {
        let sorted = |ps: &[PassageRef]| {
            let mut ps = ps.to_vec();
            ps.sort_unstable();
            ps
        };
        // A cluster grouped exactly already is not listed twice (only clusters need sorting).
        let clusters: Vec<Vec<PassageRef>> = self.copies.iter().map(|m| sorted(m)).collect();
        let wanted: rustc_hash::FxHashSet<&[PassageRef]> =
            clusters.iter().map(Vec::as_slice).collect();
        let grouped: rustc_hash::FxHashSet<&[PassageRef]> = out
            .iter()
            .map(|g| g.passages.as_slice())
            .filter(|ps| wanted.contains(ps))
            .collect();
        let extra: Vec<Group> = self
            .copies
            .iter()
            .zip(&clusters)
            .filter(|(_, sorted)| !grouped.contains(sorted.as_slice()))
            .map(|(members, _)| Group {
                score: 1.0,
                passages: members.clone(),
            })
            .collect();
        out.extend(extra);
        out
    }

    /// The other passages that are copies of this one (same text republished), in article
    /// order; empty for a passage nobody else carries verbatim.
    pub fn copies_of(&self, p: PassageRef) -> impl Iterator<Item = PassageRef> + '_ {
        self.copy_cluster
            .get(&p)
            .map(|&c| self.copies[c].as_slice())
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(move |&q| q != p)
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }
}
