//! Updates for the Columns view: which articles it shows (picked with `x`, also from inside
//! the view with its picker), moving by row and column, jumps to rows that differ or
//! conflict, opening a run of the others' rows, reading a passage, and what a note in the view
//! is on.

use super::action::{Action, Focus, View};
use super::app::App;
use super::columns::{self, RowKind};
use super::cursor;
use super::editor::EditorTarget;
use crossread::notes::{Anchor, GroupPassage, Target};

/// Most articles side by side.
pub const MAX_COLUMNS: usize = 4;
/// Narrowest column, in terminal cells, that still reads as prose (about five words a line).
const READABLE: usize = 30;

impl App {
    /// The columns view's articles: those picked with `x` (the one read first when picked),
    /// else all when they fit, else the open one and its neighbours.
    pub fn column_articles(&self) -> Vec<usize> {
        let read = self.reader.article;
        if self.column_marks.len() >= 2 {
            let mut out = self.column_marks.clone();
            if let Some(i) = out.iter().position(|&a| a == read) {
                out.remove(i);
                out.insert(0, read);
            }
            return out;
        }
        // Unpicked: every article when they fit at a readable width, else the one read and the
        // two after it.
        let n = self.corpus.articles.len();
        let width = super::views::columns::column_width(self.size.0, n) as usize;
        let shown = if n <= MAX_COLUMNS && width >= READABLE {
            n
        } else {
            3
        };
        (0..n).map(|k| (read + k) % n).take(shown).collect()
    }

    /// Rebuilds the view when its articles or width changed, and opens it at the reader's
    /// current sentence when that moved since it was last opened.
    pub(super) fn refresh_columns(&mut self) {
        let Some(report) = &self.report else {
            return;
        };
        let articles = self.column_articles();
        let width = super::views::columns::column_width(self.panes().full.width, articles.len());
        let key = Some((articles.clone(), width));
        let view = &mut self.columns;
        if view.key != key {
            let (rows, runs) = columns::build(&self.corpus, report, &articles, width);
            let same_articles = view.articles == articles;
            view.rows = rows;
            view.articles = articles;
            view.key = key;
            if !same_articles || view.open.len() != runs {
                view.open = vec![false; runs];
                view.synced = None;
                view.column = 0;
            }
        }
        let at = self.current_passage();
        let view = &mut self.columns;
        view.current = (view.articles.first() == Some(&at.article))
            .then(|| view.row_of(at.sentence))
            .flatten();
        if view.synced != Some(at) {
            view.synced = Some(at);
            view.selected = view.current.unwrap_or(0);
            view.first = view.selected;
            view.skip = 0;
        }
        view.selected = view.selected.min(view.rows.len().saturating_sub(1));
        if !view.is_shown(view.selected) {
            view.selected = view.step(-1);
        }
        let height = self.columns_height();
        self.columns.keep_selected_visible(height);
    }

    /// Lines for rows: the view's block, its column headers and their rule.
    fn columns_height(&self) -> usize {
        self.panes()
            .full
            .height
            .saturating_sub(2 + super::views::columns::HEADER) as usize
    }

    pub(super) fn mark_column(&mut self) {
        if self.view == View::Columns {
            self.columns.picker = Some(self.columns.articles.first().copied().unwrap_or(0));
            return;
        }
        let a = if self.focus == Focus::Library {
            self.library.selected
        } else {
            self.reader.article
        };
        self.toggle_column(a);
    }

    /// Picks or unpicks an article for the view, saying what happened.
    fn toggle_column(&mut self, a: usize) {
        if let Some(i) = self.column_marks.iter().position(|&m| m == a) {
            self.column_marks.remove(i);
        } else if self.column_marks.len() >= MAX_COLUMNS {
            let unpick = self.key(Action::MarkColumn);
            self.set_message(
                format!("the columns view shows at most {MAX_COLUMNS} articles: unpick one with {unpick} first"),
                true,
            );
            return;
        } else {
            self.column_marks.push(a);
        }
        let label = self.corpus.articles[a].short_label();
        let picked = self.column_marks.len();
        let state = if self.column_marks.contains(&a) {
            "picked"
        } else {
            "unpicked"
        };
        let then = if self.view == View::Columns {
            format!(
                "{} or {} closes the picker",
                self.key(Action::Open),
                self.key(Action::Cancel)
            )
        } else {
            format!("then press {}", self.key(Action::ShowView(View::Columns)))
        };
        self.set_message(
            format!("{label}: {state} for columns ({picked} picked; 2 to 4, {then})"),
            false,
        );
    }

