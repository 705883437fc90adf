//! Weighted term vectors for every content sentence and their similarity. Weights are IDF over
//! the corpus's sentences, so words the whole corpus keeps repeating ("protests",
//! "Kazakhstan") count for little; numbers weigh extra; unmatched names can still meet
//! through character trigrams.

use super::features::{Features, StemMemo, Term, features_with, packed, trigrams};
use super::quantities::QuantityTerms;
use super::tuning::{MIN_SHARED, NUMBER_BOOST, OTHER_YEAR, QUANTITY_BOOST};
use crate::corpus::Corpus;
use crate::language::lexicon::concept;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

pub use super::spread::Spread;

/// An interned name: its id, trigrams, and term id (for its weight).
type InternedName = (u32, Arc<[u64]>, u64, Option<u32>);

/// A capitalised word of a sentence: an id for exact matches, trigrams for near ones.
#[derive(Clone)]
pub struct Name {
    pub id: u32,
    /// Sorted, [`packed`].
    pub trigrams: Arc<[u64]>,
    /// [`names::trigram_mask`](super::names::trigram_mask) of the trigrams.
    pub mask: u64,
    /// Bits set in `mask`, counted once (no popcount instruction in the baseline target).
    pub mask_ones: u32,
    pub weight: f32,
}

/// One content sentence, ready to compare.
pub struct Vector {
    pub article: usize,
    pub sentence: usize,
    /// (term id, weight), sorted by term id.
    pub weights: Vec<(u32, f32)>,
    pub norm: f32,
    pub names: Vec<Name>,
    /// Years the sentence mentions (sorted): a sentence dated to another year reports
    /// another event ("the 2011 quake" is not this week's).
    pub years: Vec<u32>,
    /// The sentence denies something (`features::Features::negated`).
    pub negated: bool,
    /// The sentence names who says it (`features::Features::attributed`).
    pub attributed: bool,
    /// The sentence is a direct question (`features::asks`).
    pub asks: bool,
    /// The sentence is the article's title line.
    pub title: bool,
}

/// What a term stands for, for the decision's evidence (`decision`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    Word,
    /// A number that is not a year, or a date.
    Number,
    Year,
    Quantity,
}

pub struct Vectors {
    pub items: Vec<Vector>,
    /// Number of sentences each term occurs in.
    pub df: Vec<u32>,
    /// What each term id stands for.
    pub kinds: Vec<TermKind>,
}

impl Vector {
    /// The passage this is the vector of.
    pub fn passage(&self) -> super::PassageRef {
        super::PassageRef {
            article: self.article,
            sentence: self.sentence,
        }
    }
}

impl Vectors {
    /// How rare a term is in this set of articles, from 0 (in every sentence) to 1 (in one).
    pub fn rarity(&self, term: u32) -> f32 {
        let n = self.items.len().max(2) as f32;
        let df = self.df.get(term as usize).copied().unwrap_or(1).max(1) as f32;
        (n / df).ln() / n.ln()
    }
}

