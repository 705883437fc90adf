//! The TUI's state, grouped by concern: the views (each a component owning its state), the
//! overlays over them, the worker's analysis and the session. `update.rs` changes it in answer to
//! actions; `draw` only reads it.

use super::action::{Action, Focus, View};
use super::components::Context;
use super::components::columns::Columns;
use super::components::compare::Compare;
use super::components::editor::Editor;
use super::components::figures::FiguresView;
use super::components::help::Help;
use super::components::library::Library;
use super::components::notes::NotesView;
use super::components::prompt::Prompt;
use super::components::reader::Reader;
use super::keymap::{Keymap, Mode};
use super::notebook::Notebook;
use super::panes::Panes;
use super::progress::Progress;
use super::theme::Theme;
use crossread::align::Strictness;
use crossread::corpus::Corpus;
use crossread::report::Report;
use ratatui::layout::Rect;
use std::sync::Arc;

/// A message for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The read-only context components see, built from the fields no component owns, so that a
/// component (a field of `App::views`) can be borrowed mutably beside it.
macro_rules! context {
    ($app:expr) => {
        $crate::tui::components::Context {
            corpus: &$app.corpus,
            labels: &$app.labels,
            report: $app.analysis.report.as_deref(),
            theme: &$app.theme,
            keymap: &$app.keymap,
            mode: $crate::tui::keymap::Mode::of($app.view, $app.focus),
            focus: $app.focus,
            progress: $crate::tui::progress::text($app.analysis.progress),
            at: crossread::align::PassageRef {
                article: $app.views.reader.article,
                sentence: $app.views.reader.sentence,
            },
            picked: &$app.views.column_marks,
            notes: $app.notebook.store.as_ref(),
            resolutions: &$app.notebook.resolutions,
            notes_at: &$app.notebook.at,
        }
    };
}
pub(crate) use context;

/// The components, each owning its state: the Read view's panes and the other views.
pub struct Views {
    pub library: Library,
    pub reader: Reader,
    pub compare: Compare,
    /// Whether the Read view shows the compare pane.
    pub show_compare: bool,
    pub columns: Columns,
    /// Articles picked for the columns view (in the order picked).
    pub column_marks: Vec<usize>,
    pub figures: FiguresView,
    pub notes: NotesView,
}

/// What opens over the views and takes the keyboard (each a component; the first open one in
/// the order editor, prompt, help gets the keys), and the status bar's message.
#[derive(Default)]
pub struct Overlays {
    /// The help overlay, when open.
    pub help: Option<Help>,
    /// The note editor, while a note is written or edited.
    pub editor: Option<Editor>,
    /// The one-line question drawn in place of the status bar.
    pub prompt: Option<Prompt>,
    pub message: Option<Message>,
}

/// The worker's analysis: its progress while it runs, the report once it is done.
pub struct Analysis {
    pub report: Option<Box<Report>>,
    pub progress: Option<Progress>,
    /// How sure a match must be to count as the same fact (config `[align] strictness`).
    pub strictness: Strictness,
}

/// The session around the views: the terminal's size, where to jump back to, quitting.
pub struct Session {
    pub size: (u16, u16),
    /// Positions (article, sentence) to go back to, most recent last.
    pub jumps: Vec<(usize, usize)>,
    pub quit: bool,
    /// Ctrl-C was pressed once with an unsaved note: the next one quits.
    pub interrupt_asked: bool,
}

/// The TUI's whole state: the articles and settings, which view and pane have the keyboard, and
/// the groups above.
pub struct App {
    pub corpus: Arc<Corpus>,
    /// Each article's name on screens, no two alike (`Corpus::screen_labels`).
    pub labels: Vec<String>,
    pub keymap: Keymap,
    pub theme: Theme,
    pub focus: Focus,
    pub view: View,
    pub views: Views,
    pub overlays: Overlays,
    pub analysis: Analysis,
    /// The notes, where each sits on these articles, and those deleted (for undo).
    pub notebook: Notebook,
    pub session: Session,
}

