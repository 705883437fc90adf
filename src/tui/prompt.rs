//! A one-line question at the bottom of the screen ("Export notes to: crossread-notes.md"),
//! with a second question when the answer would overwrite a file.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptPurpose {
    ExportPath,
    /// The export's path exists: overwrite it? (y/n)
    ConfirmOverwrite(PathBuf),
    /// Filter text for the Notes view.
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptOutcome {
    Continue,
    Submit(String),
    Cancel,
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

    pub fn input(&mut self, key: KeyEvent) -> PromptOutcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter => return PromptOutcome::Submit(self.input.clone()),
            KeyCode::Esc => return PromptOutcome::Cancel,
            KeyCode::Char('c') if ctrl => return PromptOutcome::Cancel,
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
            KeyCode::Char(c) if !ctrl => {
                let at = self.byte_at(self.cursor);
                self.input.insert(at, c);
                self.cursor += 1;
            }
            _ => {}
        }
        PromptOutcome::Continue
    }

    pub fn paste(&mut self, text: &str) {
        for c in text.chars().filter(|c| !c.is_control()) {
            let at = self.byte_at(self.cursor);
            self.input.insert(at, c);
            self.cursor += 1;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn press(p: &mut Prompt, code: KeyCode) -> PromptOutcome {
        p.input(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn edits_and_submits() {
        let mut p = Prompt::new(PromptPurpose::ExportPath, "Export to", "notes.md");
        press(&mut p, KeyCode::Home);
        press(&mut p, KeyCode::Char('é'));
        press(&mut p, KeyCode::End);
        press(&mut p, KeyCode::Backspace);
        assert_eq!(
            press(&mut p, KeyCode::Enter),
            PromptOutcome::Submit("énotes.m".into())
        );
        assert_eq!(press(&mut p, KeyCode::Esc), PromptOutcome::Cancel);
    }
}
