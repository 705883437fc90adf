//! The Columns view as a component: which articles it shows (those picked with `x`, else the
//! open one and its neighbours), moving by row and column, the article picker, jumps to rows
//! that differ or conflict, opening a run of the others' rows, reading a passage, and what a
//! note in the view is on. `state` holds its rows and cursor, `rows` builds them, `draw` shows
//! them.

mod draw;
mod rows;
mod state;

pub use draw::{HEADER, column_width};
pub use rows::build;
pub use state::{Columns, Row, RowKind, Scroll};

use super::editor::EditorTarget;
use super::{Component, Context, Outcome};
use crate::tui::action::Action;
use crate::tui::cursor;
use crossread::notes::{Anchor, GroupPassage, Target};
use ratatui::Frame;
use ratatui::layout::Rect;

/// Most articles side by side.
pub const MAX_COLUMNS: usize = 4;
/// Narrowest column, in terminal cells, that still reads as prose (about five words a line).
const READABLE: usize = 30;

/// The view's articles: those picked with `x` (the one read first when picked), else all when
/// they fit `width` cells at a readable width, else the open one and the two after it.
pub fn articles_for(ctx: &Context, width: u16) -> Vec<usize> {
    let read = ctx.at.article;
    if ctx.picked.len() >= 2 {
        let mut out = ctx.picked.to_vec();
        if let Some(i) = out.iter().position(|&a| a == read) {
            out.remove(i);
            out.insert(0, read);
        }
        return out;
    }
    let n = ctx.corpus.articles.len();
    let shown = if n <= MAX_COLUMNS && column_width(width, n) as usize >= READABLE {
        n
    } else {
        3
    };
    (0..n).map(|k| (read + k) % n).take(shown).collect()
}

/// Lines for rows in `area`: the view's block, its column headers and their rule.
fn rows_height(area: Rect) -> usize {
    area.height.saturating_sub(2 + HEADER) as usize
}

impl Component for Columns {
    fn update(&mut self, action: Action, ctx: &Context, area: Rect) -> Outcome {
        if self.picker.is_some() {
            return self.update_picker(action, ctx);
        }
        let height = rows_height(area);
        // A page is about as many rows as a screen shows of prose in several columns.
        let page = (height / 6).max(1) as i32;
        match action {
            Action::Down | Action::Scroll(1..) if !self.page_within(height, true) => {
                self.selection.row = self.step(1)
            }
            Action::Up | Action::Scroll(..=-1) if !self.page_within(height, false) => {
                self.selection.row = self.step(-1)
            }
            Action::Down | Action::Up | Action::Scroll(_) => return Outcome::Nothing,
            Action::PageDown | Action::HalfPageDown => self.selection.row = self.step(page),
            Action::PageUp | Action::HalfPageUp => self.selection.row = self.step(-page),
            Action::Top => self.selection.row = self.step(-(self.rows.len() as i32)),
            Action::Bottom => self.selection.row = self.step(self.rows.len() as i32),
            Action::Right => self.selection.next_column(self.articles.len()),
            Action::Left => self.selection.previous_column(),
            Action::Open => return self.open_row(ctx),
            Action::MarkColumn => {
                self.picker = Some(self.articles.first().copied().unwrap_or(0));
                return Outcome::Nothing;
            }
            Action::NextConflict => {
                return self.jump(true, |r| r.conflict, "figures that disagree", height);
            }
            Action::PrevConflict => {
                return self.jump(false, |r| r.conflict, "figures that disagree", height);
            }
            Action::NextDifference => return self.jump(true, |r| r.differs, DIFFER, height),
            Action::PrevDifference => return self.jump(false, |r| r.differs, DIFFER, height),
            _ => return Outcome::Nothing,
        }
        self.keep_selected_visible(height);
        Outcome::Nothing
    }

    fn draw(&self, ctx: &Context, frame: &mut Frame, area: Rect) {
        draw::draw(self, ctx, frame, area)
    }
}

const DIFFER: &str = "passages that differ in content";

