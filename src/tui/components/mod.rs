//! Components: a view, pane or overlay that owns its state, reacts to the actions of its mode
//! and draws itself. What they share — the articles, the report, the theme, the keys in force
//! and which pane has the keyboard — comes in a read-only [`Context`]; what they ask of the rest
//! of the app (open a passage, say something, save a note) comes back as an [`Outcome`], which
//! the app turns into changes of its state or into effects (disk I/O, `effects.rs`).
//!
//! - Read view: [`library`] (the articles), [`reader`] (the open article), [`compare`] (the
//!   counterparts pane);
//! - the other views: [`columns`], [`figures`], [`notes`];
//! - overlays over them (`app::Overlays`): [`help`], [`editor`] (the note editor) and
//!   [`prompt`] (the one-line question on the status bar).
//!
//! A new view is a file here implementing [`Component`], a field of `app::Views`, and a line in
//! `update` and `draw`.

pub mod columns;
pub mod compare;
pub mod editor;
pub mod figures;
pub mod help;
pub mod library;
pub mod notes;
pub mod prompt;
pub mod reader;

use super::action::{Action, Focus};
use super::keymap::{Keymap, Mode};
use super::theme::{Role, Theme};
use crossread::align::PassageRef;
use crossread::corpus::Corpus;
use crossread::notes::{NoteStore, Resolution};
use crossread::report::Report;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Borders};
use std::collections::HashMap;
use std::sync::Arc;

/// What every component may read of the app while it reacts or draws.
pub struct Context<'a> {
    /// Shared with the threads that lay out long articles.
    pub corpus: &'a Arc<Corpus>,
    /// Each article's name on screens, no two alike (`Corpus::screen_labels`).
    pub labels: &'a [String],
    /// None until the analysis is done.
    pub report: Option<&'a Report>,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
    /// The keys in force.
    pub mode: Mode,
    /// The pane with the keyboard.
    pub focus: Focus,
    /// "aligning … 40% (about 3 s left)" while the analysis runs, else empty.
    pub progress: String,
    /// The passage the reader is on.
    pub at: PassageRef,
    /// The articles picked for the Columns view, in the order picked.
    pub picked: &'a [usize],
    /// The notebook; None when it could not be opened.
    pub notes: Option<&'a NoteStore>,
    /// Where each of the notebook's notes sits on these articles.
    pub resolutions: &'a [Resolution],
    /// (article, sentence) → the notes on it, for the reader's gutter.
    pub notes_at: &'a HashMap<(usize, usize), Vec<usize>>,
}

/// What a component asks of the app after an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Nothing,
    /// Open this sentence of this article in the reader (and remember where we were).
    Open {
        article: usize,
        sentence: usize,
        /// What to say once there.
        say: Option<String>,
    },
    /// Open this article in the reader at its first sentence of content, and go there.
    OpenArticle {
        article: usize,
    },
    /// Say this in the status line; `error` keeps it until the next message or Esc.
    Message {
        text: String,
        error: bool,
    },
    /// Pick or unpick this article for the Columns view.
    Pick {
        article: usize,
    },
    /// Quit crossread.
    Quit,
    /// The overlay or view is done: give the keyboard back.
    Close,
    /// Write this note (the editor's Ctrl-S); the editor stays open until it is on disk.
    SaveNote {
        target: editor::EditorTarget,
        body: String,
    },
    /// The prompt was answered (Enter) with `text`.
    Answer {
        purpose: prompt::PromptPurpose,
        text: String,
    },
}

/// A view, pane or overlay that owns its state.
pub trait Component {
    /// Applies one action of the component's mode; `area` is where it is drawn.
    fn update(&mut self, action: Action, ctx: &Context, area: Rect) -> Outcome;
    fn draw(&self, ctx: &Context, frame: &mut Frame, area: Rect);
}

impl Context<'_> {
    /// The first key bound to `action` in the current mode, as hints write it.
    pub fn key(&self, action: Action) -> String {
        self.keymap.first_key_for(self.mode, action)
    }

    /// "x picks articles · ] next conflict": each action's key in force, then what it does.
    pub fn hints(&self, items: &[(Action, &str)]) -> String {
        let hints: Vec<String> = items
            .iter()
            .map(|(action, what)| format!("{} {what}", self.key(*action)))
            .collect();
        hints.join(" · ")
    }

    /// Every key bound to `action` in the current mode: "ctrl-o or backspace".
    pub fn keys(&self, action: Action) -> String {
        self.keymap.keys_for(self.mode, action).replace('/', " or ")
    }

    /// A bordered block whose border shows whether it has the keyboard.
    pub fn block<'b>(
        &self,
        title: impl Into<ratatui::text::Line<'b>>,
        focus: Option<Focus>,
    ) -> Block<'b> {
        pane_block(self.theme, self.focus, title, focus)
    }
}

/// A bordered block whose border shows whether `focus` is the pane with the keyboard (colour
/// and line style, so it reads without colour too).
pub fn pane_block<'a>(
    theme: &Theme,
    has_keyboard: Focus,
    title: impl Into<ratatui::text::Line<'a>>,
    focus: Option<Focus>,
) -> Block<'a> {
    let focused = focus.is_some_and(|f| f == has_keyboard);
    let (border, kind) = if focused {
        (Role::FocusBorder, BorderType::Thick)
    } else {
        (Role::Border, BorderType::Plain)
    };
    titled_block(theme, title, border).border_type(kind)
}

/// A bordered, titled box; `border` is the style that sets it apart (an overlay has the
/// keyboard's border, a detail pane the plain one, a warning the error one).
pub fn titled_block<'a>(
    theme: &Theme,
    title: impl Into<ratatui::text::Line<'a>>,
    border: Role,
) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(border))
        .title(title)
        .title_style(theme.style(Role::Title))
}
