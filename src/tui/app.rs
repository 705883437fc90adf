//! The TUI's state. `update.rs` changes it in answer to actions; `draw` only reads it.

use super::action::{Action, Focus, View};
use super::components::Context;
use super::components::columns::Columns;
use super::components::compare::Compare;
use super::components::figures::FiguresView;
use super::components::help::Help;
use super::components::library::Library;
use super::components::notes::NotesView;
use super::editor::Editor;
use super::keymap::{Keymap, Mode};
use super::panes::Panes;
use super::progress::Progress;
use super::prompt::Prompt;
use super::reader_layout::LayoutJob;
use super::theme::Theme;
use super::wrap::{Layout, Mark};
use crossread::align::Strictness;
use crossread::corpus::Corpus;
use crossread::notes::{Note, NoteStore, Resolution};
use crossread::report::Report;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// A message for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The reader's state for the open article.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    pub article: usize,
    /// The current sentence: the unit every feature acts on.
    pub sentence: usize,
    /// First visual line shown.
    pub scroll: usize,
    pub hide_boilerplate: bool,
    /// Where a range selection started (`v`); the range runs to the current sentence.
    pub range_anchor: Option<usize>,
    /// Cached layout (whole, or a part while the whole is built: see `reader_layout`) and
    /// the inputs it was made for.
    pub layout: Layout,
    pub layout_key: Option<(usize, u16, bool)>,
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
            notes: $app.notes.as_ref(),
            resolutions: &$app.note_resolutions,
        }
    };
}
pub(crate) use context;

