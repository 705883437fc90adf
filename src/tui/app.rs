//! The TUI's state. `update.rs` changes it in answer to actions; `draw` only reads it.

use super::action::{Focus, View};
use super::keymap::Keymap;
use super::panes::Panes;
use super::theme::Theme;
use super::wrap::{self, Layout, Mark};
use crate::corpus::Corpus;

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
    /// Cached layout and the inputs it was made for.
    pub layout: Layout,
    pub layout_key: Option<(usize, u16, bool)>,
}

pub struct App {
    pub corpus: Corpus,
    pub keymap: Keymap,
    pub theme: Theme,
    pub focus: Focus,
    pub view: View,
    /// Library cursor.
    pub selected: usize,
    pub reader: Reader,
    /// Positions (article, sentence) to go back to, most recent last.
    pub jumps: Vec<(usize, usize)>,
    pub help: Option<u16>,
    pub message: Option<Message>,
    pub size: (u16, u16),
    pub quit: bool,
}

impl App {
    pub fn new(corpus: Corpus, keymap: Keymap, theme: Theme, size: (u16, u16)) -> App {
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
            selected: 0,
            reader: Reader::default(),
            jumps: Vec::new(),
            help: None,
            message,
            size,
            quit: false,
        };
        app.open_article(0);
        app
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

    /// Rebuilds the reader's layout if the article, width or options changed.
    pub fn relayout(&mut self) {
        let width = self.panes().reader_text.width;
        let key = (self.reader.article, width, self.reader.hide_boilerplate);
        if self.reader.layout_key == Some(key) {
            return;
        }
        let Some(article) = self.corpus.articles.get(self.reader.article) else {
            return;
        };
        let marks = self.marks(self.reader.article);
        self.reader.layout = wrap::layout(
            article,
            width as usize,
            self.reader.hide_boilerplate,
            &marks,
        );
        self.reader.layout_key = Some(key);
        self.keep_sentence_visible();
    }

    /// Highlights for an article's text: scraping artefacts.
    fn marks(&self, article: usize) -> Vec<Mark> {
        let a = &self.corpus.articles[article];
        let mut marks: Vec<Mark> = a
            .artefacts
            .iter()
            .map(|r| Mark {
                span: r.clone(),
                kind: wrap::Kind::Artefact,
            })
            .collect();
        marks.sort_by_key(|m| m.span.start);
        marks
    }

    pub fn is_shown(&self, sentence: usize) -> bool {
        self.reader
            .layout
            .sentence_lines
            .get(sentence)
            .is_some_and(Option::is_some)
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
        let height = self.panes().reader_text.height as usize;
        let Some(Some((first, last))) = self
            .reader
            .layout
            .sentence_lines
            .get(self.reader.sentence)
            .cloned()
        else {
            return;
        };
        if first < self.reader.scroll {
            self.reader.scroll = first;
        } else if last >= self.reader.scroll + height {
            self.reader.scroll = (last + 1).saturating_sub(height).min(first);
        }
        self.clamp_scroll();
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
        let Some(Some((first, last))) = self
            .reader
            .layout
            .sentence_lines
            .get(self.reader.sentence)
            .cloned()
        else {
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
        self.selected = article;
        if !self.is_shown(sentence) && self.reader.hide_boilerplate {
            self.reader.hide_boilerplate = false;
            self.relayout();
        }
        self.reader.sentence = sentence;
        self.reader.range_anchor = None;
        self.focus = super::action::Focus::Reader;
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

    pub fn set_message(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
        });
    }
}
