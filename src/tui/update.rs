//! `App::update`: applies one action to the state and says which effect (I/O) the loop must
//! perform. No terminal and no I/O here, so tests drive it with sequences of actions.

use super::action::{Action, Focus, View};
use super::app::{App, context};
use super::components::help::Help;
use super::components::{Component, Outcome};
use super::effects::Effect;
use ratatui::layout::Rect;

impl App {
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        let effect = if let Action::Resize(w, h) = action {
            self.session.size = (w, h);
            self.relayout();
            self.keep_sentence_visible();
            None
        } else if let Some(editor) = &mut self.overlays.editor {
            let outcome = editor.update(action, &context!(self), Rect::default());
            self.follow(outcome)
        } else if let Some(prompt) = &mut self.overlays.prompt {
            let outcome = prompt.update(action, &context!(self), Rect::default());
            self.follow_prompt(outcome)
        } else if let Some(help) = &mut self.overlays.help {
            let outcome = help.update(action, &context!(self), Rect::default());
            self.follow(outcome)
        } else {
            self.update_main(action)
        };
        // Whatever moved, the caches the screen draws from follow.
        self.refresh_views();
        effect
    }

    fn update_main(&mut self, action: Action) -> Option<Effect> {
        // Information lasts until the next key; errors until Esc or the next message.
        if self.overlays.message.as_ref().is_some_and(|m| !m.error) {
            self.overlays.message = None;
        }
        // The Columns view answers these itself (its picker, its own jumps), and every key
        // while its picker is open.
        let own = matches!(
            action,
            Action::MarkColumn
                | Action::NextConflict
                | Action::PrevConflict
                | Action::NextDifference
                | Action::PrevDifference
        );
        if self.view == View::Columns
            && action != Action::Help
            && (own || self.views.columns.picker.is_some())
        {
            return self.update_columns(action);
        }
        match action {
            Action::Quit => self.session.quit = true,
            Action::Help => self.overlays.help = Some(Help::default()),
            Action::Cancel => {
                self.overlays.message = None;
                self.views.reader.range_anchor = None;
                // Back from the counterparts to the passage they are the counterparts of.
                if self.view == View::Read && self.focus == Focus::Compare {
                    self.focus = Focus::Reader;
                }
            }
            Action::ShowView(view) => self.show_view(view),
            Action::FocusNext => self.focus_next(),
            Action::JumpBack => match self.session.jumps.pop() {
                Some((article, sentence)) => {
                    self.view = View::Read;
                    self.go_to(article, sentence);
                }
                None => self.set_message("no earlier position to jump back to", false),
            },
            Action::ToggleBoilerplate => {
                self.views.reader.hide_boilerplate = !self.views.reader.hide_boilerplate;
                self.relayout();
                self.keep_sentence_visible();
                let state = if self.views.reader.hide_boilerplate {
                    "hidden"
                } else {
                    "shown (dimmed)"
                };
                self.set_message(format!("web-page leftovers {state}"), false);
            }
            Action::ToggleCompare => {
                self.views.show_compare = !self.views.show_compare;
                if !self.views.show_compare && self.focus == Focus::Compare {
                    self.focus = Focus::Reader;
                }
                self.relayout();
            }
            Action::NextUnique => self.next_unique(),
            Action::CycleStrictness => self.cycle_strictness(),
            Action::NextConflict => self.next_conflict(true),
            Action::PrevConflict => self.next_conflict(false),
            Action::NextDifference | Action::PrevDifference => {
                let key = self.key(Action::ShowView(View::Columns));
                self.set_message(
                    format!("rows that differ are found in the Columns view (press {key})"),
                    false,
                );
            }
            Action::MarkColumn => self.mark_column(),
            Action::NewNote => self.new_note(),
            Action::EditNote => self.edit_note(),
            Action::Export => self.start_export(),
            Action::Filter if self.view == View::Notes => self.start_filter(),
            Action::Filter if self.view == View::Read => self.start_search(),
            Action::DeleteNote if self.view == View::Notes => return self.delete_selected_note(),
            Action::UndoDelete => return self.undo_delete(),
            Action::Scroll(lines) if self.view == View::Read => self.scroll_reader(lines),
            _ => match (self.view, self.focus) {
                (View::Columns, _) => return self.update_columns(action),
                (View::Figures, _) => {
                    let area = self.panes().full;
                    let outcome = self.views.figures.update(action, &context!(self), area);
                    return self.follow(outcome);
                }
                (View::Notes, _) => {
                    let outcome = self
                        .views
                        .notes
                        .update(action, &context!(self), Rect::default());
                    return self.follow(outcome);
                }
                (View::Read, Focus::Library) => {
                    let area = self.panes().library;
                    let outcome = self.views.library.update(action, &context!(self), area);
                    return self.follow(outcome);
                }
                (View::Read, Focus::Reader)
                    if action == Action::Open && self.views.show_compare =>
                {
                    self.focus = Focus::Compare
                }
                (View::Read, Focus::Reader) => {
                    let area = self.panes().reader;
                    let outcome = self.views.reader.update(action, &context!(self), area);
                    return self.follow(outcome);
                }
                (View::Read, Focus::Compare) => {
                    let area = self.panes().compare.unwrap_or_default();
                    let outcome = self.views.compare.update(action, &context!(self), area);
                    return self.follow(outcome);
                }
            },
        }
        None
    }

    /// Does what a component asked for; what touches the disk comes back as an effect.
    pub(super) fn follow(&mut self, outcome: Outcome) -> Option<Effect> {
        match outcome {
            Outcome::Nothing => {}
            Outcome::Open {
                article,
                sentence,
                say,
            } => {
                self.view = View::Read;
                self.jump_to(article, sentence);
                if let Some(text) = say {
                    self.set_message(text, false);
                }
            }
            Outcome::Message { text, error } => self.set_message(text, error),
            Outcome::OpenArticle { article } => {
                self.open_article(article);
                self.focus = Focus::Reader;
            }
            Outcome::Pick { article } => self.toggle_column(article),
            Outcome::Quit => self.session.quit = true,
            Outcome::Close => self.close_overlay(),
            Outcome::SaveNote { target, body } => return Some(Effect::SaveNote { target, body }),
            Outcome::Answer { purpose, text } => {
                self.overlays.prompt = None;
                return self.answer(purpose, text);
            }
        }
        None
    }

    fn show_view(&mut self, view: View) {
        if view != View::Read && self.analysis.report.is_none() && view != View::Notes {
            self.say_not_ready(&format!("{} appears", view.name()));
        }
        self.view = view;
        if view == View::Read && self.focus == Focus::Library {
            self.focus = Focus::Reader;
        }
    }

    fn focus_next(&mut self) {
        if self.view != View::Read {
            return;
        }
        let compare = self.panes().compare.is_some();
        self.focus = match self.focus {
            Focus::Library => Focus::Reader,
            Focus::Reader if compare => Focus::Compare,
            Focus::Reader | Focus::Compare => Focus::Library,
        };
    }
}