/// The reader's highlights for every article, and whether they include the analysis' figures.
#[derive(Debug, Clone, Default)]
pub struct MarksCache {
    pub per_article: Vec<Vec<Mark>>,
    /// None until built; Some(true) once built from an analysis.
    pub built_with_analysis: Option<bool>,
}

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
    /// Highlights per article, built once per analysis.
    pub marks: MarksCache,
    /// Ctrl-C was pressed once with an unsaved note: the next one quits.
    pub interrupt_asked: bool,
    /// The reader's whole layout being built on a thread, for a very long article.
    pub layout_job: Option<LayoutJob>,
    pub show_compare: bool,
    pub compare: Compare,
    pub columns: Columns,
    /// Articles picked for the columns view (in the order picked).
    pub column_marks: Vec<usize>,
    pub figures_view: FiguresView,
    /// How sure a match must be to count as the same fact (config `[align] strictness`).
    pub strictness: Strictness,
    /// The notebook; None when it could not be opened (the message says why).
    pub notes: Option<NoteStore>,
    /// Where each note is anchored now, parallel to the store's notes.
    pub note_resolutions: Vec<Resolution>,
    /// (article, sentence) → indices of the notes on it.
    pub notes_at: HashMap<(usize, usize), Vec<usize>>,
    /// Deleted notes, for undo.
    pub deleted: Vec<Note>,
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
            marks: MarksCache::default(),
            interrupt_asked: false,
            layout_job: None,
            show_compare: true,
            compare: Compare::default(),
            columns: Columns::default(),
            column_marks: Vec::new(),
            figures_view: FiguresView::default(),
            strictness: Strictness::default(),
            notes: None,
            note_resolutions: Vec::new(),
            notes_at: HashMap::new(),
            deleted: Vec::new(),
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

    /// "x picks articles · ] next conflict": each action's key in force, then what it does.
    pub fn hints(&self, items: &[(Action, &str)]) -> String {
        self.context().hints(items)
    }

    pub fn panes(&self) -> Panes {
        Panes::compute(self.size, self)
    }

    /// Opens article `i` in the reader at its first shown sentence.
    pub fn open_article(&mut self, i: usize) {
        if i >= self.corpus.articles.len() {
            return;
        }
        self.reader.article = i;
        self.reader.range_anchor = None;
        self.reader.scroll = 0;
        self.reader.sentence = 0;
        self.relayout();
        // Start on the first sentence of content, not on a caption above the title.
        let article = &self.corpus.articles[i];
        let first_content = article
            .content_sentences()
            .map(|(s, _)| s)
            .find(|&s| self.is_shown(s));
        self.reader.sentence = first_content
            .or_else(|| self.first_visible_sentence_from(0))
            .unwrap_or(0);
        self.keep_sentence_visible();
    }

    /// Whether a sentence is shown in the reader (hidden boilerplate is not); known without
    /// the layout, which may hold only a part of the article.
    pub fn is_shown(&self, sentence: usize) -> bool {
        self.corpus
            .articles
            .get(self.reader.article)
            .and_then(|a| a.sentences.get(sentence))
            .is_some_and(|s| !(self.reader.hide_boilerplate && s.boilerplate))
    }

    /// Where the reader is: (the current sentence's number, how many are shown), from 1.
    pub fn reader_position(&self) -> (usize, usize) {
        let n = self.reader.layout.sentence_lines.len();
        let total = (0..n).filter(|&i| self.is_shown(i)).count();
        let before = (0..self.reader.sentence.min(n))
            .filter(|&i| self.is_shown(i))
            .count();
        ((before + 1).min(total), total)
    }

    pub fn first_visible_sentence_from(&self, from: usize) -> Option<usize> {
        (from..self.reader.layout.sentence_lines.len()).find(|&i| self.is_shown(i))
    }

    pub fn last_visible_sentence_before(&self, before: usize) -> Option<usize> {
        (0..before.min(self.reader.layout.sentence_lines.len()))
            .rev()
            .find(|&i| self.is_shown(i))
    }

    /// Scrolls so the whole current sentence (or at least its start) is on screen.
    pub fn keep_sentence_visible(&mut self) {
        if !self.is_shown(self.reader.sentence)
            && let Some(s) = self
                .first_visible_sentence_from(self.reader.sentence)
                .or_else(|| self.last_visible_sentence_before(self.reader.sentence))
        {
            self.reader.sentence = s;
        }
        self.keep_sentence_laid_out(self.reader.sentence);
        let height = self.panes().reader_text.height as usize;
        let Some((first, last)) = self.lines_of(self.reader.sentence) else {
            return;
        };
        if first < self.reader.scroll {
            self.reader.scroll = first;
        } else if last >= self.reader.scroll + height {
            self.reader.scroll = (last + 1).saturating_sub(height).min(first);
        }
        self.clamp_scroll();
    }

    /// First and last visual line of a shown sentence.
    pub fn lines_of(&self, sentence: usize) -> Option<(usize, usize)> {
        self.reader
            .layout
            .sentence_lines
            .get(sentence)
            .copied()
            .flatten()
    }

    pub fn max_scroll(&self) -> usize {
        let height = self.panes().reader_text.height as usize;
        self.reader.layout.lines.len().saturating_sub(height.max(1))
    }

    pub fn clamp_scroll(&mut self) {
        self.reader.scroll = self.reader.scroll.min(self.max_scroll());
    }

    /// After a scroll, the current sentence becomes one on screen if it left it.
    pub fn sentence_follows_scroll(&mut self) {
        let height = self.panes().reader_text.height as usize;
        let top = self.reader.scroll;
        let bottom = top + height;
        let Some((first, last)) = self.lines_of(self.reader.sentence) else {
            return;
        };
        if last >= top && first < bottom {
            return;
        }
        let lines = &self.reader.layout.sentence_lines;
        let on_screen = |i: usize| lines[i].is_some_and(|(f, _)| f >= top && f < bottom);
        let candidate = if first < top {
            (0..lines.len()).find(|&i| on_screen(i))
        } else {
            (0..lines.len()).rev().find(|&i| on_screen(i))
        };
        if let Some(c) = candidate {
            self.reader.sentence = c;
        }
    }

    /// Goes to a sentence of an article, remembering where we were for `JumpBack`.
    pub fn jump_to(&mut self, article: usize, sentence: usize) {
        self.jumps.push((self.reader.article, self.reader.sentence));
        self.go_to(article, sentence);
    }

    /// Shows a sentence in the reader (showing hidden boilerplate if it is one).
    pub fn go_to(&mut self, article: usize, sentence: usize) {
        if article != self.reader.article {
            self.open_article(article);
        }
        self.library.selected = article;
        if !self.is_shown(sentence) && self.reader.hide_boilerplate {
            self.reader.hide_boilerplate = false;
            self.relayout();
        }
        self.reader.sentence = sentence;
        self.reader.range_anchor = None;
        self.focus = super::action::Focus::Reader;
        // A jump lands with some context above, not on the screen's last line.
        let height = self.panes().reader_text.height as usize;
        if let Some((first, _)) = self.lines_of(sentence) {
            self.reader.scroll = first.saturating_sub(height / 3);
            self.clamp_scroll();
        }
        self.keep_sentence_visible();
    }

    /// The selected sentences: the range from the anchor, or just the current one.
    pub fn selected_sentences(&self) -> std::ops::RangeInclusive<usize> {
        let current = self.reader.sentence;
        match self.reader.range_anchor {
            Some(a) => a.min(current)..=a.max(current),
            None => current..=current,
        }
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
