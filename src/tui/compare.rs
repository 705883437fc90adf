//! The counterparts pane's entries for the current sentence: its counterparts in the other
//! articles, ranked, each with a one-line summary of what differs in content and its differing
//! words marked, wrapped to the pane's width; then the passages only related to it (below the
//! decision in force, never counted as corroboration). Built by the pane (`components::compare`)
//! when the sentence or width changes, so drawing only copies lines. The Columns view marks
//! its differing words with the same runs.

use super::wrap::wrap_runs;
use crossread::align::difference::{Mark, PassageFigure, differences, figure_reading};
use crossread::align::{Alignment, PassageRef};
use crossread::corpus::Corpus;
use crossread::figures::FigureSet;
use crossread::language::text::{normalise, tokens};
use std::collections::HashSet;
use std::ops::Range;

/// How a run of a passage's text differs from the one it is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    Same,
    Differs,
    /// A number that differs: emphasised more.
    Number,
    /// A figure the sources disagree on (164 beside 40): emphasised most, followed by "≠".
    Conflict,
}

/// Above this many sources that report nothing like the sentence, they share one line.
const SILENT_LISTED: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The counterpart; None for a line standing for other sources (copies, or silence).
    pub passage: Option<PassageRef>,
    /// The counterpart's article, or the articles the line stands for.
    pub articles: Vec<usize>,
    /// The articles carry this very text (syndicated copies): listed once, not each.
    pub copies: bool,
    /// A related passage, not a counterpart: below the decision in force (`align::Relation`).
    pub related: bool,
    /// Other sentences of the passage's article with this very text (a live page repeating its
    /// lead): folded into this entry, which is the best ranked of them, and named in its header.
    pub restated: Vec<usize>,
    /// Similarity of the two sentences' wording (a group note keeps it).
    pub score: f32,
    /// Probability that the two report the same fact: what the list is ranked by and shows.
    pub probability: f32,
    /// What differs in content, in one line ("164 vs 40 · only here: 'police'").
    pub summary: String,
    pub lines: Vec<Vec<(String, DiffKind)>>,
}

impl Entry {
    /// Lines the entry takes in the pane: header, summary (counterparts only), text.
    pub fn height(&self) -> usize {
        match self.passage {
            Some(_) if self.related => 1 + self.lines.len(),
            Some(_) => 2 + self.lines.len(),
            None => 1,
        }
    }
}

/// The figures of passage `p`, each with its span in the sentence's text.
fn sentence_figures<'f>(
    corpus: &Corpus,
    figures: &'f FigureSet,
    p: PassageRef,
) -> Vec<PassageFigure<'f>> {
    let base = corpus.articles[p.article]
        .sentences
        .get(p.sentence)
        .map_or(0, |s| s.start);
    figures
        .in_sentence(p.article, p.sentence)
        .filter_map(|f| Some((f, f.start.checked_sub(base)?..f.end.checked_sub(base)?)))
        .collect()
}

/// Builds the pane's entries for passage `at`, wrapped to `width` columns.
pub fn build(
    corpus: &Corpus,
    alignment: &Alignment,
    figures: &FigureSet,
    at: PassageRef,
    width: u16,
) -> Vec<Entry> {
    let Some(article) = corpus.articles.get(at.article) else {
        return vec![];
    };
    let selected = article.sentence_text(at.sentence);
    let text_width = width.saturating_sub(2) as usize;
    // Only word-for-word copies fold into one line; a near-copy with another number keeps its
    // own entry, so the difference shows.
    let selected_words = words(selected);
    let same_words = |p: &PassageRef| {
        words(corpus.articles[p.article].sentence_text(p.sentence)) == selected_words
    };
    let copies: HashSet<PassageRef> = alignment.copies_of(at).filter(same_words).collect();
    let selected_figures = sentence_figures(corpus, figures, at);
    let mut entries: Vec<Entry> = alignment
        .counterparts(at)
        .iter()
        .filter(|c| !copies.contains(&c.passage))
        .map(|c| {
            let p = c.passage;
            let other = &corpus.articles[p.article];
            let text = other.sentence_text(p.sentence);
            let own_figures = sentence_figures(corpus, figures, p);
            let read = figure_reading(figures, &selected_figures, &own_figures);
            let d = differences(selected, text, &read);
            // Figures the sources disagree on, in this counterpart's own text.
            let conflicts: Vec<Range<usize>> = own_figures
                .iter()
                .filter(|(f, _)| {
                    selected_figures
                        .iter()
                        .any(|(g, _)| figures.disagree(f.id, g.id))
                })
                .map(|(_, span)| span.clone())
                .collect();
            let runs = marked_runs(text, &with_conflicts(&conflicts, &d.right_marks));
            Entry {
                passage: Some(p),
                articles: vec![p.article],
                copies: false,
                related: false,
                restated: vec![],
                score: c.score,
                probability: c.probability,
                summary: d.summary(),
                lines: wrap_runs(&runs, text_width),
            }
        })
        .collect();
    // Then what is only related: the reader sees why a source is not counted, and can go there.
    entries.extend(alignment.related(at).iter().map(|c| {
        let p = c.passage;
        let text = corpus.articles[p.article].sentence_text(p.sentence);
        Entry {
            passage: Some(p),
            articles: vec![p.article],
            copies: false,
            related: true,
            restated: vec![],
            score: c.score,
            probability: c.probability,
            summary: String::new(),
            lines: wrap_runs(&[(text.to_string(), DiffKind::Same)], text_width),
        }
    }));
    let mut entries = fold_restated(corpus, entries);
    let mut copy_articles: Vec<usize> = copies.iter().map(|p| p.article).collect();
    copy_articles.sort_unstable();
    copy_articles.dedup();
    copy_articles.retain(|&a| a != at.article);
    if !copy_articles.is_empty() {
        entries.push(other_sources(copy_articles, true));
    }
    // The sources that say nothing like it: silence is information too.
    let silent: Vec<usize> = (0..corpus.articles.len())
        .filter(|&i| i != at.article && !entries.iter().any(|e| e.articles.contains(&i)))
        .collect();
    if silent.len() > SILENT_LISTED {
        entries.push(other_sources(silent, false));
    } else {
        entries.extend(silent.into_iter().map(|i| other_sources(vec![i], false)));
    }
    entries
}

