//! The columns view's state: 2 to 4 articles side by side, aligned passages on the same row,
//! gaps where a source has nothing, prose word-wrapped. Rows are wrapped once per width.

use super::wrap::wrap_runs;
use crate::align::{Alignment, column_rows};
use crate::corpus::Corpus;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Columns {
    /// The articles shown, left to right.
    pub articles: Vec<usize>,
    /// Per row, per column: the sentences and their wrapped lines.
    pub rows: Vec<Vec<Cell>>,
    pub selected: usize,
    /// First row on screen.
    pub first: usize,
    pub key: Option<(Vec<usize>, u16)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub sentences: Vec<usize>,
    pub lines: Vec<String>,
}

impl Columns {
    pub fn row_height(&self, row: usize) -> usize {
        self.rows.get(row).map_or(1, |cells| {
            cells
                .iter()
                .map(|c| c.lines.len())
                .max()
                .unwrap_or(1)
                .max(1)
        })
    }

    /// True when two or more columns have text on this row.
    pub fn is_aligned(&self, row: usize) -> bool {
        self.rows
            .get(row)
            .is_some_and(|cells| cells.iter().filter(|c| !c.sentences.is_empty()).count() >= 2)
    }

    /// Scrolls so the selected row is on screen, given the screen height in lines.
    pub fn keep_selected_visible(&mut self, height: usize) {
        if self.selected < self.first {
            self.first = self.selected;
        }
        loop {
            let used: usize = (self.first..=self.selected)
                .map(|r| self.row_height(r) + 1)
                .sum();
            if used <= height.max(1) || self.first >= self.selected {
                break;
            }
            self.first += 1;
        }
    }
}

/// Lays out `articles` in columns of `column_width`.
pub fn build(
    corpus: &Corpus,
    alignment: &Alignment,
    articles: &[usize],
    column_width: u16,
) -> Vec<Vec<Cell>> {
    column_rows(corpus, alignment, articles)
        .into_iter()
        .map(|row| {
            row.cells
                .iter()
                .zip(articles)
                .map(|(sentences, &a)| {
                    let article = &corpus.articles[a];
                    let text: Vec<String> = sentences
                        .iter()
                        .map(|&s| article.sentence_text(s).to_string())
                        .collect();
                    let lines = if text.is_empty() {
                        vec![]
                    } else {
                        wrap_runs(&[(text.join(" "), ())], column_width as usize)
                            .into_iter()
                            .map(|l| l.into_iter().map(|(t, _)| t).collect())
                            .collect()
                    };
                    Cell {
                        sentences: sentences.clone(),
                        lines,
                    }
                })
                .collect()
        })
        .collect()
}
