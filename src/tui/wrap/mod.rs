//! Lays an article out for the reader: sentences word-wrapped by display width (CJK, emoji and
//! combining marks measured by unicode-width), each sentence from a line of its own (its gutter
//! marks are then beside it alone), paragraphs and line breaks kept, each piece of
//! text tagged with its sentence and its kind (plain, figure, artefact). Built once per
//! (article, width, options), never while drawing: whole for an ordinary article, or a few
//! screens of it ([`layout_part`]) while a thread builds the whole of a very long one.

use crossread::corpus::sanitize::for_display;
use crossread::corpus::{Article, Corpus};
use crossread::figures::{Figure, FigureSet};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

mod runs;
pub use runs::wrap_runs;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How a piece of text is to be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plain,
    /// A figure; `conflict` when the sources disagree on it.
    Figure {
        conflict: bool,
    },
    /// A scraping artefact such as "XNUMX".
    Artefact,
}

/// A highlighted byte span of the article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub span: Range<usize>,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub sentence: usize,
    pub text: String,
    pub kind: Kind,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VisualLine {
    pub pieces: Vec<Piece>,
    /// The sentence that starts this line, if any (for gutter marks).
    pub starts: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub lines: Vec<VisualLine>,
    /// First and last visual line of each sentence; None when hidden or not laid out.
    pub sentence_lines: Vec<Option<(usize, usize)>>,
    /// The sentences laid out, when only a part of the article is (see [`layout_part`]).
    pub partial: Option<Range<usize>>,
}

/// Marker drawn after an artefact so it is never shown by colour alone.
pub const ARTEFACT_MARK: &str = "⁇";

/// Lays out the whole of `article` at `width` columns. `marks` must be sorted by start.
pub fn layout(article: &Article, width: usize, hide_boilerplate: bool, marks: &[Mark]) -> Layout {
    let whole = Part {
        from: 0,
        max_lines: usize::MAX,
    };
    lay_out(article, width, hide_boilerplate, marks, whole, None).unwrap_or_default()
}

/// [`layout`] for a thread: gives up (None) soon after `stop` is set, so a layout nobody
/// waits for any more (the terminal was resized again) does not keep a core busy.
pub fn layout_until(
    article: &Article,
    width: usize,
    hide_boilerplate: bool,
    marks: &[Mark],
    stop: &AtomicBool,
) -> Option<Layout> {
    let whole = Part {
        from: 0,
        max_lines: usize::MAX,
    };
    lay_out(article, width, hide_boilerplate, marks, whole, Some(stop))
}

/// Which part of an article to lay out: from sentence `from` (starting a line there, as after
/// a paragraph break) until about `max_lines` lines are made.
#[derive(Debug, Clone, Copy)]
pub struct Part {
    pub from: usize,
    pub max_lines: usize,
}

/// Lays out only `part` of the article: work in proportion to the lines made, however long
/// the article or its sentences. Line numbers count from the part's first line; the result's
/// `partial` names the sentences it covers.
pub fn layout_part(
    article: &Article,
    width: usize,
    hide_boilerplate: bool,
    marks: &[Mark],
    part: Part,
) -> Layout {
    lay_out(article, width, hide_boilerplate, marks, part, None).unwrap_or_default()
}

/// Words between two looks at the stop flag: often enough to stop within a millisecond.
const WORDS_PER_STOP_CHECK: usize = 4096;