/// Folds each entry whose article gives the very text of a better ranked entry (same article,
/// same words, both counterparts or both related) into that entry: one quote, and its header
/// names every sentence that carries it. Entries keep their order.
fn fold_restated(corpus: &Corpus, entries: Vec<Entry>) -> Vec<Entry> {
    let mut kept: Vec<(Entry, Vec<String>)> = Vec::with_capacity(entries.len());
    for e in entries {
        let Some(p) = e.passage else {
            kept.push((e, vec![]));
            continue;
        };
        let text = words(corpus.articles[p.article].sentence_text(p.sentence));
        let twin = kept.iter_mut().find(|(k, w)| {
            k.passage.is_some_and(|q| q.article == p.article)
                && k.related == e.related
                && *w == text
        });
        match twin {
            Some((k, _)) => k.restated.push(p.sentence),
            None => kept.push((e, text)),
        }
    }
    kept.into_iter().map(|(e, _)| e).collect()
}

/// The words of a passage, normalised: what "the same text" compares.
fn words(text: &str) -> Vec<String> {
    tokens(text).iter().map(|t| normalise(t.text)).collect()
}

/// One line for other sources: the copies of the passage, or those reporting nothing like it.
fn other_sources(articles: Vec<usize>, copies: bool) -> Entry {
    Entry {
        passage: None,
        articles,
        copies,
        related: false,
        restated: vec![],
        score: 0.0,
        probability: 0.0,
        summary: String::new(),
        lines: vec![],
    }
}

/// Conflicting figures first (they win where marks overlap), then the difference marks.
pub fn with_conflicts(conflicts: &[Range<usize>], marks: &[Mark]) -> Vec<(Range<usize>, DiffKind)> {
    conflicts
        .iter()
        .map(|r| (r.clone(), DiffKind::Conflict))
        .chain(marks.iter().map(|m| {
            let kind = if m.number {
                DiffKind::Number
            } else {
                DiffKind::Differs
            };
            (m.span.clone(), kind)
        }))
        .collect()
}

/// Cuts `text` into runs by marks (byte spans; of overlapping marks the first listed wins)
/// and puts "≠" after each conflicting figure, so the mark does not rest on colour alone.
pub fn marked_runs(text: &str, marks: &[(Range<usize>, DiffKind)]) -> Vec<(String, DiffKind)> {
    let mut kept: Vec<&(Range<usize>, DiffKind)> = Vec::new();
    for m in marks {
        let fits = m.0.start < m.0.end
            && text.is_char_boundary(m.0.start)
            && m.0.end <= text.len()
            && text.is_char_boundary(m.0.end);
        if fits
            && !kept
                .iter()
                .any(|k| k.0.start < m.0.end && m.0.start < k.0.end)
        {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.0.start);
    let mut runs = Vec::new();
    let mut at = 0;
    for (span, kind) in kept {
        if at < span.start {
            runs.push((text[at..span.start].to_string(), DiffKind::Same));
        }
        runs.push((text[span.clone()].to_string(), *kind));
        if *kind == DiffKind::Conflict {
            runs.push(("≠".to_string(), DiffKind::Conflict));
        }
        at = span.end;
    }
    if at < text.len() {
        runs.push((text[at..].to_string(), DiffKind::Same));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_the_text_and_conflicts_carry_a_mark() {
        let text = "at least 164 people were killed";
        let runs = marked_runs(
            text,
            &[
                (9..12, DiffKind::Conflict),
                (9..12, DiffKind::Number),
                (25..31, DiffKind::Differs),
            ],
        );
        let joined: String = runs.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(joined, "at least 164≠ people were killed");
        assert_eq!(runs[1], ("164".to_string(), DiffKind::Conflict));
        assert_eq!(
            runs.last(),
            Some(&("killed".to_string(), DiffKind::Differs))
        );
    }
}
