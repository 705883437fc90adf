//! Keeps the reader's layout (the open article wrapped at the reader's width) without making
//! the UI thread wait for it. An ordinary article is laid out at once. A very long one is laid
//! out whole on a thread, once per (article, width, options); until that arrives the UI thread
//! lays out only a few screens around the current sentence, so opening or resizing a 10 MB
//! article answers keys at once. When the whole layout arrives, the current sentence stays on
//! the same screen row.

use super::{MarksCache, Reader, text};
use crate::tui::components::Context;
use crate::tui::wrap::{self, Layout, Mark, Part};
use ratatui::layout::Rect;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Up to this many bytes an article is laid out on the UI thread: laying out takes about
/// 0.12 s per MB (benches/draw.rs), so this is 30 ms at most, below a keystroke's notice.
pub const LAID_OUT_AT_ONCE_BYTES: usize = 256 * 1024;

/// How many screens a part holds: room to move and page a little before laying out again.
const SCREENS_PER_PART: usize = 4;

/// The whole layout being built on a thread for the reader's current (article, width, options).
pub struct LayoutJob {
    stop: Arc<AtomicBool>,
    done: Receiver<Layout>,
}

impl Drop for LayoutJob {
    /// A layout nobody waits for any more stops early.
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl Reader {
    /// Rebuilds the layout if the article, width or options changed.
    pub fn relayout(&mut self, ctx: &Context, area: Rect) {
        let width = text(area).width;
        let key = (self.article, width, self.hide_boilerplate);
        if self.layout_key == Some(key) {
            return;
        }
        let marks = self.marks(ctx, self.article);
        let Some(article) = ctx.corpus.articles.get(self.article) else {
            return;
        };
        self.layout_job = None;
        let hide = self.hide_boilerplate;
        if article.text.len() <= LAID_OUT_AT_ONCE_BYTES {
            self.layout = wrap::layout(article, width as usize, hide, &marks);
        } else {
            self.layout_job = spawn_layout(Arc::clone(ctx.corpus), key, marks);
            self.layout = Layout::default();
            self.lay_out_part_at(ctx, area, self.sentence);
        }
        self.layout_key = Some(key);
        self.keep_sentence_visible(ctx, area);
    }

    /// Whether the whole layout is still being built (the event loop then looks more often).
    pub fn layout_pending(&self) -> bool {
        self.layout_job.is_some()
    }

    /// Takes the whole layout if it has arrived; true when the screen changed.
    pub fn receive_layout(&mut self, ctx: &Context, area: Rect) -> bool {
        let Some(job) = &self.layout_job else {
            return false;
        };
        match job.done.try_recv() {
            Ok(layout) => {
                // The current sentence keeps its row on the screen.
                let row = self
                    .lines_of(self.sentence)
                    .map_or(0, |(first, _)| first.saturating_sub(self.scroll));
                self.layout_job = None;
                self.layout = layout;
                if let Some((first, _)) = self.lines_of(self.sentence) {
                    self.scroll = first.saturating_sub(row);
                }
                self.scroll = self.scroll.min(self.max_scroll(area));
                self.keep_sentence_visible(ctx, area);
                true
            }
            Err(TryRecvError::Empty) => false,
            // The thread is gone without a layout: the parts go on serving.
            Err(TryRecvError::Disconnected) => {
                self.layout_job = None;
                false
            }
        }
    }

    /// While only a part is laid out, lays out a new part when `sentence` is outside it (moving
    /// up out of it, jumping) or too near its end to fill the screen below it (moving down).
    pub fn keep_sentence_laid_out(&mut self, ctx: &Context, area: Rect, sentence: usize) {
        let Some(part) = self.layout.partial.clone() else {
            return;
        };
        let height = text(area).height as usize;
        let n = ctx.corpus.articles[self.article].sentences.len();
        let near_end = part.end < n
            && self
                .lines_of(sentence)
                .is_none_or(|(_, last)| last + height >= self.layout.lines.len());
        if !part.contains(&sentence) || near_end {
            self.lay_out_part_at(ctx, area, sentence);
        }
    }

    /// Lays out a few screens around `sentence`, from about a screenful of text before it.
    fn lay_out_part_at(&mut self, ctx: &Context, area: Rect, sentence: usize) {
        let text_area = text(area);
        let (width, height) = (text_area.width, (text_area.height as usize).max(1));
        let Some(article) = ctx.corpus.articles.get(self.article) else {
            return;
        };
        let sentences = &article.sentences;
        if sentences.is_empty() {
            self.layout = Layout::default();
            return;
        }
        let sentence = sentence.min(sentences.len() - 1);
        // About a screenful of text above the sentence (enough to fill the screen above it),
        // starting where a line break is, so the part wraps as the whole article will.
        let budget = height * width as usize;
        let mut from = sentence;
        while from > 0 && sentences[sentence].start - sentences[from - 1].start <= budget {
            from -= 1;
        }
        let breaks_line = |i: usize| {
            i == 0 || article.text[sentences[i - 1].end..sentences[i].start].contains('\n')
        };
        from = (from..=sentence).find(|&i| breaks_line(i)).unwrap_or(from);
        let part = Part {
            from,
            max_lines: (SCREENS_PER_PART + 1) * height,
        };
        // A new part has new line numbers: the current sentence keeps its row when it was on
        // screen; a sentence jumped to lands a third down the screen.
        let row = self
            .lines_of(sentence)
            .map(|(first, _)| first.saturating_sub(self.scroll))
            .filter(|&row| row < height)
            .unwrap_or(height / 3);
        let marks = self.marks(ctx, self.article);
        let hide = self.hide_boilerplate;
        self.layout = wrap::layout_part(article, width as usize, hide, &marks, part);
        if let Some((first, _)) = self.lines_of(sentence) {
            self.scroll = first.saturating_sub(row);
        }
        self.scroll = self.scroll.min(self.max_scroll(area));
    }

    /// Highlights for an article's text: scraping artefacts and figures. Built for the whole
    /// corpus once per analysis (by the worker, off this thread; here only when a caller set
    /// the analysis without them), then taken from the cache.
    fn marks(&mut self, ctx: &Context, article: usize) -> Vec<Mark> {
        let analysed = ctx.report.is_some();
        if self.marks.built_with_analysis != Some(analysed) {
            let figures = ctx.report.map(|r| &r.figures);
            self.marks = MarksCache {
                per_article: wrap::article_marks(ctx.corpus, figures),
                built_with_analysis: Some(analysed),
            };
        }
        self.marks
            .per_article
            .get(article)
            .cloned()
            .unwrap_or_default()
    }
}

/// Lays out the whole article on a thread; None when no thread could be started (the parts
/// then serve alone).
fn spawn_layout(
    corpus: Arc<crossread::corpus::Corpus>,
    (article, width, hide): (usize, u16, bool),
    marks: Vec<Mark>,
) -> Option<LayoutJob> {
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, done) = mpsc::channel();
    let flag = Arc::clone(&stop);
    std::thread::Builder::new()
        .name("crossread-layout".into())
        .spawn(move || {
            let Some(a) = corpus.articles.get(article) else {
                return;
            };
            if let Some(layout) = wrap::layout_until(a, width as usize, hide, &marks, &flag) {
                let _ = tx.send(layout);
            }
        })
        .ok()?;
    Some(LayoutJob { stop, done })
}
