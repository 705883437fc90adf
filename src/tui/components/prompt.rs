//! The one-line prompt, an overlay on the status bar: "Export notes to: crossread-notes.md",
//! "… exists. Overwrite it? (y/n)", the Notes view's filter and the reader's search. Enter
//! answers it (the app does what the purpose says), Esc closes it.

use super::{Component, Context, Outcome};
use crate::tui::action::Action;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::path::PathBuf;

/// What the prompt asks for, which decides what its answer does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptPurpose {
    ExportPath,
    /// The export's path exists: overwrite it? (y/n)
    ConfirmOverwrite(PathBuf),
    /// Filter text for the Notes view, applied as it is typed.
    NotesFilter,
    /// Text to find in the articles (reader).
    Search,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub purpose: PromptPurpose,
    pub label: String,
    pub input: String,
    /// Cursor position in chars.
    pub cursor: usize,
}

impl Prompt {
    pub fn new(purpose: PromptPurpose, label: impl Into<String>, initial: &str) -> Prompt {
        Prompt {
            purpose,
            label: label.into(),
            input: initial.to_string(),
            cursor: initial.chars().count(),
        }
    }

    /// One key typed into the prompt. Its keys are a line editor's, fixed rather than taken
    /// from the keymap: every other key is text, so a command remapped to a letter could never
    /// be typed here.
    fn press(&mut self, key: KeyEvent) -> Outcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter => {
                return Outcome::Answer {
                    purpose: self.purpose.clone(),
                    text: self.input.clone(),
                };
            }
            KeyCode::Esc => return Outcome::Close,
            KeyCode::Char('c') if ctrl => return Outcome::Close,
            // A yes/no question is answered by its key alone, as terminal tools do.
            KeyCode::Char(c @ ('y' | 'Y' | 'n' | 'N'))
                if self.is_yes_no() && self.input.is_empty() =>
            {
                return Outcome::Answer {
                    purpose: self.purpose.clone(),
                    text: c.to_string(),
                };
            }
            KeyCode::Char('u') if ctrl => {
                self.input.clear();
                self.cursor = 0;
            }
            KeyCode::Left => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right => self.cursor = (self.cursor + 1).min(self.input.chars().count()),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.input.chars().count(),
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.remove_at(self.cursor);
            }
            KeyCode::Delete if self.cursor < self.input.chars().count() => {
                self.remove_at(self.cursor)
            }
            KeyCode::Char(c) if !ctrl => self.insert(c),
            _ => {}
        }
        Outcome::Nothing
    }

    fn is_yes_no(&self) -> bool {
        matches!(self.purpose, PromptPurpose::ConfirmOverwrite(_))
    }

    /// Text pasted from the terminal; control characters (newlines too) are dropped.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars().filter(|c| !c.is_control()) {
            self.insert(c);
        }
    }

    fn insert(&mut self, c: char) {
        let at = self.byte_at(self.cursor);
        self.input.insert(at, c);
        self.cursor += 1;
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.input
            .char_indices()
            .nth(chars)
            .map_or(self.input.len(), |(b, _)| b)
    }

    fn remove_at(&mut self, chars: usize) {
        let at = self.byte_at(chars);
        if at < self.input.len() {
            self.input.remove(at);
        }
    }
}

impl Component for Prompt {
    /// The loop sends the prompt every key as `Action::Type`; Cancel (from code) closes it.
    fn update(&mut self, action: Action, _: &Context, _: Rect) -> Outcome {
        match action {
            Action::Type(key) => self.press(key),
            Action::Cancel => Outcome::Close,
            _ => Outcome::Nothing,
        }
    }

    /// Drawn in place of the status bar, with the terminal's cursor where typing goes.
    fn draw(&self, ctx: &Context, frame: &mut Frame, area: Rect) {
        let bar = ctx.theme.style(Role::StatusBar);
        let label = format!(" {} ", self.label);
        let line = Line::from(vec![
            Span::styled(label.clone(), bar.patch(ctx.theme.style(Role::Key))),
            Span::raw(self.input.clone()),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        let before: String = self.input.chars().take(self.cursor).collect();
        let x = area.x
            + unicode_width::UnicodeWidthStr::width(label.as_str()) as u16
            + unicode_width::UnicodeWidthStr::width(before.as_str()) as u16;
        frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
    }
}
