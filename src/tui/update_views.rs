//! Updates for the comparing side: the counterparts pane, the figures view, coverage and
//! conflict jumps, and the caches they draw from (the Columns view's are in update_columns).

use super::action::{Action, Focus, View};
use super::app::App;
use super::compare;
use super::cursor;
use crossread::align::PassageRef;
use crossread::analysis::Analysis;

impl App {
    /// The worker finished: keep the results and rebuild what shows them.
    pub fn set_analysis(&mut self, mut analysis: Box<Analysis>) {
        self.figures_view.rows = analysis.figures.all_rows(&self.corpus);
        if analysis.alignment.strictness() != self.strictness {
            analysis
                .alignment
                .set_strictness(&self.corpus, self.strictness);
        }
        self.corroborated = (0..self.corpus.articles.len())
            .map(|a| analysis.alignment.corroborated_share(&self.corpus, a))
            .collect();
        self.analysis = Some(analysis);
        self.progress = None;
        self.reader.layout_key = None;
        self.relayout();
        self.compare.key = None;
        self.columns.key = None;
        self.refresh_views();
    }

    /// Moves the strictness round lenient → balanced → strict: the gutter's counts, the
    /// corroboration shares, the counterparts and `s` all follow.
    pub fn cycle_strictness(&mut self) {
        self.strictness = self.strictness.next();
        let corpus = std::sync::Arc::clone(&self.corpus);
        let Some(analysis) = &mut self.analysis else {
            self.set_message(
                format!(
                    "matching: {} (applies when the alignment is done)",
                    self.strictness.name()
                ),
                false,
            );
            return;
        };
        analysis.alignment.set_strictness(&corpus, self.strictness);
        self.corroborated = (0..corpus.articles.len())
            .map(|a| analysis.alignment.corroborated_share(&corpus, a))
            .collect();
        self.reader.layout_key = None;
        self.relayout();
        self.compare.key = None;
        self.columns.key = None;
        self.refresh_views();
        self.set_message(
            format!(
                "matching: {} — the same fact needs a probability of {:.2} or more",
                self.strictness.name(),
                self.strictness.threshold()
            ),
            false,
        );
    }

    /// Rebuilds the compare pane and the columns view when their inputs changed.
    pub fn refresh_views(&mut self) {
        let Some(analysis) = &self.analysis else {
            return;
        };
        let panes = self.panes();
        if let Some(area) = panes.compare {
            let at = self.current_passage();
            let key = Some((at, area.width));
            if self.compare.key != key {
                let same_sentence = self.compare.key.is_some_and(|(p, _)| p == at);
                self.compare.entries = compare::build(
                    &self.corpus,
                    &analysis.alignment,
                    &analysis.figures,
                    at,
                    area.width.saturating_sub(2),
                );
                self.compare.key = key;
                if !same_sentence {
                    self.compare.selected = 0;
                    self.compare.scroll = 0;
                }
            }
        }
        if self.view == View::Columns {
            self.refresh_columns();
        }
    }

    pub(super) fn update_compare(&mut self, action: Action) {
        let n = self.compare.counterparts();
        match action {
            Action::Open => {
                if let Some(p) = self
                    .compare
                    .entries
                    .get(self.compare.selected)
                    .and_then(|e| e.passage)
                {
                    self.jump_to(p.article, p.sentence);
                    self.focus = Focus::Compare;
                    let back = self.keys(Action::JumpBack);
                    self.set_message(
                        format!("jumped to the counterpart; {back} jumps back"),
                        false,
                    );
                }
                return;
            }
            _ => match cursor::step(self.compare.selected, n, cursor::PAGE, action) {
                Some(s) => self.compare.selected = s,
                None => return,
            },
        }
        // Keep the selected entry's header on screen.
        let offsets = self.compare.entry_offsets();
        let height = self
            .panes()
            .compare
            .map_or(1, |a| a.height.saturating_sub(2) as usize);
        if let Some(&top) = offsets.get(self.compare.selected) {
            let bottom = top + self.compare.entries[self.compare.selected].height();
            if top < self.compare.scroll {
                self.compare.scroll = top;
            } else if bottom > self.compare.scroll + height {
                self.compare.scroll = bottom.saturating_sub(height).min(top);
            }
        }
    }

