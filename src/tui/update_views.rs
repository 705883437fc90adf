//! Updates for the comparing side: the counterparts pane, the figures view, coverage and
//! conflict jumps, and the caches they draw from (the Columns view rebuilds its own).

use super::action::View;
use super::app::{App, context};

use crossread::align::PassageRef;
use crossread::report::Report;

impl App {
    /// The worker finished: keep the results and rebuild what shows them.
    pub fn set_report(&mut self, mut report: Box<Report>) {
        report.set_strictness(&self.corpus, self.analysis.strictness);
        self.analysis.report = Some(report);
        self.analysis.progress = None;
        self.views.reader.layout_key = None;
        self.relayout();
        self.views.compare.key = None;
        self.views.columns.key = None;
        self.refresh_views();
    }

    /// Moves the strictness round lenient → balanced → strict: the gutter's counts, the
    /// corroboration shares, the counterparts and `s` all follow.
    pub fn cycle_strictness(&mut self) {
        self.analysis.strictness = self.analysis.strictness.next();
        let corpus = std::sync::Arc::clone(&self.corpus);
        let Some(report) = &mut self.analysis.report else {
            self.set_message(
                format!(
                    "matching: {} (applies when the alignment is done)",
                    self.analysis.strictness.name()
                ),
                false,
            );
            return;
        };
        report.set_strictness(&corpus, self.analysis.strictness);
        self.views.reader.layout_key = None;
        self.relayout();
        self.views.compare.key = None;
        self.views.columns.key = None;
        self.refresh_views();
        self.set_message(
            format!(
                "matching: {} — the same fact needs a probability of {:.2} or more",
                self.analysis.strictness.name(),
                self.analysis.strictness.threshold()
            ),
            false,
        );
    }

    /// Rebuilds the compare pane and the columns view when their inputs changed.
    pub fn refresh_views(&mut self) {
        if self.analysis.report.is_none() {
            return;
        }
        if let Some(area) = self.panes().compare {
            self.views.compare.refresh(&context!(self), area);
        }
        if self.view == View::Columns {
            self.refresh_columns();
        }
    }

    pub(super) fn next_unique(&mut self) {
        let Some(report) = &self.analysis.report else {
            return self.say_not_ready("coverage appears");
        };
        let article = self.views.reader.article;
        let a = &self.corpus.articles[article];
        let n = a.sentences.len();
        let found = (1..=n)
            .map(|k| (self.views.reader.sentence + k) % n)
            .find(|&s| {
                !a.sentences[s].boilerplate
                    && self.is_shown(s)
                    && report.alignment.coverage(PassageRef {
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
        let Some(report) = &self.analysis.report else {
            return self.say_not_ready("figures appear");
        };
        let here = (self.views.reader.article, self.views.reader.sentence);
        let mut conflicting: Vec<(usize, usize)> = report
            .figures
            .figures
            .iter()
            .filter(|f| report.figures.is_conflicting(f.id))
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
