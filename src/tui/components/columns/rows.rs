//! The Columns view's rows: one per sentence of the article read, the others' aligned
//! passages beside it, and runs of what only the others report; each cell marked for what
//! differs and wrapped to the column width once.

use super::state::{Cell, RelatedHint, Row, RowKind};
use crate::tui::compare::{DiffKind, marked_runs, with_conflicts};
use crate::tui::views::truncate;
use crate::tui::wrap::wrap_runs;
use crossread::align::difference::{Differences, Mark, PassageFigure, differences, figure_reading};
use crossread::align::{Block, ColumnRow, PassageRef, column_blocks, columns::conflicting_figures};
use crossread::corpus::Corpus;
use crossread::figures::FigureSet;
use crossread::report::Report;
use std::ops::Range;

/// Lays out `articles` in columns of `column_width`: rows, and how many runs they hold.
pub fn build(
    corpus: &Corpus,
    report: &Report,
    articles: &[usize],
    column_width: u16,
) -> (Vec<Row>, usize) {
    let width = column_width as usize;
    let mut rows = Vec::new();
    let mut runs = 0;
    for block in column_blocks(corpus, &report.alignment, articles) {
        match block {
            Block::Row(r) => rows.push(row(corpus, report, articles, &r, None, width)),
            Block::Others(run) => {
                let counts = (0..articles.len())
                    .map(|k| run.iter().map(|r| r.cells[k].len()).sum())
                    .collect();
                rows.push(Row {
                    kind: RowKind::Run { run: runs, counts },
                    cells: vec![],
                    conflict: false,
                    differs: false,
                });
                for r in &run {
                    rows.push(row(corpus, report, articles, r, Some(runs), width));
                }
                runs += 1;
            }
        }
    }
    (rows, runs)
}

