//! The corpus: articles decoded, described (title, outlet, date) and segmented into sentences
//! with byte spans. Every later stage (align, figures, notes) works on these structures.

mod artefacts;
pub mod boilerplate;
pub mod dates;
pub mod declared;
pub mod decode;
mod folder;
pub mod html;
mod html_entities;
pub mod html_plain;
mod html_tags;
pub mod load;
pub mod markdown;
pub mod meta;
pub mod sanitize;
pub mod segment;
mod wire;

use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;

pub use load::{load, load_seeds};

/// One sentence (a "passage"): a half-open byte span into its article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Paragraph number, from 0.
    #[serde(skip)]
    pub paragraph: usize,
    /// Web-page furniture (share buttons, photo credits, teasers): skipped by alignment and figures.
    pub boilerplate: bool,
}

impl Sentence {
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// One article of the set.
#[derive(Debug, Clone)]
pub struct Article {
    /// File name without its extension, made unique within the corpus.
    pub id: String,
    /// Path as given (or `seeds/NAME` for the bundled seeds).
    pub path: String,
    /// Decoded text: UTF-8, BOM removed, terminal escape sequences and control characters
    /// removed (see [`sanitize::article_text`]), line endings as in the file.
    pub text: String,
    pub title: String,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub words: usize,
    pub sentences: Vec<Sentence>,
    /// Paragraph spans, by paragraph number.
    pub paragraphs: Vec<Range<usize>>,
    /// Scraping artefacts such as "XNUMX", a number the scraper replaced.
    pub artefacts: Vec<Range<usize>>,
    /// Index into `sentences` of the title, when the text has a title line.
    pub title_sentence: Option<usize>,
    /// SHA-256 of the decoded text, hex, made when first asked for ([`Article::content_hash`]):
    /// only notes use it, and hashing every article was a sixth of loading 1,000 of them.
    content_hash: std::sync::OnceLock<String>,
}

impl Article {
    /// Builds an article from decoded text. `hint` carries metadata an HTML page declared.
    pub fn from_text(id: String, path: String, text: String, hint: MetaHint) -> Article {
        // Escape sequences go whole before anything reads the text: their digits are not figures.
        let text = match sanitize::article_text(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(clean) => clean,
        };
        let hint = hint.cleaned();
        let raw = segment::sentences(&text);
        let line_spans = segment::lines(&text);
        let line_texts: Vec<&str> = line_spans.iter().map(|(r, _)| &text[r.clone()]).collect();
        let lines: Vec<boilerplate::Line> = line_texts
            .iter()
            .map(|t| boilerplate::Line::new(t))
            .collect();
        let meta = meta::read(&line_texts, |i| lines[i].is_furniture());
        let mut line_marks = boilerplate::mark_lines(&lines, meta.title_line);
        for &l in &meta.header_lines {
            if let Some(mark) = line_marks.get_mut(l) {
                *mark = true;
            }
        }
        let sentences: Vec<Sentence> = raw
            .iter()
            .map(|s| Sentence {
                start: after_section_label(&text, &line_spans, s),
                end: s.span.end,
                paragraph: s.paragraph,
                boilerplate: line_marks.get(s.line).copied().unwrap_or(false)
                    || (lines.get(s.line).is_some_and(|l| l.credited)
                        && boilerplate::is_credit_only(&text[s.span.clone()])),
            })
            .collect();
        let title_sentence = meta
            .title_line
            .and_then(|l| raw.iter().position(|s| s.line == l));
        let paragraphs = segment::paragraph_spans(&raw);
        Article {
            words: crate::language::wordcount::word_count(&text, usize::MAX),
            artefacts: artefacts::artefacts(&text),
            content_hash: std::sync::OnceLock::new(),
            outlet: meta.outlet.or(hint.outlet),
            date: meta
                .date
                .or_else(|| hint.date.as_deref().and_then(dates::parse_date)),
            title: meta.title,
            id,
            path,
            text,
            sentences,
            paragraphs,
            title_sentence,
        }
    }

    /// SHA-256 of the decoded text, hex: notes use it to notice a changed file.
    pub fn content_hash(&self) -> &str {
        self.content_hash.get_or_init(|| content_hash(&self.text))
    }

    /// The text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &str {
        self.sentences.get(i).map_or("", |s| &self.text[s.span()])
    }

    /// The label a user knows the article by: outlet if known, else its id.
    pub fn source_label(&self) -> &str {
        self.outlet.as_deref().unwrap_or(&self.id)
    }

    /// A name for screens: the outlet, else the first words of the title ("Dozens dead in
    /// unrest…"), else the file id. Citations keep [`Article::source_label`], which is exact;
    /// where two articles of a set may share an outlet, screens use [`Corpus::screen_labels`].
    pub fn short_label(&self) -> String {
        if let Some(outlet) = &self.outlet {
            return outlet.clone();
        }
        self.title_start().unwrap_or_else(|| self.id.clone())
    }