    pub(super) fn update_figures(&mut self, action: Action) {
        let rows = self.figures_view.rows.len();
        let n = self.corpus.articles.len();
        let view = &mut self.figures_view;
        match action {
            Action::Right if n > 0 => view.column = (view.column + 1).min(n - 1),
            Action::Left => view.column = view.column.saturating_sub(1),
            Action::Open => return self.open_selected_figure(),
            _ => {
                if let Some(s) = cursor::step(view.selected, rows, cursor::PAGE, action) {
                    view.selected = s;
                }
            }
        }
        let shown = super::views::figures::visible_columns(self.panes().full.width, n);
        let view = &mut self.figures_view;
        if view.column < view.col_offset {
            view.col_offset = view.column;
        } else if view.column >= view.col_offset + shown {
            view.col_offset = view.column + 1 - shown;
        }
    }

    /// The figure in the selected cell only (None on an empty `·` cell), as a figure id.
    pub fn selected_cell_figure(&self) -> Option<usize> {
        let row = self.figures_view.rows.get(self.figures_view.selected)?;
        row.cells.get(self.figures_view.column)?.first().copied()
    }

    /// The figure in the selected cell (or the row's first figure), as a figure id.
    pub fn selected_figure(&self) -> Option<usize> {
        let row = self.figures_view.rows.get(self.figures_view.selected)?;
        row.cells
            .get(self.figures_view.column)
            .and_then(|c| c.first())
            .or_else(|| row.cells.iter().flatten().next())
            .copied()
    }

    fn open_selected_figure(&mut self) {
        let Some(analysis) = &self.analysis else {
            return;
        };
        let Some(f) = self
            .selected_figure()
            .and_then(|id| analysis.figures.figures.get(id))
        else {
            return;
        };
        let (article, sentence) = (f.article, f.sentence);
        self.view = View::Read;
        self.jump_to(article, sentence);
    }

    pub(super) fn next_unique(&mut self) {
        let Some(analysis) = &self.analysis else {
            return self.say_not_ready("coverage appears");
        };
        let article = self.reader.article;
        let a = &self.corpus.articles[article];
        let n = a.sentences.len();
        let found = (1..=n).map(|k| (self.reader.sentence + k) % n).find(|&s| {
            !a.sentences[s].boilerplate
                && self.is_shown(s)
                && analysis.alignment.coverage(PassageRef {
                    article,
                    sentence: s,
                }) == 0
        });
        match found {
            Some(s) => {
                self.view = View::Read;
                self.go_to(article, s);
                self.set_message("only this source reports this sentence", false);
            }
            None => self.set_message(
                "every sentence of this article is reported by another source",
                false,
            ),
        }
    }

    /// Jumps to the next (or previous) conflicting figure in reading order, across articles.
    pub(super) fn next_conflict(&mut self, forward: bool) {
        if self.view == View::Columns {
            return self.columns_next_conflict(forward);
        }
        let Some(analysis) = &self.analysis else {
            return self.say_not_ready("figures appear");
        };
        let here = (self.reader.article, self.reader.sentence);
        let mut conflicting: Vec<(usize, usize)> = analysis
            .figures
            .figures
            .iter()
            .filter(|f| analysis.figures.is_conflicting(f.id))
            .map(|f| (f.article, f.sentence))
            .collect();
        conflicting.sort();
        conflicting.dedup();
        let total = conflicting.len();
        let pick = if forward {
            conflicting
                .iter()
                .find(|&&c| c > here)
                .or(conflicting.first())
        } else {
            conflicting
                .iter()
                .rev()
                .find(|&&c| c < here)
                .or(conflicting.last())
        };
        match pick.copied() {
            Some((article, sentence)) => {
                let n = conflicting
                    .iter()
                    .position(|&c| c == (article, sentence))
                    .map_or(0, |i| i + 1);
                self.view = View::Read;
                self.jump_to(article, sentence);
                self.set_message(format!("conflicting figure {n} of {total}: see the counterparts for the other values"), false);
            }
            None => self.set_message("no figures the sources disagree on", false),
        }
    }
}
