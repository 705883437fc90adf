//! `crossread list`: the articles with their metadata and sentences.

use super::output::{CONTRACT_VERSION, print_json, print_text, report_warnings};
use crossread::corpus::{self, Article, sanitize::for_display};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Serialize)]
struct Listing<'a> {
    version: u32,
    articles: Vec<ArticleEntry<'a>>,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct ArticleEntry<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    date: Option<&'a str>,
    words: usize,
    sentences: Vec<SentenceEntry<'a>>,
}

#[derive(Serialize)]
struct SentenceEntry<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    boilerplate: bool,
}

fn entry(a: &Article) -> ArticleEntry<'_> {
    ArticleEntry {
        id: &a.id,
        path: &a.path,
        title: &a.title,
        outlet: a.outlet.as_deref(),
        date: a.date.as_deref(),
        words: a.words,
        sentences: a
            .sentences
            .iter()
            .map(|s| SentenceEntry {
                start: s.start,
                end: s.end,
                text: &a.text[s.span()],
                boilerplate: s.boilerplate,
            })
            .collect(),
    }
}

pub fn run(paths: &[PathBuf], json: bool) -> anyhow::Result<()> {
    let corpus = corpus::load(paths)?;
    report_warnings(&corpus.warnings);
    if json {
        let articles = corpus.articles.iter().map(entry).collect();
        return print_json(&Listing {
            version: CONTRACT_VERSION,
            articles,
            warnings: &corpus.warnings,
        });
    }
    let mut out = String::new();
    for a in &corpus.articles {
        out.push_str(&format!(
            "{:<24} {:<10} {:>6} words {:>4} sentences  {} — {}\n",
            for_display(&a.id),
            for_display(a.date.as_deref().unwrap_or("-")),
            a.words,
            a.sentences.len(),
            for_display(a.outlet.as_deref().unwrap_or("(no outlet)")),
            for_display(&a.title),
        ));
    }
    print_text(&out)
}
