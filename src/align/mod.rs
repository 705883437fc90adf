//! Alignment: which sentences of different articles report the same fact.
//!
//! 1. Every content sentence becomes a weighted term vector (`score`, `features`, `lexicon`),
//!    with a term for each quantity it gives a figure for (`quantities`).
//! 2. Candidates come from an inverted index over terms, skipping terms so common that they
//!    say nothing (never all pairs), and are scored in full (`candidates`).
//! 3. A pair is kept when it is strong, or weaker but vouched for by a third article (both
//!    sentences strongly match one of its sentences) — never by transitive chaining, so a
//!    corpus about one event does not collapse into one group (`groups`).
//! 4. Groups hold only mutually alike passages, each kept pair in exactly one group; a
//!    sentence's counterparts are its kept pairs, ranked by similarity.

mod candidates;
pub mod columns;
mod content;
pub mod copies;
pub mod diff;
pub mod difference;
pub mod features;
mod groups;
pub mod lexicon;
pub mod quantities;
pub mod score;
pub mod stance;

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

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counterpart {
    pub passage: PassageRef,
    pub score: f32,
}

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
    /// Figures for shared quantities (part of indexing; reading them is counted only when
    /// the alignment read them itself).
    pub quantities_ms: f64,
    pub index_ms: f64,
    pub scoring_ms: f64,
    pub grouping_ms: f64,
    pub total_ms: f64,
}

pub struct Alignment {
    pub groups: Vec<Group>,
    counterparts: HashMap<PassageRef, Vec<Counterpart>>,
    stats: Stats,
}

pub fn align(corpus: &Corpus) -> Alignment {
    align_with_progress(corpus, &mut |_| {})
}

pub fn align_with_progress(corpus: &Corpus, progress: &mut dyn FnMut(Progress)) -> Alignment {
    let start = Instant::now();
    let readings = crate::figures::read(corpus);
    let read_ms = ms(start);
    let mut alignment = align_with_readings(corpus, &readings, progress);
    // Reading the figures is part of this alignment's indexing.
    let stats = &mut alignment.stats;
    stats.quantities_ms += read_ms;
    stats.index_ms += read_ms;
    stats.total_ms += read_ms;
    alignment
}

/// Aligns with the corpus's figures already read (the analysis reads them once for both).
pub fn align_with_readings(
    corpus: &Corpus,
    readings: &crate::figures::Readings,
    progress: &mut dyn FnMut(Progress),
) -> Alignment {
    let start = Instant::now();
    progress(Progress {
        done: 0,
        total: 1,
        phase: "indexing",
    });
    let quantities = quantities::quantity_terms(corpus, readings);
    let quantities_ms = ms(start);
    let vectors = score::vectors(corpus, &quantities);
    let index_ms = ms(start);
    let t = Instant::now();
    let (pairs, candidates) = candidates::scored_pairs(&vectors, progress);
    let pairs = groups::kept_pairs(&vectors, pairs);
    let scoring_ms = ms(t);
    let t = Instant::now();
    let kept_pairs = pairs.len();
    let mut alignment = groups::build(corpus, &vectors, pairs);
    alignment.stats = Stats {
        sentences: vectors.items.len(),
        candidate_pairs: candidates,
        kept_pairs,
        groups: alignment.groups.len(),
        quantities_ms,
        index_ms,
        scoring_ms,
        grouping_ms: ms(t),
        total_ms: ms(start),
    };
    progress(Progress {
        done: 1,
        total: 1,
        phase: "aligned",
    });
    alignment
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

impl Alignment {
    /// The passage's counterparts in other articles, best first.
    pub fn counterparts(&self, p: PassageRef) -> &[Counterpart] {
        self.counterparts.get(&p).map_or(&[], Vec::as_slice)
    }

    /// How many other articles report the passage.
    pub fn coverage(&self, p: PassageRef) -> usize {
        let mut articles: Vec<usize> = self
            .counterparts(p)
            .iter()
            .map(|c| c.passage.article)
            .collect();
        articles.sort_unstable();
        articles.dedup();
        articles.len()
    }

    /// Share of an article's content sentences that another source also reports.
    pub fn corroborated_share(&self, corpus: &Corpus, article: usize) -> f32 {
        let Some(a) = corpus.articles.get(article) else {
            return 0.0;
        };
        let (mut total, mut covered) = (0usize, 0usize);
        for (s, _) in a.content_sentences() {
            total += 1;
            if self.coverage(PassageRef {
                article,
                sentence: s,
            }) > 0
            {
                covered += 1;
            }
        }
        if total == 0 {
            0.0
        } else {
            covered as f32 / total as f32
        }
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }
}