impl App {
    pub fn new(corpus: Arc<Corpus>, keymap: Keymap, theme: Theme, size: (u16, u16)) -> App {
        let message = (!corpus.warnings.is_empty()).then(|| Message {
            text: corpus.warnings.join("; "),
            error: true,
        });
        let mut app = App {
            labels: corpus.screen_labels(),
            corpus,
            keymap,
            theme,
            focus: Focus::Library,
            view: View::Read,
            views: Views {
                library: Library::default(),
                reader: Reader::default(),
                compare: Compare::default(),
                show_compare: true,
                columns: Columns::default(),
                column_marks: Vec::new(),
                figures: FiguresView::default(),
                notes: NotesView::default(),
            },
            overlays: Overlays {
                message,
                ..Overlays::default()
            },
            analysis: Analysis {
                report: None,
                progress: Some(Progress::next(
                    None,
                    "aligning",
                    0,
                    1,
                    std::time::Instant::now(),
                )),
                strictness: Strictness::default(),
            },
            notebook: Notebook::default(),
            session: Session {
                size,
                jumps: Vec::new(),
                quit: false,
                interrupt_asked: false,
            },
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
        Panes::compute(self.session.size, self)
    }

    /// The reader's block, where it lays out and draws.
    fn reader_area(&self) -> Rect {
        self.panes().reader
    }

    /// Opens article `i` in the reader at its first shown sentence.
    pub fn open_article(&mut self, i: usize) {
        let area = self.reader_area();
        self.views.reader.open_article(i, &context!(self), area);
    }

    /// Rebuilds the reader's layout if the article, width or options changed.
    pub fn relayout(&mut self) {
        let area = self.reader_area();
        self.views.reader.relayout(&context!(self), area);
    }

    /// Scrolls so the whole current sentence (or at least its start) is on screen.
    pub fn keep_sentence_visible(&mut self) {
        let area = self.reader_area();
        self.views
            .reader
            .keep_sentence_visible(&context!(self), area);
    }

    /// Scrolls the reader; the current sentence moves along when it leaves the screen.
    pub fn scroll_reader(&mut self, lines: i32) {
        let area = self.reader_area();
        self.views.reader.scroll_by(lines, &context!(self), area);
    }

    /// Takes the reader's whole layout if it has arrived; true when the screen changed.
    pub fn receive_layout(&mut self) -> bool {
        let area = self.reader_area();
        self.views.reader.receive_layout(&context!(self), area)
    }

    /// Whether a sentence of the open article is shown (hidden boilerplate is not).
    pub fn is_shown(&self, sentence: usize) -> bool {
        self.views.reader.is_shown(&self.corpus, sentence)
    }

    /// Where the reader is: (the current sentence's number, how many are shown), from 1.
    pub fn reader_position(&self) -> (usize, usize) {
        self.views.reader.position(&self.corpus)
    }

    /// Goes to a sentence of an article, remembering where we were for `JumpBack`.
    pub fn jump_to(&mut self, article: usize, sentence: usize) {
        self.session
            .jumps
            .push((self.views.reader.article, self.views.reader.sentence));
        self.go_to(article, sentence);
    }

    /// Shows a sentence in the reader (showing hidden boilerplate if it is one), with the
    /// keyboard on the reader and the library on its article.
    pub fn go_to(&mut self, article: usize, sentence: usize) {
        let area = self.reader_area();
        self.views
            .reader
            .go_to(article, sentence, &context!(self), area);
        self.views.library.selected = article;
        self.focus = Focus::Reader;
    }

    /// "aligning 40%" while the worker runs.
    pub fn progress_text(&self) -> String {
        super::progress::text(self.analysis.progress)
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
        self.overlays.message = Some(Message {
            text: text.into(),
            error,
        });
    }
}
