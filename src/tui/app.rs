//! The TUI's state. `update.rs` changes it in answer to actions; `draw` only reads it.

use super::action::{Action, Focus, View};
use super::components::Context;
use super::components::columns::Columns;
use super::components::compare::Compare;
use super::components::figures::FiguresView;
use super::components::help::Help;
use super::components::library::Library;
use super::components::notes::NotesView;
use super::components::reader::Reader;
use super::editor::Editor;
use super::keymap::{Keymap, Mode};
use super::notebook::Notebook;
use super::panes::Panes;
use super::progress::Progress;
use super::prompt::Prompt;
use super::theme::Theme;
use crossread::align::Strictness;
use crossread::corpus::Corpus;
use crossread::report::Report;
use ratatui::layout::Rect;
use std::path::PathBuf;
use std::sync::Arc;

/// A message for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The read-only context components see, built from the fields no component owns, so that a
/// component (a field of `App`) can be borrowed mutably beside it.
macro_rules! context {
    ($app:expr) => {
        $crate::tui::components::Context {
            corpus: &$app.corpus,
            report: $app.report.as_deref(),
            theme: &$app.theme,
            keymap: &$app.keymap,
            mode: $crate::tui::keymap::Mode::of($app.view, $app.focus),
            focus: $app.focus,
            progress: $crate::tui::progress::text($app.progress),
            at: crossread::align::PassageRef {
                article: $app.reader.article,
                sentence: $app.reader.sentence,
            },
            picked: &$app.column_marks,
            notes: $app.notebook.store.as_ref(),
            resolutions: &$app.notebook.resolutions,
            notes_at: &$app.notebook.at,
        }
    };
}
pub(crate) use context;

pub struct App {
    pub corpus: Arc<Corpus>,
    pub keymap: Keymap,
    pub theme: Theme,
    pub focus: Focus,
    pub view: View,
    pub library: Library,
    pub reader: Reader,
    /// Positions (article, sentence) to go back to, most recent last.
    pub jumps: Vec<(usize, usize)>,
    /// The help overlay, when open.
    pub help: Option<Help>,
    pub message: Option<Message>,
    pub size: (u16, u16),
    pub quit: bool,
    /// Alignment and figures, once the worker is done.
    pub report: Option<Box<Report>>,
    pub progress: Option<Progress>,
    /// Ctrl-C was pressed once with an unsaved note: the next one quits.
    pub interrupt_asked: bool,
    pub show_compare: bool,
    pub compare: Compare,
    pub columns: Columns,
    /// Articles picked for the columns view (in the order picked).
    pub column_marks: Vec<usize>,
    pub figures_view: FiguresView,
    /// How sure a match must be to count as the same fact (config `[align] strictness`).
    pub strictness: Strictness,
    /// The notes, where each sits on these articles, and those deleted (for undo).
    pub notebook: Notebook,
    pub notes_view: NotesView,
    pub editor: Option<Editor>,
    pub prompt: Option<Prompt>,
    /// An export path waiting for the answer to "overwrite?".
    pub pending_export: Option<PathBuf>,
}

impl App {
    pub fn new(corpus: Arc<Corpus>, keymap: Keymap, theme: Theme, size: (u16, u16)) -> App {
        let message = (!corpus.warnings.is_empty()).then(|| Message {
            text: corpus.warnings.join("; "),
            error: true,
        });
        let mut app = App {
            corpus,
            keymap,
            theme,
            focus: Focus::Library,
            view: View::Read,
            library: Library::default(),
            reader: Reader::default(),
            jumps: Vec::new(),
            help: None,
            message,
            size,
            quit: false,
            report: None,
            progress: Some(Progress::next(
                None,
                "aligning",
                0,
                1,
                std::time::Instant::now(),
            )),
            interrupt_asked: false,
            show_compare: true,
            compare: Compare::default(),
            columns: Columns::default(),
            column_marks: Vec::new(),
            figures_view: FiguresView::default(),
            strictness: Strictness::default(),
            notebook: Notebook::default(),
            notes_view: NotesView::default(),
            editor: None,
            prompt: None,
            pending_export: None,
        };
        app.open_article(0);
        app
    }

    /// What components read while they draw.
    pub fn context(&self) -> Context<'_> {
        context!(self)
    }

    /// Which keys are in force: the mode of the view and of the pane with the keyboard.
    pub fn mode(&self) -> Mode {
        Mode::of(self.view, self.focus)
    }

    /// The first key bound to `action` in the current mode after the user's config, for
    /// hints on screen: a hint never names a default key the user has remapped.
    pub fn key(&self, action: Action) -> String {
        self.keymap.first_key_for(self.mode(), action)
    }

    pub fn panes(&self) -> Panes {
        Panes::compute(self.size, self)
    }

    /// The reader's block, where it lays out and draws.
    fn reader_area(&self) -> Rect {
        self.panes().reader
    }

    /// Opens article `i` in the reader at its first shown sentence.
    pub fn open_article(&mut self, i: usize) {
        let area = self.reader_area();
        self.reader.open_article(i, &context!(self), area);
    }

    /// Rebuilds the reader's layout if the article, width or options changed.
    pub fn relayout(&mut self) {
        let area = self.reader_area();
        self.reader.relayout(&context!(self), area);
    }

    /// Scrolls so the whole current sentence (or at least its start) is on screen.
    pub fn keep_sentence_visible(&mut self) {
        let area = self.reader_area();
        self.reader.keep_sentence_visible(&context!(self), area);
    }

    /// Scrolls the reader; the current sentence moves along when it leaves the screen.
    pub fn scroll_reader(&mut self, lines: i32) {
        let area = self.reader_area();
        self.reader.scroll_by(lines, &context!(self), area);
    }

    /// Takes the reader's whole layout if it has arrived; true when the screen changed.
    pub fn receive_layout(&mut self) -> bool {
        let area = self.reader_area();
        self.reader.receive_layout(&context!(self), area)
    }

    /// Whether a sentence of the open article is shown (hidden boilerplate is not).
    pub fn is_shown(&self, sentence: usize) -> bool {
        self.reader.is_shown(&self.corpus, sentence)
    }

    /// Where the reader is: (the current sentence's number, how many are shown), from 1.
    pub fn reader_position(&self) -> (usize, usize) {
        self.reader.position(&self.corpus)
    }

    /// Goes to a sentence of an article, remembering where we were for `JumpBack`.
    pub fn jump_to(&mut self, article: usize, sentence: usize) {
        self.jumps.push((self.reader.article, self.reader.sentence));
        self.go_to(article, sentence);
    }

    /// Shows a sentence in the reader (showing hidden boilerplate if it is one), with the
    /// keyboard on the reader and the library on its article.
    pub fn go_to(&mut self, article: usize, sentence: usize) {
        let area = self.reader_area();
        self.reader.go_to(article, sentence, &context!(self), area);
        self.library.selected = article;
        self.focus = Focus::Reader;
    }

    /// "aligning 40%" while the worker runs.
    pub fn progress_text(&self) -> String {
        super::progress::text(self.progress)
    }

    /// Tells the user that `what` waits for the worker ("coverage appears"), and how far it is.
    pub fn say_not_ready(&mut self, what: &str) {
        let text = format!(
            "{what} when the alignment is done ({})",
            self.progress_text()
        );
        self.set_message(text, false);
    }

    pub fn set_message(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
        });
    }
}
