//! The reader as a component: the open article, its current sentence (the unit every feature
//! acts on), the range being selected, scrolling, and its layout (`layout`: wrapped at the
//! reader's width, long articles in parts while the whole is built on a thread). `draw` shows
//! it with the gutter of marks. `area` is always the reader's block, border included.

mod draw;
mod layout;

pub use layout::LayoutJob;

use super::editor::EditorTarget;
use super::{Component, Context, Outcome};
use crate::tui::action::Action;
use crate::tui::panes::reader_parts;
use crate::tui::wrap::{Layout, Mark};
use crossread::corpus::Corpus;
use crossread::notes::Target;
use ratatui::Frame;
use ratatui::layout::Rect;

/// The reader's highlights for every article, and whether they include the analysis' figures.
#[derive(Debug, Clone, Default)]
pub struct MarksCache {
    pub per_article: Vec<Vec<Mark>>,
    /// None until built; Some(true) once built from an analysis.
    pub built_with_analysis: Option<bool>,
}

/// The reader's state for the open article.
#[derive(Default)]
pub struct Reader {
    pub article: usize,
    /// The current sentence: the unit every feature acts on.
    pub sentence: usize,
    /// First visual line shown.
    pub scroll: usize,
    pub hide_boilerplate: bool,
    /// Where a range selection started (`v`); the range runs to the current sentence.
    pub range_anchor: Option<usize>,
    /// Cached layout (whole, or a part while the whole is built) and the inputs it was made
    /// for.
    pub layout: Layout,
    pub layout_key: Option<(usize, u16, bool)>,
    /// The whole layout being built on a thread, for a long article.
    pub layout_job: Option<LayoutJob>,
    /// Highlights per article, built once per analysis.
    pub marks: MarksCache,
}

/// The text area of the reader's block (inside the border, right of the gutter).
fn text(area: Rect) -> Rect {
    reader_parts(area).1
}

impl Component for Reader {
    fn update(&mut self, action: Action, ctx: &Context, area: Rect) -> Outcome {
        let height = text(area).height as usize;
        let page = height.saturating_sub(1).max(1) as i32;
        let half = (height / 2).max(1) as i32;
        match action {
            Action::Down => {
                if let Some(s) = self.first_shown_from(ctx.corpus, self.sentence + 1) {
                    self.sentence = s;
                }
                self.keep_sentence_visible(ctx, area);
            }
            Action::Up => {
                if let Some(s) = self.last_shown_before(ctx.corpus, self.sentence) {
                    self.sentence = s;
                }
                self.keep_sentence_visible(ctx, area);
            }
            Action::PageDown => self.scroll_by(page, ctx, area),
            Action::PageUp => self.scroll_by(-page, ctx, area),
            Action::HalfPageDown => self.scroll_by(half, ctx, area),
            Action::HalfPageUp => self.scroll_by(-half, ctx, area),
            Action::Scroll(lines) => self.scroll_by(lines, ctx, area),
            Action::SelectRange => return self.toggle_range(ctx),
            Action::Top => {
                self.sentence = self.first_shown_from(ctx.corpus, 0).unwrap_or(0);
                self.keep_sentence_laid_out(ctx, area, self.sentence);
                self.scroll = 0;
            }
            Action::Bottom => {
                let n = self.layout.sentence_lines.len();
                self.sentence = self.last_shown_before(ctx.corpus, n).unwrap_or(0);
                self.keep_sentence_laid_out(ctx, area, self.sentence);
                self.scroll = self.max_scroll(area);
            }
            _ => {}
        }
        Outcome::Nothing
    }

    fn draw(&self, ctx: &Context, frame: &mut Frame, area: Rect) {
        draw::draw(self, ctx, frame, area)
    }
}

impl Reader {
    /// `v`: starts a range at the current sentence, or clears it.
    fn toggle_range(&mut self, ctx: &Context) -> Outcome {
        self.range_anchor = match self.range_anchor {
            Some(_) => None,
            None => Some(self.sentence),
        };
        if self.range_anchor.is_none() {
            return Outcome::Nothing;
        }
        let hints = ctx.hints(&[
            (Action::Down, "extends it"),
            (Action::NewNote, "writes a note on it"),
            (Action::Cancel, "clears it"),
        ]);
        Outcome::Message {
            text: format!("range started: {hints}"),
            error: false,
        }
    }

    /// Opens article `i` at its first shown sentence of content.
    pub fn open_article(&mut self, i: usize, ctx: &Context, area: Rect) {
        if i >= ctx.corpus.articles.len() {
            return;
        }
        self.article = i;
        self.range_anchor = None;
        self.scroll = 0;
        self.sentence = 0;
        self.relayout(ctx, area);
        // Start on the title, not on a caption or an outlet line above it; without a title
        // line, on the first sentence of content.
        let article = &ctx.corpus.articles[i];
        let first_content = article
            .title_sentence
            .into_iter()
            .chain(article.content_sentences().map(|(s, _)| s))
            .find(|&s| self.is_shown(ctx.corpus, s));
        self.sentence = first_content
            .or_else(|| self.first_shown_from(ctx.corpus, 0))
            .unwrap_or(0);
        self.keep_sentence_visible(ctx, area);
    }