/// One row: each cell's text marked against the others and wrapped.
fn row(
    corpus: &Corpus,
    report: &Report,
    articles: &[usize],
    r: &ColumnRow,
    run: Option<usize>,
    width: usize,
) -> Row {
    let figures = &report.figures;
    let texts: Vec<CellText> = r
        .cells
        .iter()
        .zip(articles)
        .map(|(cell, &a)| CellText::new(corpus, a, cell))
        .collect();
    let conflicting = conflicting_figures(figures, r, articles);
    let filled: Vec<usize> = (0..texts.len())
        .filter(|&k| !texts[k].text.is_empty())
        .collect();
    // Pairwise differences between the filled cells, computed once per pair.
    let cell_figures: Vec<_> = texts.iter().map(|t| t.figures(figures)).collect();
    let mut pairs: Vec<(usize, usize, Differences)> = Vec::new();
    for (i, &a) in filled.iter().enumerate() {
        for &b in &filled[i + 1..] {
            let read = figure_reading(figures, &cell_figures[a], &cell_figures[b]);
            pairs.push((a, b, differences(&texts[a].text, &texts[b].text, &read)));
        }
    }
    let mut differs = false;
    let cells = (0..texts.len())
        .map(|k| {
            let t = &texts[k];
            let marks_vs: Vec<&[Mark]> = pairs
                .iter()
                .filter_map(|(a, b, d)| {
                    (*a == k)
                        .then_some(&d.left_marks[..])
                        .or((*b == k).then_some(&d.right_marks[..]))
                })
                .collect();
            // A word is marked when no other cell of the row says it.
            let marks: Vec<Mark> = marks_vs
                .first()
                .map(|first| {
                    first
                        .iter()
                        .filter(|m| marks_vs.iter().all(|ms| ms.contains(m)))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            let conflicts: Vec<Range<usize>> = conflicting
                .iter()
                .filter_map(|&id| figures.figures.get(id))
                .filter_map(|f| t.local(f.article, f.sentence, f.start..f.end))
                .collect();
            let lines = t.wrapped(&with_conflicts(&conflicts, &marks), width);
            let summary = pairs
                .iter()
                .find(|(a, b, _)| *a == 0 && *b == k)
                .map(|(_, _, d)| {
                    differs |= d.in_substance();
                    d.summary()
                });
            // Only beside the article read: a run's rows are the others' own passages.
            let related = (run.is_none() && k > 0 && t.text.is_empty())
                .then(|| related_hint(corpus, report, articles, r, k, width))
                .flatten();
            Cell {
                sentences: t.sentences.clone(),
                summary,
                lines,
                related,
            }
        })
        .collect();
    if run.is_some() || texts.first().is_some_and(|t| t.text.is_empty()) {
        differs = pairs.iter().any(|(_, _, d)| d.in_substance());
    }
    Row {
        kind: RowKind::Passages { run },
        cells,
        conflict: !conflicting.is_empty(),
        differs,
    }
}

/// Lines of a related passage shown at most in an empty cell: enough to tell what it says,
/// not so many that a row grows for what is not the same fact.
const RELATED_LINES: usize = 3;

/// The closest related passage of column `k`'s article to the row's sentence of the article
/// read, if the alignment lists one (`Alignment::related`).
fn related_hint(
    corpus: &Corpus,
    report: &Report,
    articles: &[usize],
    r: &ColumnRow,
    k: usize,
    width: usize,
) -> Option<RelatedHint> {
    let at = PassageRef {
        article: *articles.first()?,
        sentence: *r.cells.first()?.first()?,
    };
    let c = report
        .alignment
        .related(at)
        .iter()
        .find(|c| c.passage.article == articles[k])?;
    let text = corpus.articles[c.passage.article].sentence_text(c.passage.sentence);
    let wrapped = wrap_runs(&[(text.to_string(), DiffKind::Same)], width);
    let mut lines: Vec<String> = wrapped
        .iter()
        .take(RELATED_LINES)
        .map(|l| l.iter().map(|(t, _)| t.as_str()).collect())
        .collect();
    if wrapped.len() > RELATED_LINES
        && let Some(last) = lines.last_mut()
    {
        *last = truncate(&format!("{last}…"), width);
    }
    Some(RelatedHint {
        label: format!(
            "related p {:.2} · sentence {}",
            c.probability,
            c.passage.sentence + 1
        ),
        lines,
    })
}

/// A cell's sentences joined into one text, with where each starts in it.
struct CellText {
    article: usize,
    sentences: Vec<usize>,
    text: String,
    /// (sentence, its first byte in the article, its first byte in `text`).
    starts: Vec<(usize, usize, usize)>,
}

impl CellText {
    fn new(corpus: &Corpus, article: usize, sentences: &[usize]) -> CellText {
        let mut text = String::new();
        let mut starts = Vec::new();
        if let Some(a) = corpus.articles.get(article) {
            for &s in sentences {
                if !text.is_empty() {
                    text.push(' ');
                }
                let start = a.sentences.get(s).map_or(0, |x| x.start);
                starts.push((s, start, text.len()));
                text.push_str(a.sentence_text(s));
            }
        }
        CellText {
            article,
            sentences: sentences.to_vec(),
            text,
            starts,
        }
    }

    /// The cell's lines: each sentence marked and wrapped on its own, so that passages far
    /// apart in their article do not run into one another.
    fn wrapped(
        &self,
        marks: &[(Range<usize>, DiffKind)],
        width: usize,
    ) -> Vec<Vec<(String, DiffKind)>> {
        let mut lines = Vec::new();
        for (i, &(_, _, at)) in self.starts.iter().enumerate() {
            let end = self
                .starts
                .get(i + 1)
                .map_or(self.text.len(), |next| next.2 - 1);
            let local: Vec<(Range<usize>, DiffKind)> = marks
                .iter()
                .filter(|(r, _)| r.start >= at && r.end <= end)
                .map(|(r, k)| (r.start - at..r.end - at, *k))
                .collect();
            lines.extend(wrap_runs(&marked_runs(&self.text[at..end], &local), width));
        }
        lines
    }

    /// An article's byte span in sentence `sentence`, as a span of this cell's text.
    /// The cell's figures, each with its span in `text`.
    fn figures<'f>(&self, figures: &'f FigureSet) -> Vec<PassageFigure<'f>> {
        self.sentences
            .iter()
            .flat_map(|&s| figures.in_sentence(self.article, s))
            .filter_map(|f| Some((f, self.local(f.article, f.sentence, f.span())?)))
            .collect()
    }

    fn local(&self, article: usize, sentence: usize, span: Range<usize>) -> Option<Range<usize>> {
        if article != self.article {
            return None;
        }
        let &(_, base, at) = self.starts.iter().find(|(s, _, _)| *s == sentence)?;
        Some(span.start.checked_sub(base)? + at..span.end.checked_sub(base)? + at)
    }
}