/// Builds the vectors of all content sentences (boilerplate and one-word lines are left out),
/// telling `progress` how far it is (done, total): the sentences' terms read are the first half,
/// the steps of building the index the second. The quantities (`quantities::quantity_terms`,
/// one core's work) are found beside the terms.
pub fn vectors(
    corpus: &Corpus,
    quantities: impl FnOnce() -> QuantityTerms + Send,
    progress: &mut dyn FnMut(usize, usize),
) -> Vectors {
    let mut raw: Vec<(usize, usize, Vec<u32>, &Features)> = Vec::new();
    let mut df: Vec<u32> = Vec::new();
    // Features in parallel (stemming is the costly part), interning in order.
    // Items in article-id order, so that every index-based tie-break later on is the same
    // whatever order the files were given in.
    let mut by_id: Vec<usize> = (0..corpus.articles.len()).collect();
    by_id.sort_by(|&a, &b| corpus.articles[a].id.cmp(&corpus.articles[b].id));
    let sentences: Vec<(usize, usize)> = by_id
        .iter()
        .flat_map(|&a| {
            corpus.articles[a]
                .content_sentences()
                .map(move |(s, _)| (a, s))
        })
        .collect();
    // A text's features depend on the text alone: each distinct text is read once.
    let (texts, text_of) = super::distinct::texts(
        sentences
            .iter()
            .map(|&(a, s)| comparable_text(&corpus.articles[a], s)),
    );
    let total = texts.len();
    // A memo per thread, kept from job to job: a memo per job read every word of the
    // vocabulary again in each (stemming it was a twentieth of the run on 1,000 articles).
    let memos = crate::parallel::PerThread::new(StemMemo::default);
    let (extracted, quantities): (Vec<Features>, QuantityTerms) =
        crate::parallel::counted(&mut |done| progress(done, 2 * total), |done| {
            let terms = || {
                crate::parallel::map_with(
                    &texts,
                    || memos.get(),
                    |memo, text| {
                        let features = features_with(text, memo);
                        done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        features
                    },
                )
            };
            rayon::join(terms, quantities)
        });
    // The index is built after the terms are read, in steps that report as the second half of
    // the bar (about as long as reading on 10,000 articles: two seconds the bar sat at 100%).
    let mut built = |share: usize| progress(total + total * share / 4, 2 * total);
    let quantities = &quantities;
    // Term ids in sorted term order, so that sums run in the same order for any input order.
    let quantity_terms: Vec<Term> = quantities
        .values()
        .flatten()
        .cloned()
        .map(Term::Quantity)
        .collect();
    // The vocabulary and each sentence's term ids are made on all cores (in order, they were
    // half of indexing 1,000 articles): terms are unique, so the order is the same.
    // A set per job, merged: collected in one set, every term went in on one core (a tenth of
    // indexing 1,000 articles).
    let unique = crate::parallel::distinct(
        extracted
            .par_iter()
            .flat_map_iter(|f| f.terms.iter())
            .chain(quantity_terms.par_iter()),
    );
    let mut vocabulary: Vec<&Term> = unique.into_iter().collect();
    vocabulary.par_sort_unstable();
    // Keyed by the terms themselves, not copies of them.
    let ids: HashMap<&Term, u32> = vocabulary.iter().zip(0..).map(|(&t, id)| (t, id)).collect();
    built(1);
    // Each distinct text's term ids once (sorted, each once), not once per sentence: copies of
    // a passage are looked up once.
    let text_ids: Vec<Vec<u32>> = extracted
        .par_iter()
        .map(|f| {
            let mut term_ids: Vec<u32> = f.terms.iter().map(|t| ids[t]).collect();
            term_ids.sort_unstable();
            term_ids.dedup();
            term_ids
        })
        .collect();
    // A sentence's terms are its text's and those of the quantities it gives figures for.
    let with_ids: Vec<(&Features, Vec<u32>)> = sentences
        .par_iter()
        .zip(&text_of)
        .map(|(&(a, s), &text)| {
            let mut term_ids = text_ids[text].clone();
            if let Some(given) = quantities.get(&(a, s)).filter(|given| !given.is_empty()) {
                term_ids.extend(given.iter().map(|k| ids[&Term::Quantity(k.clone())]));
                term_ids.sort_unstable();
                term_ids.dedup();
            }
            (&extracted[text], term_ids)
        })
        .collect();
    for (&(a, s), (f, term_ids)) in sentences.iter().zip(with_ids) {
        if term_ids.len() < 3 {
            continue;
        }
        for &t in &term_ids {
            if t as usize >= df.len() {
                df.resize(t as usize + 1, 0);
            }
            df[t as usize] += 1;
        }
        raw.push((a, s, term_ids, f));
    }
    built(2);
    let mut boost = vec![1.0f32; vocabulary.len()];
    let mut kinds = vec![TermKind::Word; vocabulary.len()];
    for (&t, id) in vocabulary.iter().zip(0..) {
        kinds[id as usize] = match t {
            Term::Word(_) => TermKind::Word,
            t if year(t).is_some() => TermKind::Year,
            Term::Number(_) => TermKind::Number,
            Term::Quantity(_) => TermKind::Quantity,
        };
        boost[id as usize] = match t {
            // Small counts ("two countries", "3 people") recur by chance; they are words.
            Term::Number(n) if n.parse::<u32>().is_ok_and(|v| v < 10) => 1.0,
            Term::Number(_) => NUMBER_BOOST,
            Term::Quantity(_) => QUANTITY_BOOST,
            Term::Word(_) => 1.0,
        };
    }
    let n = raw.len().max(1) as f32;
    // Each term's weight once (a logarithm per term of every sentence before).
    let idf_of: Vec<f32> = df
        .iter()
        .map(|&d| ((n + 1.0) / (d as f32 + 0.5)).ln().max(0.0))
        .collect();
    let idf = |t: u32| idf_of[t as usize];
    // Names are interned (ids only ever compared for equality) with their trigrams, each
    // distinct name once, on all cores (in order, one at a time, they were a tenth of
    // indexing 1,000 articles).
    let distinct: Vec<&str> = crate::parallel::distinct(
        raw.par_iter()
            .flat_map_iter(|(_, _, _, f)| f.names.iter().map(|name| &**name)),
    )
    .into_iter()
    .collect();
    let interned: Vec<InternedName> = distinct
        .par_iter()
        .enumerate()
        .map(|(id, name)| {
            let term = Term::Word(concept(crate::language::text::stem(name)).into());
            let grams: Vec<u64> = trigrams(name).into_iter().map(packed).collect();
            let mask = super::names::trigram_mask(&grams);
            (id as u32, Arc::from(grams), mask, ids.get(&term).copied())
        })
        .collect();
    let name_table: HashMap<&str, &InternedName> =
        distinct.iter().copied().zip(&interned).collect();
    let names: Vec<Vec<Name>> = raw
        .par_iter()
        .map(|(_, _, _, f)| {
            f.names
                .iter()
                .map(|name| {
                    let (id, trigrams, mask, term) = name_table[&**name];
                    Name {
                        id: *id,
                        trigrams: Arc::clone(trigrams),
                        mask: *mask,
                        mask_ones: mask.count_ones(),
                        weight: term.map_or(1.0, idf),
                    }
                })
                .collect()
        })
        .collect();
    built(3);
    let items = raw
        .into_par_iter()
        .zip(names)
        .map(|((article, sentence, term_ids, f), names)| {
            let weights: Vec<(u32, f32)> = term_ids
                .iter()
                .map(|&t| (t, idf(t) * boost[t as usize]))
                .collect();
            let norm = weights
                .iter()
                .map(|(_, w)| w * w)
                .sum::<f32>()
                .sqrt()
                .max(1e-6);
            let mut years: Vec<u32> = f.terms.iter().filter_map(year).collect();
            years.sort_unstable();
            years.dedup();
            Vector {
                article,
                sentence,
                weights,
                norm,
                names,
                years,
                negated: f.negated,
                attributed: f.attributed,
                asks: f.asks,
                title: corpus.articles[article].title_sentence == Some(sentence),
            }
        })
        .collect();
    built(4);
    // The texts' terms and ids and the stem memos are many small allocations: freed on the
    // pool when a core is free, not in line (that was a fortieth of the run on 1,000 articles,
    // with the other core idle). The vocabulary holds references only: a table or two.
    drop((ids, vocabulary));
    rayon::spawn(move || drop((extracted, text_ids)));
    rayon::spawn(move || drop(memos));
    Vectors { items, df, kinds }
}