fn lay_out(
    article: &Article,
    width: usize,
    hide_boilerplate: bool,
    marks: &[Mark],
    part: Part,
    stop: Option<&AtomicBool>,
) -> Option<Layout> {
    let width = width.max(8);
    let mut out = Layout {
        lines: vec![],
        sentence_lines: vec![None; article.sentences.len()],
        partial: None,
    };
    let mut line = VisualLine::default();
    let mut prev_end: Option<usize> = None;
    let mut words_done = 0usize;
    let mut end = article.sentences.len();
    let mut cut = false;
    for (i, s) in article.sentences.iter().enumerate().skip(part.from) {
        if out.lines.len() >= part.max_lines {
            end = i;
            break;
        }
        if hide_boilerplate && s.boilerplate {
            continue;
        }
        let gap = prev_end.map(|p| &article.text[p..s.start]);
        let newlines = gap.map_or(0, |g| g.matches('\n').count());
        // Every sentence starts a line of its own, so the gutter's marks on that line are
        // its own: a sentence begun mid-line would show its count beside the end of another.
        if !line.pieces.is_empty() || prev_end.is_some() {
            out.lines.push(std::mem::take(&mut line));
        }
        if newlines > 1 {
            out.lines.push(VisualLine::default());
        }
        let mut line_width = 0usize;
        let mut first_line = out.lines.len();
        for (word_no, word) in words(article, i, marks).enumerate() {
            words_done += 1;
            if words_done.is_multiple_of(WORDS_PER_STOP_CHECK)
                && stop.is_some_and(|f| f.load(Ordering::Relaxed))
            {
                return None;
            }
            // A part ends inside a sentence too: one sentence may be the whole article.
            if out.lines.len() >= part.max_lines {
                end = i + 1;
                cut = true;
                break;
            }
            let w: usize = word.iter().map(|p| p.text.width()).sum();
            // A space is only written when the next word fits behind it: no trailing blanks.
            let space = usize::from(word_no > 0 && line_width > 0);
            if line_width + space + w > width && line_width > 0 {
                out.lines.push(std::mem::take(&mut line));
                line_width = 0;
            } else if space == 1 {
                append(
                    &mut line,
                    Piece {
                        sentence: i,
                        text: " ".into(),
                        kind: Kind::Plain,
                    },
                );
                line_width += 1;
            }
            if word_no == 0 {
                first_line = out.lines.len();
                line.starts = Some(i);
            }
            for piece in word {
                place_piece(&mut out, &mut line, &mut line_width, width, piece);
            }
        }
        out.sentence_lines[i] = Some((first_line, out.lines.len()));
        prev_end = Some(s.end);
        if cut {
            break;
        }
    }
    if !line.pieces.is_empty() {
        out.lines.push(line);
    }
    if part.from > 0 || end < article.sentences.len() {
        out.partial = Some(part.from.min(end)..end);
    }
    // A sentence that ended exactly at a wrap points one past the lines; clamp.
    let last = out.lines.len().saturating_sub(1);
    for (a, b) in out.sentence_lines.iter_mut().flatten() {
        *a = (*a).min(last);
        *b = (*b).min(last);
    }
    Some(out)
}

/// Puts a piece on the line, breaking it by characters when it is wider than a whole line.
fn place_piece(
    out: &mut Layout,
    line: &mut VisualLine,
    line_width: &mut usize,
    width: usize,
    piece: Piece,
) {
    let mut current = String::new();
    for c in piece.text.chars() {
        let cw = c.width().unwrap_or(0);
        if *line_width + cw > width && *line_width > 0 {
            if !current.is_empty() {
                append(
                    line,
                    Piece {
                        text: std::mem::take(&mut current),
                        ..piece.clone()
                    },
                );
            }
            out.lines.push(std::mem::take(line));
            *line_width = 0;
        }
        current.push(c);
        *line_width += cw;
    }
    if !current.is_empty() {
        append(
            line,
            Piece {
                text: current,
                ..piece
            },
        );
    }
}

/// Joins a piece to the previous one when they look the same, to keep lines short to draw.
fn append(line: &mut VisualLine, piece: Piece) {
    if let Some(last) = line.pieces.last_mut()
        && last.sentence == piece.sentence
        && last.kind == piece.kind
    {
        last.text.push_str(&piece.text);
        return;
    }
    line.pieces.push(piece);
}