    /// Shows a sentence of an article (showing hidden boilerplate if it is one), with some
    /// context above it rather than on the screen's last line.
    pub fn go_to(&mut self, article: usize, sentence: usize, ctx: &Context, area: Rect) {
        if article != self.article {
            self.open_article(article, ctx, area);
        }
        if !self.is_shown(ctx.corpus, sentence) && self.hide_boilerplate {
            self.hide_boilerplate = false;
            self.relayout(ctx, area);
        }
        self.sentence = sentence;
        self.range_anchor = None;
        let height = text(area).height as usize;
        if let Some((first, _)) = self.lines_of(sentence) {
            self.scroll = first.saturating_sub(height / 3);
            self.clamp_scroll(area);
        }
        self.keep_sentence_visible(ctx, area);
    }

    /// Whether a sentence is shown (hidden boilerplate is not); known without the layout,
    /// which may hold only a part of the article.
    pub fn is_shown(&self, corpus: &Corpus, sentence: usize) -> bool {
        corpus
            .articles
            .get(self.article)
            .and_then(|a| a.sentences.get(sentence))
            .is_some_and(|s| !(self.hide_boilerplate && s.boilerplate))
    }

    /// Where the reader is: (the current sentence's number, how many are shown), from 1.
    pub fn position(&self, corpus: &Corpus) -> (usize, usize) {
        let n = self.layout.sentence_lines.len();
        let total = (0..n).filter(|&i| self.is_shown(corpus, i)).count();
        let before = (0..self.sentence.min(n))
            .filter(|&i| self.is_shown(corpus, i))
            .count();
        ((before + 1).min(total), total)
    }

    fn first_shown_from(&self, corpus: &Corpus, from: usize) -> Option<usize> {
        (from..self.layout.sentence_lines.len()).find(|&i| self.is_shown(corpus, i))
    }

    fn last_shown_before(&self, corpus: &Corpus, before: usize) -> Option<usize> {
        (0..before.min(self.layout.sentence_lines.len()))
            .rev()
            .find(|&i| self.is_shown(corpus, i))
    }

    /// What `n` writes a note on in the reader: the selected range, else the current sentence.
    pub fn note_target(&self, ctx: &Context) -> Option<EditorTarget> {
        let a = ctx.corpus.articles.get(self.article)?;
        let range = self.selected_sentences();
        if self.range_anchor.is_none() {
            let s = a.sentences.get(self.sentence)?;
            return Some(EditorTarget::new_note(
                self.article,
                s.start,
                s.end,
                Target::Sentence,
            ));
        }
        let (first, last) = (
            a.sentences.get(*range.start())?,
            a.sentences.get(*range.end())?,
        );
        let mut target = EditorTarget::new_note(self.article, first.start, last.end, Target::Range);
        target.what = format!("{} sentences", range.end() - range.start() + 1);
        Some(target)
    }

    /// The selected sentences: the range from the anchor, or just the current one.
    pub fn selected_sentences(&self) -> std::ops::RangeInclusive<usize> {
        match self.range_anchor {
            Some(a) => a.min(self.sentence)..=a.max(self.sentence),
            None => self.sentence..=self.sentence,
        }
    }

    /// Scrolls so the whole current sentence (or at least its start) is on screen.
    pub fn keep_sentence_visible(&mut self, ctx: &Context, area: Rect) {
        if !self.is_shown(ctx.corpus, self.sentence)
            && let Some(s) = self
                .first_shown_from(ctx.corpus, self.sentence)
                .or_else(|| self.last_shown_before(ctx.corpus, self.sentence))
        {
            self.sentence = s;
        }
        self.keep_sentence_laid_out(ctx, area, self.sentence);
        let height = text(area).height as usize;
        let Some((first, last)) = self.lines_of(self.sentence) else {
            return;
        };
        if first < self.scroll {
            self.scroll = first;
        } else if last >= self.scroll + height {
            self.scroll = (last + 1).saturating_sub(height).min(first);
        }
        self.clamp_scroll(area);
    }

    /// First and last visual line of a shown sentence.
    pub fn lines_of(&self, sentence: usize) -> Option<(usize, usize)> {
        self.layout.sentence_lines.get(sentence).copied().flatten()
    }

    pub fn max_scroll(&self, area: Rect) -> usize {
        let height = text(area).height as usize;
        self.layout.lines.len().saturating_sub(height.max(1))
    }

    fn clamp_scroll(&mut self, area: Rect) {
        self.scroll = self.scroll.min(self.max_scroll(area));
    }

    /// Scrolls; the current sentence moves along when it leaves the screen.
    pub fn scroll_by(&mut self, lines: i32, ctx: &Context, area: Rect) {
        let scroll = self.scroll as i64 + lines as i64;
        self.scroll = scroll.clamp(0, self.max_scroll(area) as i64) as usize;
        self.sentence_follows_scroll(area);
        self.keep_sentence_laid_out(ctx, area, self.sentence);
    }

    /// After a scroll, the current sentence becomes one on screen if it left it.
    fn sentence_follows_scroll(&mut self, area: Rect) {
        let height = text(area).height as usize;
        let top = self.scroll;
        let bottom = top + height;
        let Some((first, last)) = self.lines_of(self.sentence) else {
            return;
        };
        if last >= top && first < bottom {
            return;
        }
        let lines = &self.layout.sentence_lines;
        let on_screen = |i: usize| lines[i].is_some_and(|(f, _)| f >= top && f < bottom);
        let candidate = if first < top {
            (0..lines.len()).find(|&i| on_screen(i))
        } else {
            (0..lines.len()).rev().find(|&i| on_screen(i))
        };
        if let Some(c) = candidate {
            self.sentence = c;
        }
    }
}
