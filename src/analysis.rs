//! The whole analysis of a corpus in one call: alignment first, then figures compared with
//! the help of the alignment. The CLI, the export and the TUI's worker all use this, so every
//! face shows the same results.

use crate::align::{self, Alignment, PassageRef, Progress};
use crate::corpus::Corpus;
use crate::figures::{self, FigureSet, format_value};
use crate::notes::Note;
use crate::notes::export::{self, CounterpartQuote, ExportInput, FigureConflictRow};

pub struct Analysis {
    pub alignment: Alignment,
    pub figures: FigureSet,
}

/// Aligns the corpus and analyses its figures, reporting progress as it goes.
pub fn analyse(corpus: &Corpus, progress: &mut dyn FnMut(Progress)) -> Analysis {
    // Figures are read once, for the alignment's shared quantities and for the comparison.
    progress(Progress {
        done: 0,
        total: 1,
        phase: "reading figures",
    });
    let readings = figures::read(corpus);
    let alignment = align::align_with_readings(corpus, &readings, progress);
    progress(Progress {
        done: 0,
        total: 1,
        phase: "figures",
    });
    let related = |a: (usize, usize), b: (usize, usize)| -> f32 {
        let a = PassageRef {
            article: a.0,
            sentence: a.1,
        };
        let b = PassageRef {
            article: b.0,
            sentence: b.1,
        };
        alignment.similarity(a, b)
    };
    let figures = figures::compare_readings(corpus, &readings, Some(&related));
    progress(Progress {
        done: 1,
        total: 1,
        phase: "figures",
    });
    Analysis { alignment, figures }
}

impl Analysis {
    /// Counterparts of the sentences within `start..end` of an article, for the export.
    pub fn counterpart_quotes(
        &self,
        corpus: &Corpus,
        article: usize,
        start: usize,
        end: usize,
    ) -> Vec<CounterpartQuote> {
        let Some(a) = corpus.articles.get(article) else {
            return vec![];
        };
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (s, sentence) in a.sentences.iter().enumerate() {
            if sentence.end <= start || sentence.start >= end {
                continue;
            }
            for c in self.alignment.counterparts(PassageRef {
                article,
                sentence: s,
            }) {
                if seen.contains(&c.passage) {
                    continue;
                }
                seen.push(c.passage);
                let other = &corpus.articles[c.passage.article];
                let differing_figures = self
                    .figures
                    .in_sentence(c.passage.article, c.passage.sentence)
                    .filter(|f| self.figures.is_conflicting(f.id))
                    .map(format_value)
                    .collect();
                out.push(CounterpartQuote {
                    article_id: other.id.clone(),
                    source: other.source_label().to_string(),
                    text: other.sentence_text(c.passage.sentence).to_string(),
                    score: c.score,
                    differing_figures,
                });
            }
        }
        out
    }

    /// The quantities the sources disagree on, with the verdict and the values in time order,
    /// written by the same timeline the CLI and the Figures view show.
    pub fn conflict_rows(&self, corpus: &Corpus) -> Vec<FigureConflictRow> {
        self.figures
            .table(corpus)
            .into_iter()
            .filter(|row| row.conflict)
            .map(|row| FigureConflictRow {
                quantity: row.label(),
                verdict: row
                    .verdict
                    .map(|v| v.label())
                    .unwrap_or_default()
                    .to_string(),
                timeline: self.figures.timeline(corpus, &row),
            })
            .collect()
    }
}

/// Markdown export of `notes`, with counterparts and conflicts when the analysis is there.
pub fn export_markdown(corpus: &Corpus, notes: &[Note], analysis: Option<&Analysis>) -> String {
    let conflicts = analysis
        .map(|a| a.conflict_rows(corpus))
        .unwrap_or_default();
    let counterparts = |article: usize, start: usize, end: usize| {
        analysis
            .map(|a| a.counterpart_quotes(corpus, article, start, end))
            .unwrap_or_default()
    };
    export::markdown(&ExportInput {
        corpus,
        notes,
        counterparts: &counterparts,
        conflicts: &conflicts,
    })
}

/// W3C Web Annotation JSON-LD export of `notes`.
pub fn export_web_annotation(corpus: &Corpus, notes: &[Note]) -> serde_json::Value {
    let none = |_: usize, _: usize, _: usize| Vec::new();
    export::web_annotation(&ExportInput {
        corpus,
        notes,
        counterparts: &none,
        conflicts: &[],
    })
}
