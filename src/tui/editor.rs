//! The note editor: a multi-line text area (ratatui-textarea) with cursor keys, word motions,
//! undo/redo and paste. Ctrl-S saves; Esc cancels, asking first when typed text would be lost.

use crossread::notes::Target;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{TextArea, WrapMode};

/// What the editor is writing about, shown in its title.
#[derive(Debug, Clone, PartialEq)]
pub struct EditorTarget {
    /// Index into the corpus.
    pub article: usize,
    pub start: usize,
    pub end: usize,
    /// A short description: "sentence", "3 sentences", "figure 164", "aligned group".
    pub what: String,
    /// Id of the note being edited, None for a new note.
    pub note_id: Option<String>,
    /// What the note is on, kept with it (a figure with its quantity, a group's passages).
    pub about: Target,
}

/// What the editor asks of the app after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorOutcome {
    Continue,
    Save(String),
    Discard,
}

pub struct Editor {
    pub textarea: TextArea<'static>,
    pub target: EditorTarget,
    pub quote: String,
    initial: String,
    /// Esc was pressed with typed text: waiting for y/n.
    pub confirm_discard: bool,
    /// Why the last Ctrl-S could not write the note: the text stays here, unsaved, until a
    /// save succeeds or the user discards it.
    pub save_error: Option<String>,
}

impl Editor {
    pub fn new(target: EditorTarget, quote: String, initial: &str) -> Editor {
        let lines: Vec<String> = if initial.is_empty() {
            vec![String::new()]
        } else {
            initial.lines().map(str::to_string).collect()
        };
        let mut textarea = TextArea::new(lines);
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.set_placeholder_text("Type your note. #tags are recognised.");
        textarea.move_cursor(ratatui_textarea::CursorMove::Bottom);
        textarea.move_cursor(ratatui_textarea::CursorMove::End);
        Editor {
            textarea,
            target,
            quote,
            initial: initial.to_string(),
            confirm_discard: false,
            save_error: None,
        }
    }

    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    /// Typed text that is not on disk: changed, or a save of it failed.
    pub fn is_changed(&self) -> bool {
        self.save_error.is_some() || self.text().trim() != self.initial.trim()
    }

    pub fn input(&mut self, key: KeyEvent) -> EditorOutcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if self.confirm_discard {
            self.confirm_discard = false;
            return match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => EditorOutcome::Discard,
                _ => EditorOutcome::Continue,
            };
        }
        match key.code {
            KeyCode::Char('s') if ctrl => EditorOutcome::Save(self.text()),
            KeyCode::Esc if self.is_changed() => {
                self.confirm_discard = true;
                EditorOutcome::Continue
            }
            KeyCode::Esc => EditorOutcome::Discard,
            // Common undo/redo keys besides the text area's own Ctrl-U / Ctrl-R.
            KeyCode::Char('z') if ctrl => {
                self.textarea.undo();
                EditorOutcome::Continue
            }
            KeyCode::Char('y') if ctrl => {
                self.textarea.redo();
                EditorOutcome::Continue
            }
            _ => {
                self.textarea.input(key);
                EditorOutcome::Continue
            }
        }
    }

    /// Text pasted from the terminal (bracketed paste).
    pub fn paste(&mut self, text: &str) {
        self.textarea
            .insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target() -> EditorTarget {
        EditorTarget {
            article: 0,
            start: 0,
            end: 5,
            what: "sentence".into(),
            note_id: None,
            about: Target::Sentence,
        }
    }

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn typing_then_ctrl_s_saves_the_text() {
        let mut e = Editor::new(target(), "quote".into(), "");
        for c in "hi #tag".chars() {
            assert_eq!(e.input(key(c)), EditorOutcome::Continue);
        }
        e.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        e.input(key('x'));
        assert_eq!(e.input(ctrl('s')), EditorOutcome::Save("hi #tag\nx".into()));
    }

    #[test]
    fn esc_with_typed_text_asks_before_dropping_it() {
        let mut e = Editor::new(target(), "quote".into(), "");
        e.input(key('a'));
        assert_eq!(
            e.input(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
            EditorOutcome::Continue
        );
        assert!(e.confirm_discard);
        assert_eq!(e.input(key('n')), EditorOutcome::Continue);
        assert_eq!(e.text(), "a", "answering no keeps the text");
        e.input(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        assert_eq!(e.input(key('y')), EditorOutcome::Discard);
    }

    #[test]
    fn esc_without_changes_closes_at_once() {
        let mut e = Editor::new(target(), "quote".into(), "old note");
        assert_eq!(
            e.input(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
            EditorOutcome::Discard
        );
    }

    #[test]
    fn undo_and_redo_and_paste() {
        let mut e = Editor::new(target(), "quote".into(), "");
        e.input(key('a'));
        e.input(ctrl('z'));
        assert_eq!(e.text(), "");
        e.input(ctrl('y'));
        assert_eq!(e.text(), "a");
        e.paste("b\r\nc");
        assert_eq!(e.text(), "ab\nc");
    }
}
