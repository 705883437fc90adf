//! The note editor, an overlay over every view: a multi-line text area (ratatui-textarea) with
//! cursor keys, word motions, undo/redo and paste, under the passage it is about. Ctrl-S asks
//! the app to save the note (the editor stays open until it is on disk); Esc closes it, asking
//! first when typed text would be lost.

use super::{Component, Context, Outcome};
use crate::tui::action::Action;
use crate::tui::theme::Role;
use crate::tui::views::truncate;
use crossread::corpus::sanitize::for_display;
use crossread::notes::{Note, Resolution, Target};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

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

impl EditorTarget {
    /// A new note on `start..end` of an article, described by what it is on.
    pub fn new_note(article: usize, start: usize, end: usize, about: Target) -> EditorTarget {
        EditorTarget {
            article,
            start,
            end,
            what: about.label(),
            note_id: None,
            about,
        }
    }

    /// A saved note, to edit; where it sits on these articles if it is attached, else
    /// `article` (an orphan keeps its text and target, not a place).
    pub fn of_note(note: &Note, at: Option<&Resolution>, article: usize) -> EditorTarget {
        let (article, start, end) = match at {
            Some(Resolution::Attached {
                article,
                start,
                end,
                ..
            }) => (*article, *start, *end),
            _ => (article, 0, 0),
        };
        EditorTarget {
            article,
            start,
            end,
            what: format!("note on {}", note.target.label()),
            note_id: Some(note.id.clone()),
            about: note.target.clone(),
        }
    }
}

/// What the app says when the editor closed without saving.
pub const DISCARDED: &str = "note not saved";

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

/// The editor's own commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Save,
    Cancel,
    Undo,
    Redo,
}

/// A command's key, as it is matched and as hints write it.
struct Binding {
    command: Command,
    code: KeyCode,
    /// Whether Ctrl must be held (other modifiers do not matter).
    ctrl: bool,
    label: &'static str,
    what: &'static str,
}

/// The editor's keys, fixed rather than taken from the keymap: while the editor is open every
/// key is text, and the text area gives meaning to the rest (arrows, word motions, its own
/// Ctrl-U/Ctrl-R undo/redo), so a command remapped to a letter could never be typed. Ctrl-Z
/// and Ctrl-Y are the common undo/redo keys besides the text area's. Hints come from here.
const KEYS: [Binding; 4] = [
    Binding {
        command: Command::Save,
        code: KeyCode::Char('s'),
        ctrl: true,
        label: "Ctrl-S",
        what: "save",
    },
    Binding {
        command: Command::Cancel,
        code: KeyCode::Esc,
        ctrl: false,
        label: "Esc",
        what: "cancel",
    },
    Binding {
        command: Command::Undo,
        code: KeyCode::Char('z'),
        ctrl: true,
        label: "Ctrl-Z",
        what: "undo",
    },
    Binding {
        command: Command::Redo,
        code: KeyCode::Char('y'),
        ctrl: true,
        label: "Ctrl-Y",
        what: "redo",
    },
];

/// The key of an editor command, as hints write it ("Ctrl-S").
pub fn key(command: Command) -> &'static str {
    KEYS.iter()
        .find(|b| b.command == command)
        .map_or("", |b| b.label)
}

/// The command a key asks for, if it is one of the editor's.
fn command(key: KeyEvent) -> Option<Command> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    KEYS.iter()
        .find(|b| b.code == key.code && (ctrl || !b.ctrl))
        .map(|b| b.command)
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
        textarea.move_cursor(CursorMove::Bottom);
        textarea.move_cursor(CursorMove::End);
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

    /// One key typed into the editor.
    fn press(&mut self, key: KeyEvent) -> Outcome {
        if self.confirm_discard {
            self.confirm_discard = false;
            return match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => Outcome::Close,
                _ => Outcome::Nothing,
            };
        }
        match command(key) {
            Some(Command::Save) => self.save(),
            Some(Command::Cancel) if self.is_changed() => {
                self.confirm_discard = true;
                Outcome::Nothing
            }
            Some(Command::Cancel) => Outcome::Close,
            Some(Command::Undo) => {
                self.textarea.undo();
                Outcome::Nothing
            }
            Some(Command::Redo) => {
                self.textarea.redo();
                Outcome::Nothing
            }
            None => {
                self.textarea.input(key);
                Outcome::Nothing
            }
        }
    }

    /// The note to save; an empty one is refused and the editor stays open.
    fn save(&self) -> Outcome {
        let body = self.text();
        if body.trim().is_empty() {
            return Outcome::Message {
                text: format!(
                    "an empty note is not saved; type something or press {}",
                    key(Command::Cancel)
                ),
                error: true,
            };
        }
        Outcome::SaveNote {
            target: self.target.clone(),
            body,
        }
    }

    /// Text pasted from the terminal (bracketed paste).
    pub fn paste(&mut self, text: &str) {
        self.textarea
            .insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
    }

    /// The line under the box: the y/n question, the error of a failed save, or the keys.
    fn hint(&self, ctx: &Context, width: usize) -> Line<'static> {
        let error = ctx.theme.style(Role::Error);
        if self.confirm_discard {
            // y is the answer to this question only, not a command key.
            return Line::from(Span::styled(
                " Discard the typed text? y = discard, any other key = keep editing ",
                error,
            ));
        }
        if let Some(e) = &self.save_error {
            let text = format!(
                " ⚠ UNSAVED: {} · {} retry ",
                for_display(e),
                key(Command::Save)
            );
            return Line::from(Span::styled(truncate(&text, width), error));
        }
        let keys: Vec<String> = KEYS
            .iter()
            .map(|b| format!("{} {}", b.label, b.what))
            .collect();
        Line::from(format!(" {} · #tags ", keys.join(" · ")))
    }
}

impl Component for Editor {
    /// The loop sends the editor every key as `Action::Type`; Quit and Cancel (from code) leave
    /// it as Esc would, asking first if text would be lost.
    fn update(&mut self, action: Action, _: &Context, _: Rect) -> Outcome {
        match action {
            Action::Type(key) => self.press(key),
            Action::Quit | Action::Cancel => self.press(KeyEvent::from(KeyCode::Esc)),
            _ => Outcome::Nothing,
        }
    }

    /// A popup in the middle of the screen, whatever `area` the caller gives.
    fn draw(&self, ctx: &Context, frame: &mut Frame, _: Rect) {
        let area = frame.area();
        let width = area.width.saturating_sub(4).min(90);
        let height = area.height.saturating_sub(4).min(18);
        let popup = Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        );
        frame.render_widget(Clear, popup);
        let source = ctx
            .labels
            .get(self.target.article)
            .cloned()
            .unwrap_or_default();
        let title = format!(" Note on {} · {} ", self.target.what, for_display(&source));
        let title = truncate(&title, width as usize - 2);
        let block = super::titled_block(ctx.theme, title, Role::FocusBorder)
            .title_bottom(self.hint(ctx, width as usize - 2));
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        let quote_height = 3.min(inner.height / 3);
        let quote = Paragraph::new(Line::from(Span::styled(
            format!("“{}”", for_display(&self.quote)),
            ctx.theme.style(Role::Boilerplate),
        )))
        .wrap(Wrap { trim: true });
        frame.render_widget(
            quote,
            Rect {
                height: quote_height,
                ..inner
            },
        );
        let text_area = Rect {
            y: inner.y + quote_height,
            height: inner.height.saturating_sub(quote_height),
            ..inner
        };
        frame.render_widget(&self.textarea, text_area);
    }
}
