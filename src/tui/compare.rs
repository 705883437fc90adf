//! The compare pane's content for the current sentence: its counterparts in the other
//! articles, ranked, each word-diffed against it and wrapped to the pane's width. Built in
//! `update` when the sentence or width changes, so drawing only copies lines.

use super::wrap::wrap_runs;
use crate::align::diff::{Change, word_diff};
use crate::align::{Alignment, PassageRef};
use crate::corpus::Corpus;

/// How a run of a counterpart's text differs from the current sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    Same,
    Differs,
    /// A number that differs: emphasised most.
    Number,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The counterpart; None for an article that reports nothing like it.
    pub passage: Option<PassageRef>,
    pub article: usize,
    pub score: f32,
    pub lines: Vec<Vec<(String, DiffKind)>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Compare {
    pub key: Option<(PassageRef, u16)>,
    pub entries: Vec<Entry>,
    /// Index of the selected entry (counterparts first, so 0 is the best one).
    pub selected: usize,
    pub scroll: usize,
}

impl Compare {
    /// Number of entries that are real counterparts (selectable).
    pub fn counterparts(&self) -> usize {
        self.entries.iter().filter(|e| e.passage.is_some()).count()
    }

    /// The first line of each entry, counting a header line per entry.
    pub fn entry_offsets(&self) -> Vec<usize> {
        let mut at = 0;
        self.entries
            .iter()
            .map(|e| {
                let start = at;
                at += 1 + e.lines.len();
                start
            })
            .collect()
    }
}

/// Builds the pane's entries for passage `at`, wrapped to `width` columns.
pub fn build(corpus: &Corpus, alignment: &Alignment, at: PassageRef, width: u16) -> Vec<Entry> {
    let Some(article) = corpus.articles.get(at.article) else {
        return vec![];
    };
    let selected = article.sentence_text(at.sentence);
    let text_width = width.saturating_sub(2) as usize;
    let mut entries: Vec<Entry> = alignment
        .counterparts(at)
        .iter()
        .map(|c| {
            let other = corpus.articles[c.passage.article].sentence_text(c.passage.sentence);
            let diff = word_diff(selected, other);
            let runs: Vec<(String, DiffKind)> = diff
                .right
                .iter()
                .map(|p| {
                    let kind = match (&p.change, p.number) {
                        (Change::Same, _) => DiffKind::Same,
                        (Change::Differs, true) => DiffKind::Number,
                        (Change::Differs, false) => DiffKind::Differs,
                    };
                    (p.text.clone(), kind)
                })
                .collect();
            Entry {
                passage: Some(c.passage),
                article: c.passage.article,
                score: c.score,
                lines: wrap_runs(&runs, text_width),
            }
        })
        .collect();
    // The sources that say nothing like it: silence is information too.
    for (i, _) in corpus.articles.iter().enumerate() {
        if i != at.article && !entries.iter().any(|e| e.article == i) {
            entries.push(Entry {
                passage: None,
                article: i,
                score: 0.0,
                lines: vec![],
            });
        }
    }
    entries
}