/// Highlights for every article of the corpus, by article: scraping artefacts, and figures
/// (marked ≠ when the sources disagree) that do not overlap an artefact. Sorted by start and
/// not overlapping, as [`layout`] needs. Linear in the corpus (after sorting): the worker
/// builds them once, off the UI thread.
pub fn article_marks(corpus: &Corpus, figures: Option<&FigureSet>) -> Vec<Vec<Mark>> {
    let mut by_article: Vec<Vec<&Figure>> = vec![Vec::new(); corpus.articles.len()];
    for f in figures.map_or(&[][..], |set| &set.figures) {
        if let Some(list) = by_article.get_mut(f.article) {
            list.push(f);
        }
    }
    corpus
        .articles
        .iter()
        .zip(by_article)
        .map(|(a, mut found)| {
            let mut artefacts: Vec<Range<usize>> = a.artefacts.clone();
            artefacts.sort_by_key(|r| r.start);
            found.sort_by_key(|f| f.start);
            let mut marks: Vec<Mark> = artefacts
                .iter()
                .map(|r| Mark {
                    span: r.clone(),
                    kind: Kind::Artefact,
                })
                .collect();
            // Both lists sorted by start: one walk finds the artefacts a figure overlaps.
            let mut next = 0;
            let mut last_end = 0;
            for f in found {
                while next < artefacts.len() && artefacts[next].end <= f.start {
                    next += 1;
                }
                let on_artefact = artefacts.get(next).is_some_and(|r| r.start < f.end);
                if on_artefact || f.start < last_end {
                    continue;
                }
                last_end = f.end;
                let conflict = figures.is_some_and(|set| set.is_conflicting(f.id));
                marks.push(Mark {
                    span: f.start..f.end,
                    kind: Kind::Figure { conflict },
                });
            }
            marks.sort_by_key(|m| m.span.start);
            marks
        })
        .collect()
}

/// The marks that may touch bytes `span` of the text (`marks` sorted and not overlapping).
fn marks_within(marks: &[Mark], span: Range<usize>) -> &[Mark] {
    let from = marks.partition_point(|m| m.span.end <= span.start);
    let to = from + marks[from..].partition_point(|m| m.span.start < span.end);
    &marks[from..to]
}

/// The sentence's words, each split into pieces where marks begin and end. Lazy, so that a
/// part of a layout costs only the words it shows.
fn words<'a>(
    article: &'a Article,
    sentence: usize,
    marks: &'a [Mark],
) -> impl Iterator<Item = Vec<Piece>> + 'a {
    let s = &article.sentences[sentence];
    // Only the sentence's own marks are searched, so a word costs no more in a long article.
    let marks = marks_within(marks, s.span());
    let text = &article.text[s.span()];
    let base = s.start;
    let mut offset = s.start;
    text.split_whitespace().filter_map(move |raw| {
        let start = offset + text[offset - base..].find(raw).unwrap_or(0);
        offset = start + raw.len();
        let word = word_pieces(article, sentence, marks, start..offset);
        (!word.is_empty()).then_some(word)
    })
}

/// One word (bytes `span` of the text) cut into pieces where marks begin and end.
fn word_pieces(
    article: &Article,
    sentence: usize,
    marks: &[Mark],
    span: Range<usize>,
) -> Vec<Piece> {
    let offset = span.end;
    let mut word = Vec::new();
    let mut at = span.start;
    while at < offset {
        let mark = marks.iter().find(|m| m.span.start <= at && at < m.span.end);
        let next_cut = match mark {
            Some(m) => m.span.end.min(offset),
            None => marks
                .iter()
                .map(|m| m.span.start)
                .filter(|&b| b > at && b < offset)
                .min()
                .unwrap_or(offset),
        };
        let kind = mark.map_or(Kind::Plain, |m| m.kind);
        let mut piece_text = for_display(&article.text[at..next_cut]).into_owned();
        let mark_ends_here = mark.is_some_and(|m| m.span.end <= offset);
        if kind == Kind::Artefact && mark_ends_here {
            piece_text.push_str(ARTEFACT_MARK);
        }
        if let Kind::Figure { conflict: true } = kind
            && mark_ends_here
        {
            piece_text.push('≠');
        }
        if !piece_text.is_empty() {
            word.push(Piece {
                sentence,
                text: piece_text,
                kind,
            });
        }
        at = next_cut;
    }
    word
}

#[cfg(test)]
mod tests;