    /// The first words of the title, cut at a word to [`LABEL_CHARS`], or None if it has none.
    fn title_start(&self) -> Option<String> {
        let title = self.title.trim();
        if title.is_empty() {
            return None;
        }
        if title.chars().count() <= LABEL_CHARS {
            return Some(title.to_string());
        }
        let mut out = String::new();
        for word in title.split_whitespace() {
            if !out.is_empty() && out.chars().count() + 1 + word.chars().count() > LABEL_CHARS {
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        let out: String = out.chars().take(LABEL_CHARS).collect();
        Some(format!(
            "{}…",
            out.trim_end_matches([',', ';', ':', '–', '-', ' '])
        ))
    }

    /// Sentences that carry content (not boilerplate), with their indices.
    pub fn content_sentences(&self) -> impl Iterator<Item = (usize, &Sentence)> {
        self.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.boilerplate)
    }

    /// The sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }
}

/// Metadata a container format (HTML) declared, used where the text itself is silent.
#[derive(Debug, Default, Clone)]
pub struct MetaHint {
    pub outlet: Option<String>,
    pub date: Option<String>,
}

impl MetaHint {
    /// The same fields as single clean lines (an `og:site_name` may carry `&#27;[2J`).
    fn cleaned(self) -> MetaHint {
        let clean = |s: Option<String>| {
            s.map(|s| sanitize::for_display(&s).trim().to_string())
                .filter(|s| !s.is_empty())
        };
        MetaHint {
            outlet: clean(self.outlet),
            date: clean(self.date),
        }
    }
}

/// How long a title's start may be in a name for screens: a column header's width.
const LABEL_CHARS: usize = 28;

/// The set of articles being read, and what went wrong while loading it.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    /// Files skipped or decoded lossily, one message each.
    pub warnings: Vec<String>,
    /// True for the seeds bundled in the binary (their paths are names, not files).
    pub bundled: bool,
}

impl Corpus {
    /// Where each article's sentences start when all the corpus's sentences are numbered in
    /// article order; one more entry, the total, ends the last. Tables over every sentence
    /// index by it.
    pub fn sentence_starts(&self) -> Vec<usize> {
        let mut starts = Vec::with_capacity(self.articles.len() + 1);
        let mut total = 0;
        for a in &self.articles {
            starts.push(total);
            total += a.sentences.len();
        }
        starts.push(total);
        starts
    }

    /// A corpus of in-memory texts with ids `a0`, `a1`, … (for tests and library callers that
    /// have no files).
    pub fn from_texts(texts: &[&str]) -> Corpus {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                Article::from_text(
                    format!("a{i}"),
                    format!("a{i}.txt"),
                    t.to_string(),
                    MetaHint::default(),
                )
            })
            .collect();
        Corpus {
            articles,
            ..Corpus::default()
        }
    }

    /// A name per article for screens and tables, no two alike: [`Article::short_label`],
    /// except where articles would share one (two wire stories of one agency, a set saved
    /// from one site): then the outlet and the start of the title ("AP · Synagogue gunman…"),
    /// and where even those are shared, a number in the order of the articles' ids, so that
    /// an article is called the same whatever order the files were given in.
    pub fn screen_labels(&self) -> Vec<String> {
        let mut labels: Vec<String> = self.articles.iter().map(Article::short_label).collect();
        let shared = |labels: &[String]| {
            let mut count: HashMap<&str, usize> = HashMap::new();
            for label in labels {
                *count.entry(label).or_default() += 1;
            }
            labels
                .iter()
                .map(|l| count[l.as_str()] > 1)
                .collect::<Vec<bool>>()
        };
        for (i, twice) in shared(&labels).into_iter().enumerate() {
            let article = &self.articles[i];
            if let (true, Some(outlet), Some(title)) =
                (twice, &article.outlet, article.title_start())
            {
                labels[i] = format!("{outlet} · {title}");
            }
        }
        let twice = shared(&labels);
        let mut by_id: Vec<usize> = (0..labels.len()).filter(|&i| twice[i]).collect();
        by_id.sort_by(|&a, &b| self.articles[a].id.cmp(&self.articles[b].id));
        let mut seen: HashMap<String, usize> = HashMap::new();
        for i in by_id {
            let n = seen.entry(labels[i].clone()).or_default();
            *n += 1;
            labels[i] = format!("{} ({n})", labels[i]);
        }
        labels
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }
}

fn content_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where sentence `s` starts once a page's section label before a line's first words is left
/// out ("Story highlights Third death announced …", "BREAKING: …"): the label names a box of
/// the page, and the sentence is what follows it (`wire::without_label`, as for titles).
fn after_section_label(
    text: &str,
    lines: &[(std::ops::Range<usize>, usize)],
    s: &segment::RawSentence,
) -> usize {
    let starts_line = lines
        .get(s.line)
        .is_some_and(|(l, _)| l.start == s.span.start);
    if !starts_line {
        return s.span.start;
    }
    let sentence = &text[s.span.clone()];
    s.span.start + sentence.len() - wire::without_label(sentence).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_label_before_a_line_is_not_part_of_its_sentence() {
        let a = Article::from_text(
            "a".into(),
            "a.txt".into(),
            "Story highlights Two bridges closed in the valley\n\nThe river rose overnight. \
             Officials said the story highlights a failure.\n"
                .into(),
            MetaHint::default(),
        );
        assert_eq!(a.sentence_text(0), "Two bridges closed in the valley");
        assert_eq!(a.title, "Two bridges closed in the valley");
        // Only before a line's first words: inside prose the words are the writer's.
        assert_eq!(
            a.sentence_text(2),
            "Officials said the story highlights a failure."
        );
    }

    #[test]
    fn sentence_starts_number_every_sentence_in_article_order() {
        let c = Corpus::from_texts(&["One. Two. Three.", "Four.", "Five. Six."]);
        let counts: Vec<usize> = c.articles.iter().map(|a| a.sentences.len()).collect();
        let starts = c.sentence_starts();
        assert_eq!(starts.len(), 4);
        assert_eq!(starts[0], 0);
        for (k, n) in counts.iter().enumerate() {
            assert_eq!(starts[k + 1] - starts[k], *n);
        }
        assert_eq!(Corpus::default().sentence_starts(), [0]);
    }
}
