//! Helpers shared by the corpus tests: loading seeds and fixtures by name.
#![allow(dead_code)]

use crossread::corpus::{self, Article, Corpus};
use std::path::{Path, PathBuf};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn load_fixture(name: &str) -> Article {
    let corpus = corpus::load(&[fixture(name)]).expect("fixture loads");
    corpus.articles.into_iter().next().expect("one article")
}

pub fn seeds() -> Corpus {
    corpus::load_seeds()
}

/// The seed whose id starts with `prefix` ("000" … "004").
pub fn seed(prefix: &str) -> Article {
    seeds()
        .articles
        .into_iter()
        .find(|a| a.id.starts_with(prefix))
        .expect("seed exists")
}

pub const FIXTURE_ARTICLES: &[&str] = &[
    "news_page.html",
    "no_title.txt",
    "crlf_bom.txt",
    "wide_chars.txt",
    "title_dash_outlet.txt",
    "title_pipe_section_outlet.txt",
    "invalid_utf8.txt",
    "control_chars.txt",
    "tricky_sentences.txt",
];

/// Every article the segmentation invariants are checked on: seeds and fixtures.
pub fn all_articles() -> Vec<Article> {
    let mut out = seeds().articles;
    out.extend(FIXTURE_ARTICLES.iter().map(|f| load_fixture(f)));
    out
}

/// Texts of the sentences, boilerplate or not.
pub fn sentence_texts(a: &Article) -> Vec<&str> {
    (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect()
}

/// Whether the sentence whose text contains `needle` is boilerplate; panics when none does.
pub fn boilerplate_of(a: &Article, needle: &str) -> bool {
    let i = (0..a.sentences.len())
        .find(|&i| a.sentence_text(i).contains(needle))
        .unwrap_or_else(|| panic!("{}: no sentence contains {needle:?}", a.id));
    a.sentences[i].boilerplate
}
