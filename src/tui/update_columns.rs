//! The articles picked for the Columns view: with `x` in the library or the reader, or with
//! the view's own picker (the view itself is `components::columns`). The library and the
//! picker both show the picks, so they are kept here, in the app.

use super::action::{Action, Focus, View};
use super::app::{App, context};
use super::components::Component;
use super::components::columns::MAX_COLUMNS;
use super::effects::Effect;

impl App {
    pub(super) fn mark_column(&mut self) {
        let a = if self.focus == Focus::Library {
            self.views.library.selected
        } else {
            self.views.reader.article
        };
        self.toggle_column(a);
    }

    /// Picks or unpicks an article for the view, saying what happened.
    pub(super) fn toggle_column(&mut self, a: usize) {
        if let Some(i) = self.views.column_marks.iter().position(|&m| m == a) {
            self.views.column_marks.remove(i);
        } else if self.views.column_marks.len() >= MAX_COLUMNS {
            let unpick = self.key(Action::MarkColumn);
            self.set_message(
                format!("the columns view shows at most {MAX_COLUMNS} articles: unpick one with {unpick} first"),
                true,
            );
            return;
        } else {
            self.views.column_marks.push(a);
        }
        let label = self.labels[a].clone();
        let picked = self.views.column_marks.len();
        let state = if self.views.column_marks.contains(&a) {
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

    /// Hands an action to the Columns view and does what it asks.
    pub(super) fn update_columns(&mut self, action: Action) -> Option<Effect> {
        let area = self.panes().full;
        let outcome = self.views.columns.update(action, &context!(self), area);
        self.follow(outcome)
    }

    /// Rebuilds the Columns view when what it shows changed.
    pub(super) fn refresh_columns(&mut self) {
        let area = self.panes().full;
        self.views.columns.refresh(&context!(self), area);
    }
}
