//! What a note's export quotes from the report: the counterparts of the noted passage, with
//! the figures they give that other sources dispute, and the quantities in conflict.

use super::Report;
use crate::align::PassageRef;
use crate::corpus::Corpus;
use crate::notes::Note;
use crate::notes::export::{self, CounterpartQuote, ExportInput, FigureConflictRow};

impl Report {
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
                out.push(CounterpartQuote {
                    article_id: other.id.clone(),
                    source: other.source_label().to_string(),
                    text: other.sentence_text(c.passage.sentence).to_string(),
                    score: c.score,
                    probability: c.probability,
                    differing_figures: self.disputed_values(c.passage),
                });
            }
        }
        out
    }

    /// The values a passage gives for quantities the sources disagree on, as the report
    /// writes them.
    fn disputed_values(&self, p: PassageRef) -> Vec<String> {
        self.figures
            .in_sentence(p.article, p.sentence)
            .filter(|f| self.figures.is_conflicting(f.id))
            .filter_map(|f| self.shown(f.id))
            .map(|shown| shown.value.clone())
            .collect()
    }

    /// A figure as the quantities show it.
    fn shown(&self, id: usize) -> Option<&super::ShownFigure> {
        self.quantities
            .iter()
            .flat_map(|q| q.values.all())
            .find(|s| s.id == id)
    }

    /// The quantities the sources disagree on, with the verdict and the timeline.
    pub fn conflict_rows(&self) -> Vec<FigureConflictRow> {
        self.quantities
            .iter()
            .filter(|q| q.row.conflict)
            .map(|q| FigureConflictRow {
                quantity: q.label.clone(),
                verdict: q.verdict_label().to_string(),
                timeline: q.timeline.clone(),
            })
            .collect()
    }
}

/// Markdown export of `notes`, with counterparts and conflicts when the report is there.
pub fn export_markdown(corpus: &Corpus, notes: &[Note], report: Option<&Report>) -> String {
    let conflicts = report.map(Report::conflict_rows).unwrap_or_default();
    let counterparts = |article: usize, start: usize, end: usize| {
        report
            .map(|r| r.counterpart_quotes(corpus, article, start, end))
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