    /// Keys while the picker is open: move, pick, close.
    pub(super) fn update_column_picker(&mut self, action: Action) {
        let Some(at) = self.columns.picker else {
            return;
        };
        let n = self.corpus.articles.len();
        if let Some(s) = cursor::step(at, n, cursor::PAGE, action) {
            self.columns.picker = Some(s);
            return;
        }
        match action {
            Action::MarkColumn => self.toggle_column(at),
            Action::Open | Action::Cancel => {
                self.columns.picker = None;
                if self.column_marks.len() == 1 {
                    self.set_message("pick one more article to compare it with", false);
                }
            }
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    pub(super) fn update_columns(&mut self, action: Action) {
        // A page is about as many rows as a screen shows of prose in several columns.
        let page = (self.columns_height() / 6).max(1) as i32;
        let height = self.columns_height();
        let view = &mut self.columns;
        match action {
            Action::Down | Action::Scroll(1..) if !view.page_within(height, true) => {
                view.selected = view.step(1)
            }
            Action::Up | Action::Scroll(..=-1) if !view.page_within(height, false) => {
                view.selected = view.step(-1)
            }
            Action::Down | Action::Up | Action::Scroll(_) => return,
            Action::PageDown | Action::HalfPageDown => view.selected = view.step(page),
            Action::PageUp | Action::HalfPageUp => view.selected = view.step(-page),
            Action::Top => view.selected = view.step(-(view.rows.len() as i32)),
            Action::Bottom => view.selected = view.step(view.rows.len() as i32),
            Action::Right => {
                view.column = (view.column + 1).min(view.articles.len().saturating_sub(1))
            }
            Action::Left => view.column = view.column.saturating_sub(1),
            Action::Open => return self.open_column_row(),
            _ => return,
        }
        let height = self.columns_height();
        self.columns.keep_selected_visible(height);
    }

    /// Enter: a run opens or closes; a passage is read in the Read view.
    fn open_column_row(&mut self) {
        let view = &mut self.columns;
        if let Some(RowKind::Run { run, .. }) = view.rows.get(view.selected).map(|r| &r.kind) {
            let run = *run;
            if let Some(open) = view.open.get_mut(run) {
                *open = !*open;
            }
            return;
        }
        if let Some(p) = view.selected_passage() {
            self.view = View::Read;
            self.jump_to(p.article, p.sentence);
            let back = self.keys(Action::JumpBack);
            self.set_message(format!("{back} jumps back"), false);
        }
    }

    /// `]` / `[` in the view: the next row whose cells give figures that cannot both hold.
    pub(super) fn columns_next_conflict(&mut self, forward: bool) {
        self.columns_jump(forward, |r| r.conflict, "figures that disagree");
    }

    /// `}` / `{` in the view: the next row whose passages differ in a claim.
    pub(super) fn columns_next_difference(&mut self, forward: bool) {
        if self.view != View::Columns {
            let key = self.key(Action::ShowView(View::Columns));
            return self.set_message(
                format!("rows that differ are found in the Columns view (press {key})"),
                false,
            );
        }
        self.columns_jump(forward, |r| r.differs, "passages that differ in content");
    }

    fn columns_jump(&mut self, forward: bool, keep: fn(&columns::Row) -> bool, what: &str) {
        let view = &mut self.columns;
        let any = |r: &columns::Row| matches!(r.kind, RowKind::Passages { .. }) && keep(r);
        let from = view.selected;
        let found = if forward {
            (from + 1..view.rows.len()).find(|&r| any(&view.rows[r]))
        } else {
            (0..from).rev().find(|&r| any(&view.rows[r]))
        };
        match found {
            Some(r) => {
                view.reveal(r);
                view.selected = r;
                let total = view.rows.iter().filter(|x| any(x)).count();
                let n = view.rows[..=r].iter().filter(|x| any(x)).count();
                let height = self.columns_height();
                self.columns.keep_selected_visible(height);
                self.set_message(format!("row {n} of {total} with {what}"), false);
            }
            None => {
                let side = if forward { "below" } else { "above" };
                self.set_message(format!("no more rows with {what} {side}"), false);
            }
        }
    }

    /// What `n` writes a note on in the Columns view: the selected row's aligned group when
    /// two or more sources are on it, else its passage; anchored on the selected cell's
    /// passage. (`selected_row_passages` lists every passage of the group.)
    pub(super) fn columns_note_target(&self) -> Option<EditorTarget> {
        let p = self.columns.selected_passage()?;
        let article = self.corpus.articles.get(p.article)?;
        let s = article.sentences.get(p.sentence)?;
        let on_row = self.columns.selected_row_passages();
        let sources = on_row
            .iter()
            .map(|q| q.article)
            .collect::<std::collections::BTreeSet<_>>();
        // Two or more sources on the row: the note is on the row's group, every passage kept
        // (the selected cell's first, as the one the note is anchored to).
        let about = if sources.len() >= 2 {
            let passages = std::iter::once(p)
                .chain(on_row.into_iter().filter(|&q| q != p))
                .filter_map(|q| {
                    let a = self.corpus.articles.get(q.article)?;
                    let s = a.sentences.get(q.sentence)?;
                    Some(GroupPassage {
                        anchor: Anchor::from_span(a, s.start, s.end),
                        score: None,
                    })
                })
                .collect();
            Target::Group { passages }
        } else {
            Target::Sentence
        };
        Some(EditorTarget {
            article: p.article,
            start: s.start,
            end: s.end,
            what: about.label(),
            note_id: None,
            about,
        })
    }
}
