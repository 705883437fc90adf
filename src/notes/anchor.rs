//! Anchors that survive change: the W3C Web Annotation TextQuoteSelector (exact quote with a
//! prefix and suffix of context) and TextPositionSelector, plus the article's content hash.
//! When a file changes, the note finds its passage again by quote and context; when the
//! quote is gone or ambiguous, the note becomes an orphan — never attached to a lookalike.
//! An article is found by its text's hash first, so renaming or moving a file keeps its notes.

use crate::corpus::{Article, Corpus};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Characters of context kept on each side of the quote.
const CONTEXT: usize = 32;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    pub article_id: String,
    pub path: String,
    pub content_hash: String,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Resolution {
    Attached {
        article: usize,
        start: usize,
        end: usize,
        moved: bool,
    },
    /// On an article of the same folders that is not open now: shown, with its quote.
    Orphan { reason: String },
    /// On an article of another set (another folder): not shown with this one.
    Elsewhere,
}

impl Anchor {
    pub fn from_span(article: &Article, start: usize, end: usize) -> Anchor {
        let text = &article.text;
        let (start, end) = (
            floor(text, start.min(text.len())),
            floor(text, end.min(text.len())),
        );
        let before = &text[..start];
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT - 1)
            .map_or(0, |(i, _)| i);
        let after = &text[end..];
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT)
            .map_or(after.len(), |(i, _)| i);
        Anchor {
            article_id: article.id.clone(),
            path: article.path.clone(),
            content_hash: article.content_hash().to_string(),
            exact: text[start..end].to_string(),
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_end].to_string(),
            start,
            end,
        }
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Which open article each note belongs to. An article is recognised by the hash of its
/// text wherever its file now is (renamed, moved, opened with other articles); an edited file
/// by its path, where the note then looks for its quote again.
pub struct Placement<'a> {
    corpus: &'a Corpus,
    by_hash: HashMap<&'a str, usize>,
    by_file: HashMap<PathBuf, usize>,
    /// Folders of the open articles: a note on a file gone from one of them is an orphan; a
    /// note from any other folder belongs to another set of articles.
    folders: HashSet<PathBuf>,
}