impl Columns {
    /// Rebuilds the rows when the articles or the width changed, and opens the view at the
    /// reader's passage when that moved since it was last opened.
    pub fn refresh(&mut self, ctx: &Context, area: Rect) {
        let Some(report) = ctx.report else {
            return;
        };
        let articles = articles_for(ctx, area.width);
        let width = column_width(area.width, articles.len());
        let key = Some((articles.clone(), width));
        if self.key != key {
            let (rows, runs) = build(ctx.corpus, report, &articles, width);
            let same_articles = self.articles == articles;
            self.rows = rows;
            self.articles = articles;
            self.key = key;
            if !same_articles || self.open.len() != runs {
                self.open = vec![false; runs];
                self.synced = None;
                self.selection.column = 0;
            }
        }
        let at = ctx.at;
        self.current = (self.articles.first() == Some(&at.article))
            .then(|| self.row_of(at.sentence))
            .flatten();
        if self.synced != Some(at) {
            self.synced = Some(at);
            self.selection.row = self.current.unwrap_or(0);
            self.scroll = Scroll::at(self.selection.row);
        }
        self.selection.row = self.selection.row.min(self.rows.len().saturating_sub(1));
        if !self.is_shown(self.selection.row) {
            self.selection.row = self.step(-1);
        }
        self.keep_selected_visible(rows_height(area));
    }

    /// Keys while the picker is open: move, pick, close.
    fn update_picker(&mut self, action: Action, ctx: &Context) -> Outcome {
        let Some(at) = self.picker else {
            return Outcome::Nothing;
        };
        if let Some(s) = cursor::step(at, ctx.corpus.articles.len(), cursor::PAGE, action) {
            self.picker = Some(s);
            return Outcome::Nothing;
        }
        match action {
            Action::MarkColumn => Outcome::Pick { article: at },
            Action::Open | Action::Cancel => {
                self.picker = None;
                if ctx.picked.len() == 1 {
                    return Outcome::Message {
                        text: "pick one more article to compare it with".into(),
                        error: false,
                    };
                }
                Outcome::Nothing
            }
            Action::Quit => Outcome::Quit,
            _ => Outcome::Nothing,
        }
    }

    /// Enter: a run opens or closes; a passage is read in the Read view.
    fn open_row(&mut self, ctx: &Context) -> Outcome {
        if let Some(RowKind::Run { run, .. }) = self.rows.get(self.selection.row).map(|r| &r.kind) {
            let run = *run;
            if let Some(open) = self.open.get_mut(run) {
                *open = !*open;
            }
            return Outcome::Nothing;
        }
        match self.selected_passage() {
            Some(p) => Outcome::Open {
                article: p.article,
                sentence: p.sentence,
                say: Some(format!("{} jumps back", ctx.keys(Action::JumpBack))),
            },
            None => Outcome::Nothing,
        }
    }

    /// The next (or previous) row of passages that `keep` picks, saying which of how many.
    fn jump(
        &mut self,
        forward: bool,
        keep: fn(&Row) -> bool,
        what: &str,
        height: usize,
    ) -> Outcome {
        let any = |r: &Row| matches!(r.kind, RowKind::Passages { .. }) && keep(r);
        let from = self.selection.row;
        let found = if forward {
            (from + 1..self.rows.len()).find(|&r| any(&self.rows[r]))
        } else {
            (0..from).rev().find(|&r| any(&self.rows[r]))
        };
        let text = match found {
            Some(r) => {
                self.reveal(r);
                self.selection.row = r;
                let total = self.rows.iter().filter(|x| any(x)).count();
                let n = self.rows[..=r].iter().filter(|x| any(x)).count();
                self.keep_selected_visible(height);
                format!("row {n} of {total} with {what}")
            }
            None => {
                let side = if forward { "below" } else { "above" };
                format!("no more rows with {what} {side}")
            }
        };
        Outcome::Message { text, error: false }
    }

    /// What `n` writes a note on in the view: the selected row's aligned group when two or
    /// more sources are on it, else its passage; anchored on the selected cell's passage.
    pub fn note_target(&self, ctx: &Context) -> Option<EditorTarget> {
        let p = self.selected_passage()?;
        let article = ctx.corpus.articles.get(p.article)?;
        let s = article.sentences.get(p.sentence)?;
        let on_row = self.selected_row_passages();
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
                    let a = ctx.corpus.articles.get(q.article)?;
                    let s = a.sentences.get(q.sentence)?;
                    Some(GroupPassage {
                        anchor: Anchor::from_span(a, s.start, s.end),
                        score: None,
                        probability: None,
                    })
                })
                .collect();
            Target::Group { passages }
        } else {
            Target::Sentence
        };
        Some(EditorTarget::new_note(p.article, s.start, s.end, about))
    }
}
