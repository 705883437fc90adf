//! The Columns view's state: 2 to 4 articles side by side, one row per sentence of the first
//! (the one read) with the others' aligned passages beside it, and runs of what only the
//! others report, folded into one line until opened. Cells are marked and wrapped once per
//! width, so drawing only copies lines.

use crate::tui::compare::DiffKind;
use crate::tui::cursor::Selection;
use crossread::align::PassageRef;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Columns {
    /// The articles shown, left to right; the first is the one read.
    pub articles: Vec<usize>,
    pub rows: Vec<Row>,
    /// Per run of the others' rows: whether it is open.
    pub open: Vec<bool>,
    /// The selected row (always a shown one) and column.
    pub selection: Selection,
    pub scroll: Scroll,
    /// The row holding the reader's current sentence.
    pub current: Option<usize>,
    /// The reader's passage the view was last opened at.
    pub synced: Option<PassageRef>,
    pub key: Option<(Vec<usize>, u16)>,
    /// The article picker, open on this article (index into the corpus).
    pub picker: Option<usize>,
}

/// Where the screen starts: its first row, and how many of that row's lines are scrolled off
/// the top (a row taller than the screen is paged through).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scroll {
    pub first: usize,
    pub skip: usize,
}

impl Scroll {
    /// The screen starting at the top of `row`.
    pub fn at(row: usize) -> Scroll {
        Scroll {
            first: row,
            skip: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum RowKind {
    Passages {
        /// The run of the others' rows it belongs to, if any.
        run: Option<usize>,
    },
    /// The folded line for a run: how many passages of each column it holds.
    Run { run: usize, counts: Vec<usize> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub kind: RowKind,
    pub cells: Vec<Cell>,
    /// Two of its cells give figures that cannot both hold.
    pub conflict: bool,
    /// Its passages differ in a claim (numbers, names, negation, hedges, sources).
    pub differs: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub sentences: Vec<usize>,
    /// What differs from the first column's passage ("164 vs 40 · …").
    pub summary: Option<String>,
    pub lines: Vec<Vec<(String, DiffKind)>>,
    /// An empty cell beside the article read: its article's closest passage that is only
    /// related (below the decision), dimmed; never counted as reporting the same fact.
    pub related: Option<RelatedHint>,
}

/// A related passage shown in an otherwise empty cell: "related p 0.20 · sentence 12", then
/// its first lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RelatedHint {
    pub label: String,
    pub lines: Vec<String>,
}

impl RelatedHint {
    fn height(&self) -> usize {
        1 + self.lines.len()
    }
}

impl Columns {
    pub fn is_shown(&self, row: usize) -> bool {
        match self.rows.get(row).map(|r| &r.kind) {
            Some(RowKind::Passages { run: Some(r) }) => self.open.get(*r).copied().unwrap_or(false),
            Some(_) => true,
            None => false,
        }
    }

    pub fn row_height(&self, row: usize) -> usize {
        self.rows.get(row).map_or(1, |r| {
            r.cells
                .iter()
                .map(|c| {
                    c.lines.len()
                        + usize::from(c.summary.is_some())
                        + c.related.as_ref().map_or(0, RelatedHint::height)
                })
                .max()
                .unwrap_or(1)
                .max(1)
        })
    }

    /// True when a separator line follows the row: between rows that are not both the first
    /// article's lone sentences, which read on as running text.
    pub fn rule_after(&self, row: usize) -> bool {
        let next = (row + 1..self.rows.len()).find(|&r| self.is_shown(r));
        let lone = |r: usize| {
            self.rows.get(r).is_some_and(|x| {
                matches!(x.kind, RowKind::Passages { run: None })
                    && x.cells.iter().skip(1).all(|c| c.sentences.is_empty())
            })
        };
        next.is_some_and(|n| !(lone(row) && lone(n)))
    }

    /// The next shown row after `from` (before it when `forward` is false) that passes `keep`.
    pub fn find(&self, from: usize, forward: bool, keep: impl Fn(&Row) -> bool) -> Option<usize> {
        let matches = |&r: &usize| self.is_shown(r) && keep(&self.rows[r]);
        if forward {
            (from + 1..self.rows.len()).find(matches)
        } else {
            (0..from.min(self.rows.len())).rev().find(matches)
        }
    }

    /// The shown row `steps` rows away from the selected one (negative: up).
    pub fn step(&self, steps: i32) -> usize {
        let mut at = self.selection.row;
        for _ in 0..steps.unsigned_abs() {
            match self.find(at, steps > 0, |_| true) {
                Some(r) => at = r,
                None => break,
            }
        }
        at
    }

    /// Opens the run that holds `row`, so that it can be selected.
    pub fn reveal(&mut self, row: usize) {
        if let Some(RowKind::Passages { run: Some(r) }) = self.rows.get(row).map(|x| &x.kind)
            && let Some(open) = self.open.get_mut(*r)
        {
            *open = true;
        }
    }

    /// The first-column row of a sentence of the first article (or the nearest before it).
    pub fn row_of(&self, sentence: usize) -> Option<usize> {
        let in_first = |r: &Row| matches!(r.kind, RowKind::Passages { run: None });
        let first_sentence = |r: &Row| r.cells.first().and_then(|c| c.sentences.first()).copied();
        self.rows
            .iter()
            .position(|r| in_first(r) && first_sentence(r) == Some(sentence))
            .or_else(|| {
                self.rows
                    .iter()
                    .rposition(|r| in_first(r) && first_sentence(r).is_some_and(|s| s < sentence))
            })
    }

    /// The passage a key acts on: the selected column's first sentence on the selected row, or
    /// the row's first passage when that cell is empty.
    pub fn selected_passage(&self) -> Option<PassageRef> {
        let row = self.rows.get(self.selection.row)?;
        let pick = |k: usize| -> Option<PassageRef> {
            Some(PassageRef {
                article: *self.articles.get(k)?,
                sentence: *row.cells.get(k)?.sentences.first()?,
            })
        };
        pick(self.selection.column).or_else(|| (0..row.cells.len()).find_map(pick))
    }

    /// Every passage on the selected row, column by column (a note on the row is on all).
    pub fn selected_row_passages(&self) -> Vec<PassageRef> {
        let Some(row) = self.rows.get(self.selection.row) else {
            return vec![];
        };
        row.cells
            .iter()
            .zip(&self.articles)
            .flat_map(|(c, &article)| {
                c.sentences
                    .iter()
                    .map(move |&sentence| PassageRef { article, sentence })
            })
            .collect()
    }

    /// Lines from the top of the screen to the bottom of the selected row.
    fn lines_to_selected(&self) -> usize {
        let rows: usize = (self.scroll.first..=self.selection.row)
            .filter(|&r| self.is_shown(r))
            .map(|r| self.row_height(r))
            .sum();
        let rules = (self.scroll.first..self.selection.row)
            .filter(|&r| self.is_shown(r) && self.rule_after(r))
            .count();
        (rows + rules).saturating_sub(self.scroll.skip)
    }

    /// Scrolls so the selected row is on screen (its top, when it is taller than the screen),
    /// given the screen height in lines.
    pub fn keep_selected_visible(&mut self, height: usize) {
        if self.selection.row < self.scroll.first {
            self.scroll = Scroll::at(self.selection.row);
        }
        while self.scroll.first < self.selection.row && self.lines_to_selected() > height.max(1) {
            self.scroll = Scroll::at(self.scroll.first + 1);
        }
    }

    /// Pages through a selected row taller than the screen; false when there is no more of it
    /// that way, and the keys move to the next row instead.
    pub fn page_within(&mut self, height: usize, forward: bool) -> bool {
        let step = (height / 2).max(1);
        if !forward {
            if self.scroll.first == self.selection.row && self.scroll.skip > 0 {
                self.scroll.skip = self.scroll.skip.saturating_sub(step);
                return true;
            }
            return false;
        }
        let end = self.lines_to_selected();
        if end <= height {
            return false;
        }
        if self.scroll.first < self.selection.row {
            self.scroll = Scroll::at(self.selection.row);
        } else {
            self.scroll.skip += step.min(end - height);
        }
        true
    }
}
