//! Exporting notes as a short Markdown briefing a colleague can follow without crossread:
//! the sources by name, then each note under its quote with its source, place, whole text,
//! tags and the ranked counterparts, then the figures that disagree. Alignment and figures
//! come in as plain data, so this module depends on neither. (Web Annotation: annotation.rs.)

use super::anchor::{Placement, Resolution};
use super::markdown_text::{inline, paragraphs};
use super::note::{GroupPassage, Note, Target};
use crate::corpus::{Article, Corpus};
use crate::language::count::count;

pub use super::annotation::web_annotation;

/// A counterpart of a noted passage in another source.
#[derive(Clone, Debug, PartialEq)]
pub struct CounterpartQuote {
    pub article_id: String,
    pub source: String,
    pub text: String,
    /// Similarity of the two passages' wording.
    pub score: f32,
    /// Probability that the two report the same fact: what counterparts are ranked by.
    pub probability: f32,
    /// Figures in the counterpart that differ from the noted passage ("40 died").
    pub differing_figures: Vec<String>,
}

/// One quantity the sources disagree on: why ("disagree", "changed over time") and the values in
/// time order with who gives each, as the Figures view writes them.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureConflictRow {
    pub quantity: String,
    pub verdict: String,
    pub timeline: String,
}

pub struct ExportInput<'a> {
    pub corpus: &'a Corpus,
    pub notes: &'a [Note],
    /// Counterparts of the passage at (article, start, end).
    pub counterparts: &'a dyn Fn(usize, usize, usize) -> Vec<CounterpartQuote>,
    pub conflicts: &'a [FigureConflictRow],
}

/// The notes on this set of articles (notes on other sets left out) in a stable order:
/// article order, then position; orphans last.
pub(super) fn ordered<'a>(input: &'a ExportInput) -> Vec<(&'a Note, Resolution)> {
    let placement = Placement::new(input.corpus);
    let mut notes: Vec<(&Note, Resolution)> = input
        .notes
        .iter()
        .map(|n| (n, placement.resolve(&n.anchor)))
        .filter(|(_, r)| *r != Resolution::Elsewhere)
        .collect();
    notes.sort_by_key(|(n, r)| match r {
        Resolution::Attached { article, start, .. } => (0, *article, *start, n.created.clone()),
        _ => (1, usize::MAX, n.anchor.start, n.created.clone()),
    });
    notes
}

/// How many of `notes` an export of `corpus` holds (notes on other sets are left out).
pub fn count_on(corpus: &Corpus, notes: &[Note]) -> usize {
    let placement = Placement::new(corpus);
    notes
        .iter()
        .filter(|n| placement.resolve(&n.anchor) != Resolution::Elsewhere)
        .count()
}

/// "sentence 10 of 31", "sentences 9–11 of 31": where a span is in its article.
pub fn place(article: &Article, start: usize, end: usize) -> String {
    let total = article.sentences.len();
    let first = article.sentence_at(start);
    let last = article.sentence_at(end.saturating_sub(1).max(start));
    match (first, last) {
        (Some(f), Some(l)) if l > f => format!("sentences {}–{} of {total}", f + 1, l + 1),
        (Some(f), _) => format!("sentence {} of {total}", f + 1),
        _ => "in the text".into(),
    }
}

/// The name a reader knows an article by: its outlet, else its title, else its file id.
fn source_name(a: &Article) -> &str {
    match &a.outlet {
        Some(o) => o,
        None if !a.title.trim().is_empty() => a.title.trim(),
        None => &a.id,
    }
}

/// Each article's [`source_name`], but where articles share one (two wire stories of one
/// agency) the name screens tell them apart by ("AP · The Latest on…",
/// `Corpus::screen_labels`): a citation must say which story it quotes.
fn source_names(corpus: &Corpus) -> Vec<String> {
    corpus
        .screen_labels()
        .into_iter()
        .zip(&corpus.articles)
        .map(|(label, a)| {
            if label == a.short_label() {
                source_name(a).to_string()
            } else {
                label
            }
        })
        .collect()
}

pub fn markdown(input: &ExportInput) -> String {
    let corpus = input.corpus;
    let notes = ordered(input);
    let mut md = String::from("# crossread notes\n\n");
    md.push_str(&format!(
        "{} on {}.\n\n## Sources\n\n| Source | Title | Date | File |\n|---|---|---|---|\n",
        count(notes.len(), "note", "notes"),
        count(corpus.articles.len(), "source", "sources")
    ));
    for a in &corpus.articles {
        md.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            inline(a.outlet.as_deref().unwrap_or("—")),
            inline(if a.title.trim().is_empty() {
                "—"
            } else {
                &a.title
            }),
            inline(a.date.as_deref().unwrap_or("—")),
            inline(&a.path)
        ));
    }
    md.push_str("\n## Notes\n");
    if notes.is_empty() {
        md.push_str("\nNo notes yet.\n");
    }
    let names = source_names(corpus);
    for (n, (note, resolution)) in notes.iter().enumerate() {
        match resolution {
            Resolution::Attached {
                article,
                start,
                end,
                ..
            } => attached_note(
                &mut md,
                n + 1,
                input,
                &names,
                note,
                (*article, *start..*end),
            ),
            Resolution::Orphan { reason } => orphan_note(&mut md, n + 1, note, reason),
            Resolution::Elsewhere => {}
        }
    }
    figures_that_disagree(&mut md, input.conflicts);
    md
}

