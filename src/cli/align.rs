//! `crossread align`: groups of sentences that report the same fact across articles.

use super::output::{CONTRACT_VERSION, print_json_with_list, print_text, report_warnings};
use crossread::align::{self, Group};
use crossread::corpus::{self, Corpus, sanitize::for_display};
use serde::Serialize;
use std::path::PathBuf;
use std::time::Instant;

/// The document before its groups, which are written after it as they are rendered.
#[derive(Serialize)]
struct Head<'a> {
    version: u32,
    articles: Vec<ArticleEntry<'a>>,
}

#[derive(Serialize)]
struct ArticleEntry<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    passages: usize,
}

#[derive(Serialize)]
struct GroupEntry<'a> {
    score: f32,
    passages: Vec<PassageEntry<'a>>,
}

#[derive(Serialize)]
struct PassageEntry<'a> {
    article: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

fn head(corpus: &Corpus) -> Head<'_> {
    let articles = corpus
        .articles
        .iter()
        .map(|a| ArticleEntry {
            id: &a.id,
            path: &a.path,
            title: &a.title,
            passages: a.content_sentences().count(),
        })
        .collect();
    Head {
        version: CONTRACT_VERSION,
        articles,
    }
}

fn group_entry<'a>(corpus: &'a Corpus, g: &Group) -> GroupEntry<'a> {
    GroupEntry {
        score: g.score,
        passages: g
            .passages
            .iter()
            .map(|p| {
                let a = &corpus.articles[p.article];
                let s = &a.sentences[p.sentence];
                PassageEntry {
                    article: &a.id,
                    start: s.start,
                    end: s.end,
                    text: &a.text[s.span()],
                }
            })
            .collect(),
    }
}

pub fn run(paths: &[PathBuf], json: bool, stats: bool) -> anyhow::Result<()> {
    let start = Instant::now();
    let corpus = corpus::load(paths)?;
    let load_ms = start.elapsed().as_secs_f64() * 1000.0;
    report_warnings(&corpus.warnings);
    let alignment = align::align(&corpus);
    if stats {
        let s = alignment.stats();
        eprintln!(
            "crossread: stats: load {load_ms:.1} ms, index {:.1} ms (figures {:.1} ms), candidates+scoring {:.1} ms, grouping {:.1} ms, align total {:.1} ms; {} articles, {} sentences, {} candidate pairs, {} kept pairs, {} groups",
            s.index_ms,
            s.quantities_ms,
            s.scoring_ms,
            s.grouping_ms,
            s.total_ms,
            corpus.articles.len(),
            s.sentences,
            s.candidate_pairs,
            s.kept_pairs,
            s.groups
        );
    }
    let groups = &alignment.groups;
    if json {
        return print_json_with_list(&head(&corpus), "groups", groups, |g| {
            group_entry(&corpus, g)
        });
    }
    let mut text = format!(
        "{} groups of passages reporting the same fact\n",
        groups.len()
    );
    for (i, g) in groups.iter().map(|g| group_entry(&corpus, g)).enumerate() {
        text.push_str(&format!("\n#{} (similarity {:.2})\n", i + 1, g.score));
        for p in &g.passages {
            text.push_str(&format!(
                "  {:<22} {}\n",
                for_display(p.article),
                for_display(p.text)
            ));
        }
    }
    print_text(&text)
}