/// Cosine similarity of two vectors, plus credit for names that are spelt differently.
pub fn similarity(a: &Vector, b: &Vector) -> f32 {
    let (dot, shared) = dot(a, b);
    mixed_similarity(a, b, dot, shared)
}

/// The dot product of two sentences' weights, and the number of terms they share.
#[inline]
pub(super) fn dot(a: &Vector, b: &Vector) -> (f32, usize) {
    let (mut i, mut j, mut dot, mut shared) = (0, 0, 0.0f32, 0usize);
    while i < a.weights.len() && j < b.weights.len() {
        match a.weights[i].0.cmp(&b.weights[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a.weights[i].1 * b.weights[j].1;
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (dot, shared)
}

/// The similarity of two sentences from the dot product of their weights over the `shared`
/// terms.
pub(super) fn mixed_similarity(a: &Vector, b: &Vector, dot: f32, shared: usize) -> f32 {
    mixed_with_names(a, b, dot, shared, super::names::fuzzy_names(a, b))
}

/// [`mixed_similarity`] with the credit for names spelt otherwise already made.
pub(super) fn mixed_with_names(a: &Vector, b: &Vector, dot: f32, shared: usize, names: f32) -> f32 {
    // One shared word is coincidence, not a shared fact.
    if shared + usize::from(names > 0.0) < MIN_SHARED {
        return 0.0;
    }
    // Cosine alone punishes a long sentence that contains a short one ("12 killed" inside a
    // paragraph-long sentence); containment alone favours one-word headlines. Half of each.
    let cosine = ((dot + names) / (a.norm * b.norm)).min(1.0);
    let smaller = a.norm.min(b.norm);
    let containment = ((dot + names) / (smaller * smaller)).min(1.0);
    let mixed = 0.5 * cosine + 0.5 * containment;
    // Most sentences give no year: that case first, without comparing the lists.
    let no_years = a.years.is_empty() && b.years.is_empty();
    if no_years || a.years == b.years || a.years.iter().any(|y| b.years.contains(y)) {
        mixed
    } else {
        mixed * OTHER_YEAR
    }
}

/// The text a sentence is compared by: a title line without the outlet it names
/// ("Growing Protests – The Organization for World Peace" is compared as "Growing Protests").
fn comparable_text(article: &crate::corpus::Article, sentence: usize) -> &str {
    let text = article.sentence_text(sentence);
    if article.title_sentence == Some(sentence)
        && !article.title.is_empty()
        && text.contains(&article.title)
    {
        &article.title
    } else {
        text
    }
}

/// A four-digit number that reads as a year of the modern era.
fn year(term: &Term) -> Option<u32> {
    match term {
        Term::Number(n) if n.len() == 4 => n.parse().ok().filter(|y| (1900..=2100).contains(y)),
        _ => None,
    }
}

#[cfg(test)]
#[path = "score_tests.rs"]
mod tests;