fn attached_note(
    md: &mut String,
    number: usize,
    input: &ExportInput,
    names: &[String],
    note: &Note,
    (article, span): (usize, std::ops::Range<usize>),
) {
    let (start, end) = (span.start, span.end);
    let corpus = input.corpus;
    let a = &corpus.articles[article];
    let place = place(a, start, end);
    let on = match &note.target {
        Target::Figure { text, .. } => format!("figure “{text}” in {place}"),
        Target::Group { .. } => format!("aligned group at {place}"),
        Target::Sentence | Target::Range => place,
    };
    md.push_str(&format!(
        "\n### {number}. {}, {}\n\n> {}\n\n",
        inline(&names[article]),
        inline(&on),
        inline(&a.text[start..end])
    ));
    if let Target::Figure {
        quantity, value, ..
    } = &note.target
        && !quantity.is_empty()
    {
        let value = value.map_or(String::new(), |v| format!(" (value {v})"));
        md.push_str(&format!(
            "On the quantity: {}{}\n\n",
            inline(quantity),
            inline(&value)
        ));
    }
    body_and_tags(md, note);
    if let Target::Group { passages } = &note.target
        && passages.len() > 1
    {
        group_passages(md, corpus, names, &passages[1..]);
        return;
    }
    let mut counterparts = (input.counterparts)(article, start, end);
    counterparts.sort_by(|x, y| {
        (y.probability.total_cmp(&x.probability)).then(y.score.total_cmp(&x.score))
    });
    if !counterparts.is_empty() {
        md.push_str("\nIn the other sources, the likeliest to report the same fact first:\n\n");
        for (i, c) in counterparts.iter().enumerate() {
            let figures = if c.differing_figures.is_empty() {
                String::new()
            } else {
                format!(
                    " — figures that differ: {}",
                    inline(&c.differing_figures.join(", "))
                )
            };
            let name = corpus
                .index_of(&c.article_id)
                .map_or(c.source.as_str(), |k| names[k].as_str());
            md.push_str(&format!(
                "{}. **{}**{}: “{}”{figures}\n",
                i + 1,
                inline(name),
                how_close(Some(c.probability), Some(c.score)),
                inline(&c.text)
            ));
        }
    }
}

/// " (same fact p 0.97, wording similarity 0.62)", with what is known of the two.
fn how_close(probability: Option<f32>, similarity: Option<f32>) -> String {
    match (probability, similarity) {
        (Some(p), Some(s)) => format!(" (same fact p {p:.2}, wording similarity {s:.2})"),
        (Some(p), None) => format!(" (same fact p {p:.2})"),
        (None, Some(s)) => format!(" (wording similarity {s:.2})"),
        (None, None) => String::new(),
    }
}

/// The group's other passages as the note kept them, likeliest to report the same fact first
/// (then most alike in wording, as the counterparts of other notes).
fn group_passages(md: &mut String, corpus: &Corpus, names: &[String], others: &[GroupPassage]) {
    let mut others: Vec<_> = others.iter().collect();
    let key = |p: &GroupPassage| (p.probability.unwrap_or(-1.0), p.score.unwrap_or(-1.0));
    others.sort_by(|x, y| {
        let (x, y) = (key(x), key(y));
        y.0.total_cmp(&x.0).then(y.1.total_cmp(&x.1))
    });
    md.push_str("\nThe aligned passages in the other sources:\n\n");
    let placement = Placement::new(corpus);
    for (i, p) in others.iter().enumerate() {
        let name = match placement.resolve(&p.anchor) {
            Resolution::Attached { article, .. } => names[article].as_str(),
            _ => p.anchor.article_id.as_str(),
        };
        md.push_str(&format!(
            "{}. **{}**{}: “{}”\n",
            i + 1,
            inline(name),
            how_close(p.probability, p.score),
            inline(&p.anchor.exact)
        ));
    }
}

fn orphan_note(md: &mut String, number: usize, note: &Note, reason: &str) {
    md.push_str(&format!(
        "\n### {number}. Orphaned note, was on {}\n\n> {}\n\n⚠ {}.\n\n",
        inline(&note.anchor.article_id),
        inline(&note.anchor.exact),
        inline(reason)
    ));
    body_and_tags(md, note);
}

fn body_and_tags(md: &mut String, note: &Note) {
    let body = paragraphs(&note.body);
    md.push_str(if body.is_empty() {
        "(empty note)\n"
    } else {
        &body
    });
    if !note.tags.is_empty() {
        // Tags are letters, digits, '-' and '_' (note.rs), so a code span shows them as is.
        let tags: Vec<String> = note.tags.iter().map(|t| format!("`#{t}`")).collect();
        md.push_str(&format!("\nTags: {}\n", tags.join(" ")));
    }
}

fn figures_that_disagree(md: &mut String, conflicts: &[FigureConflictRow]) {
    md.push_str("\n## Figures that disagree\n\n");
    if conflicts.is_empty() {
        md.push_str("No conflicting figures were found.\n");
        return;
    }
    md.push_str(
        "| Quantity | Verdict | Values in time order, with who gives them |\n|---|---|---|\n",
    );
    for row in conflicts {
        md.push_str(&format!(
            "| {} | {} | {} |\n",
            inline(&row.quantity),
            inline(&row.verdict),
            inline(&row.timeline)
        ));
    }
}
