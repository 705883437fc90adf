//! `App::update`: applies one action to the state and says which effect (I/O) the loop must
//! perform. No terminal and no I/O here, so tests drive it with sequences of actions.

use super::action::{Action, Focus, View};
use super::app::App;
use super::cursor;
use super::effects::Effect;

impl App {
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        let effect = if let Action::Resize(w, h) = action {
            self.size = (w, h);
            self.relayout();
            self.keep_sentence_visible();
            None
        } else if self.editor.is_some() {
            self.update_editor(action)
        } else if self.prompt.is_some() {
            self.update_prompt(action)
        } else if self.help.is_some() {
            self.update_help(action);
            None
        } else {
            self.update_main(action)
        };
        // Whatever moved, the caches the screen draws from follow.
        self.refresh_views();
        effect
    }

    fn update_main(&mut self, action: Action) -> Option<Effect> {
        // Information lasts until the next key; errors until Esc or the next message.
        if self.message.as_ref().is_some_and(|m| !m.error) {
            self.message = None;
        }
        if self.view == View::Columns && self.columns.picker.is_some() && action != Action::Help {
            self.update_column_picker(action);
            return None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.help = Some(0),
            Action::Cancel => {
                self.message = None;
                self.reader.range_anchor = None;
            }
            Action::ShowView(view) => self.show_view(view),
            Action::FocusNext => self.focus_next(),
            Action::JumpBack => match self.jumps.pop() {
                Some((article, sentence)) => {
                    self.view = View::Read;
                    self.go_to(article, sentence);
                }
                None => self.set_message("no earlier position to jump back to", false),
            },
            Action::ToggleBoilerplate => {
                self.reader.hide_boilerplate = !self.reader.hide_boilerplate;
                self.relayout();
                self.keep_sentence_visible();
                let state = if self.reader.hide_boilerplate {
                    "hidden"
                } else {
                    "shown (dimmed)"
                };
                self.set_message(format!("web-page leftovers {state}"), false);
            }
            Action::ToggleCompare => {
                self.show_compare = !self.show_compare;
                if !self.show_compare && self.focus == Focus::Compare {
                    self.focus = Focus::Reader;
                }
                self.relayout();
            }
            Action::NextUnique => self.next_unique(),
            Action::CycleStrictness => self.cycle_strictness(),
            Action::NextConflict => self.next_conflict(true),
            Action::PrevConflict => self.next_conflict(false),
            Action::NextDifference => self.columns_next_difference(true),
            Action::PrevDifference => self.columns_next_difference(false),
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
                (View::Columns, _) => self.update_columns(action),
                (View::Figures, _) => self.update_figures(action),
                (View::Notes, _) => self.update_notes(action),
                (View::Read, Focus::Library) => self.update_library(action),
                (View::Read, Focus::Reader) => self.update_reader(action),
                (View::Read, Focus::Compare) => self.update_compare(action),
            },
        }
        None
    }

    fn show_view(&mut self, view: View) {
        if view != View::Read && self.analysis.is_none() && view != View::Notes {
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

    fn update_help(&mut self, action: Action) {
        let scroll = self.help.unwrap_or(0);
        self.help = match action {
            Action::Help | Action::Cancel | Action::Quit => None,
            Action::Down => Some(scroll.saturating_add(1)),
            Action::Up => Some(scroll.saturating_sub(1)),
            Action::Scroll(n) => Some((scroll as i32 + n).clamp(0, u16::MAX as i32) as u16),
            Action::PageDown | Action::HalfPageDown => Some(scroll.saturating_add(10)),
            Action::PageUp | Action::HalfPageUp => Some(scroll.saturating_sub(10)),
            Action::Top => Some(0),
            _ => Some(scroll),
        };
    }

    fn update_library(&mut self, action: Action) {
        let n = self.corpus.articles.len();
        let page = self.panes().library.height.saturating_sub(3).max(1) as usize;
        if action == Action::Open {
            self.open_article(self.selected);
            self.focus = Focus::Reader;
        } else if let Some(s) = cursor::step(self.selected, n, page, action) {
            self.selected = s;
        }
    }

    fn update_reader(&mut self, action: Action) {
        let height = self.panes().reader_text.height as usize;
        match action {
            Action::Down => {
                if let Some(s) = self.first_visible_sentence_from(self.reader.sentence + 1) {
                    self.reader.sentence = s;
                }
                self.keep_sentence_visible();
            }
            Action::Up => {
                if let Some(s) = self.last_visible_sentence_before(self.reader.sentence) {
                    self.reader.sentence = s;
                }
                self.keep_sentence_visible();
            }
            Action::PageDown => self.scroll_reader(height.saturating_sub(1).max(1) as i32),
            Action::PageUp => self.scroll_reader(-(height.saturating_sub(1).max(1) as i32)),
            Action::HalfPageDown => self.scroll_reader((height / 2).max(1) as i32),
            Action::HalfPageUp => self.scroll_reader(-((height / 2).max(1) as i32)),
            Action::SelectRange => {
                self.reader.range_anchor = match self.reader.range_anchor {
                    Some(_) => None,
                    None => Some(self.reader.sentence),
                };
                if self.reader.range_anchor.is_some() {
                    let message = format!(
                        "range started: {}",
                        self.hints(&[
                            (Action::Down, "extends it"),
                            (Action::NewNote, "writes a note on it"),
                            (Action::Cancel, "clears it"),
                        ])
                    );
                    self.set_message(message, false);
                }
            }
            Action::Open if self.show_compare => self.focus = Focus::Compare,
            Action::Top => {
                self.reader.sentence = self.first_visible_sentence_from(0).unwrap_or(0);
                self.keep_sentence_laid_out(self.reader.sentence);
                self.reader.scroll = 0;
            }
            Action::Bottom => {
                let n = self.reader.layout.sentence_lines.len();
                self.reader.sentence = self.last_visible_sentence_before(n).unwrap_or(0);
                self.keep_sentence_laid_out(self.reader.sentence);
                self.reader.scroll = self.max_scroll();
            }
            _ => {}
        }
    }

    /// Scrolls the reader; the current sentence moves along when it leaves the screen.
    pub(super) fn scroll_reader(&mut self, lines: i32) {
        let scroll = self.reader.scroll as i64 + lines as i64;
        self.reader.scroll = scroll.clamp(0, self.max_scroll() as i64) as usize;
        self.sentence_follows_scroll();
        self.keep_sentence_laid_out(self.reader.sentence);
    }
}