impl<'a> Placement<'a> {
    pub fn new(corpus: &'a Corpus) -> Placement<'a> {
        let mut by_hash = HashMap::new();
        let mut by_file = HashMap::new();
        let mut folders = HashSet::new();
        for (i, a) in corpus.articles.iter().enumerate() {
            by_hash.entry(a.content_hash()).or_insert(i);
            let file = file_key(&a.path);
            if let Some(dir) = file.parent() {
                folders.insert(dir.to_path_buf());
            }
            by_file.entry(file).or_insert(i);
        }
        Placement {
            corpus,
            by_hash,
            by_file,
            folders,
        }
    }

    /// Finds where the anchor's passage is in the corpus now.
    pub fn resolve(&self, anchor: &Anchor) -> Resolution {
        if let Some(&index) = self.by_hash.get(anchor.content_hash.as_str()) {
            return find_in(anchor, &self.corpus.articles[index], index);
        }
        let file = file_key(&anchor.path);
        if let Some(&index) = self.by_file.get(&file) {
            return find_in(anchor, &self.corpus.articles[index], index);
        }
        match file.parent() {
            Some(dir) if self.folders.contains(dir) => Resolution::Orphan {
                reason: format!(
                    "its article {} is not open (the file {} is gone or was changed and renamed)",
                    anchor.article_id, anchor.path
                ),
            },
            _ => Resolution::Elsewhere,
        }
    }
}

/// A path compared as the file it names: absolute and without symlinks when it exists (or
/// its folder does), as written otherwise (the bundled seeds' `seeds/NAME`).
fn file_key(path: &str) -> PathBuf {
    let p = Path::new(path);
    if let Ok(c) = std::fs::canonicalize(p) {
        return c;
    }
    match (p.parent().map(std::fs::canonicalize), p.file_name()) {
        (Some(Ok(dir)), Some(name)) => dir.join(name),
        _ => p.to_path_buf(),
    }
}

/// Finds where the anchor's passage is in the corpus now (see [`Placement`]).
pub fn resolve(anchor: &Anchor, corpus: &Corpus) -> Resolution {
    Placement::new(corpus).resolve(anchor)
}

/// The anchor's passage in the article it belongs to: at the same place if the text is
/// unchanged, else wherever its quote and context now are.
fn find_in(anchor: &Anchor, article: &Article, index: usize) -> Resolution {
    let text = &article.text;
    if article.content_hash() == anchor.content_hash
        && text.get(anchor.start..anchor.end) == Some(anchor.exact.as_str())
    {
        return Resolution::Attached {
            article: index,
            start: anchor.start,
            end: anchor.end,
            moved: false,
        };
    }
    if anchor.exact.is_empty() {
        return Resolution::Orphan {
            reason: "the note has no quote to look for".into(),
        };
    }
    // Every place the exact quote occurs, scored by how much of its context still matches.
    let mut candidates: Vec<(usize, usize)> = text
        .match_indices(anchor.exact.as_str())
        .map(|(at, _)| (at, context_score(text, at, at + anchor.exact.len(), anchor)))
        .collect();
    if candidates.is_empty() {
        return Resolution::Orphan {
            reason: format!("the quoted passage is no longer in {}", article.path),
        };
    }
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if candidates.len() > 1 && candidates[0].1 == candidates[1].1 {
        return Resolution::Orphan {
            reason: format!(
                "the quoted passage occurs {} times in {} and its context does not tell which",
                candidates.len(),
                article.path
            ),
        };
    }
    let start = candidates[0].0;
    Resolution::Attached {
        article: index,
        start,
        end: start + anchor.exact.len(),
        moved: start != anchor.start,
    }
}

/// Characters of prefix (read backwards) and suffix that still match around a candidate.
fn context_score(text: &str, start: usize, end: usize, anchor: &Anchor) -> usize {
    let before = text[..start]
        .chars()
        .rev()
        .zip(anchor.prefix.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let after = text[end..]
        .chars()
        .zip(anchor.suffix.chars())
        .take_while(|(a, b)| a == b)
        .count();
    before + after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Article, MetaHint};

    fn corpus(text: &str) -> Corpus {
        Corpus {
            articles: vec![Article::from_text(
                "a".into(),
                "a.txt".into(),
                text.into(),
                MetaHint::default(),
            )],
            ..Corpus::default()
        }
    }

    fn anchor_on(c: &Corpus, quote: &str) -> Anchor {
        let a = &c.articles[0];
        let at = a.text.find(quote).expect("quote present");
        Anchor::from_span(a, at, at + quote.len())
    }

    #[test]
    fn unchanged_file_keeps_the_position() {
        let c = corpus("Title\n\nTwelve officers died. Others fled.");
        let a = anchor_on(&c, "Twelve officers died.");
        assert_eq!(
            resolve(&a, &c),
            Resolution::Attached {
                article: 0,
                start: a.start,
                end: a.end,
                moved: false
            }
        );
    }

    #[test]
    fn edited_elsewhere_or_moved_re_anchors_by_quote() {
        let old = corpus("Title\n\nTwelve officers died. Others fled.");
        let a = anchor_on(&old, "Twelve officers died.");
        let new = corpus(
            "Title\n\nA new first paragraph was added.\n\nTwelve officers died. Others fled.",
        );
        match resolve(&a, &new) {
            Resolution::Attached { start, moved, .. } => {
                assert!(moved);
                assert_eq!(&new.articles[0].text[start..start + a.exact.len()], a.exact);
            }
            other => panic!("expected attached, got {other:?}"),
        }
    }

    #[test]
    fn a_deleted_quote_makes_an_orphan() {
        let a = anchor_on(
            &corpus("Title\n\nTwelve officers died."),
            "Twelve officers died.",
        );
        assert!(matches!(
            resolve(&a, &corpus("Title\n\nTen officers died.")),
            Resolution::Orphan { .. }
        ));
    }

    #[test]
    fn a_duplicated_quote_is_decided_by_context_or_orphaned() {
        let c = corpus("Intro one. Prices rose. Middle part here. Prices rose. Ending.");
        let second = c.articles[0].text.rfind("Prices rose.").expect("present");
        let a = Anchor::from_span(&c.articles[0], second, second + "Prices rose.".len());
        let edited =
            corpus("Intro one, edited. Prices rose. Middle part here. Prices rose. Ending.");
        match resolve(&a, &edited) {
            Resolution::Attached { start, .. } => assert_eq!(
                start,
                edited.articles[0]
                    .text
                    .rfind("Prices rose.")
                    .expect("present")
            ),
            other => panic!("{other:?}"),
        }
        let mut same_context = a.clone();
        same_context.prefix = String::new();
        same_context.suffix = String::new();
        same_context.content_hash = "changed".into();
        assert!(matches!(
            resolve(&same_context, &edited),
            Resolution::Orphan { .. }
        ));
    }

    #[test]
    fn a_lookalike_paragraph_is_never_taken_for_the_quote() {
        let old = corpus("Title\n\nUnemployment rose by twelve percent last year.\n\nOther text.");
        let a = anchor_on(&old, "Unemployment rose by twelve percent last year.");
        let new = corpus("Title\n\nUnemployment rose by twenty percent last year.\n\nOther text.");
        assert!(matches!(resolve(&a, &new), Resolution::Orphan { .. }));
    }
}
