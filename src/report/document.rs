//! The JSON documents of the contract (`../shared/json-contract.md`, v1), written from the
//! corpus and the report: `list`, `align`, `figures`, and `report` (all of them in one). Each
//! entry type is defined once and serves every document that shows it.

use super::{QuantityReport, Report};
use crate::align::Group;
use crate::corpus::{Article, Corpus};
use crate::figures::{Comparison, Figure, FigureKind, Qualifier};
use serde::Serialize;
use serde_json::Value;

/// The contract's version, raised only when a field changes meaning.
pub const CONTRACT_VERSION: u32 = 1;

/// `crossread list --json`: the articles with their sentences.
#[derive(Serialize)]
pub struct Listing<'a> {
    pub version: u32,
    pub articles: Vec<ArticleEntry<'a>>,
    pub warnings: &'a [String],
}

/// `crossread align --json` before its groups: the groups (one [`group`] each) follow it in
/// the same document, written as they are rendered.
#[derive(Serialize)]
pub struct AlignHead<'a> {
    pub version: u32,
    pub articles: Vec<ArticleEntry<'a>>,
    pub warnings: &'a [String],
}

/// `crossread figures --json`: every figure, and the comparisons across sources.
#[derive(Serialize)]
pub struct FiguresDocument<'a> {
    pub version: u32,
    pub figures: Vec<FigureEntry<'a>>,
    pub comparisons: &'a [Comparison],
    pub warnings: &'a [String],
}

/// `crossread report --json`: the whole report — articles, groups, figures, comparisons, and
/// every quantity as the faces show it.
#[derive(Serialize)]
pub struct ReportDocument<'a> {
    pub version: u32,
    pub articles: Vec<ArticleEntry<'a>>,
    pub groups: Vec<GroupEntry<'a>>,
    pub figures: Vec<FigureEntry<'a>>,
    pub comparisons: &'a [Comparison],
    pub quantities: &'a [QuantityReport],
    pub warnings: &'a [String],
}

#[derive(Serialize)]
pub struct ArticleEntry<'a> {
    pub id: &'a str,
    pub path: &'a str,
    pub title: &'a str,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
    pub words: usize,
    /// Sentences that are content, not boilerplate: what alignment can group.
    pub passages: usize,
    /// Every sentence, in `list` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceEntry<'a>>>,
}

#[derive(Serialize)]
pub struct SentenceEntry<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub boilerplate: bool,
}

#[derive(Serialize)]
pub struct GroupEntry<'a> {
    pub score: f32,
    pub passages: Vec<PassageEntry<'a>>,
}

#[derive(Serialize)]
pub struct PassageEntry<'a> {
    pub article: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct FigureEntry<'a> {
    pub id: usize,
    pub article: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: Value,
    pub qualifier: Option<Qualifier>,
    pub unit: Option<&'a str>,
    pub counts: Option<&'a str>,
    pub kind: FigureKind,
    pub low: Value,
    pub high: Value,
    pub wording: Option<&'a str>,
    pub scope: Option<String>,
    pub attribution: Option<&'a str>,
    pub as_of: Option<&'a str>,
}

impl<'a> Listing<'a> {
    pub fn new(corpus: &'a Corpus) -> Listing<'a> {
        Listing {
            version: CONTRACT_VERSION,
            articles: corpus.articles.iter().map(|a| article(a, true)).collect(),
            warnings: &corpus.warnings,
        }
    }
}

impl<'a> AlignHead<'a> {
    pub fn new(corpus: &'a Corpus) -> AlignHead<'a> {
        AlignHead {
            version: CONTRACT_VERSION,
            articles: articles(corpus),
            warnings: &corpus.warnings,
        }
    }
}

impl<'a> FiguresDocument<'a> {
    pub fn new(corpus: &'a Corpus, report: &'a Report) -> FiguresDocument<'a> {
        FiguresDocument {
            version: CONTRACT_VERSION,
            figures: figures(corpus, report),
            comparisons: &report.figures.comparisons,
            warnings: &corpus.warnings,
        }
    }
}

impl<'a> ReportDocument<'a> {
    pub fn new(corpus: &'a Corpus, report: &'a Report) -> ReportDocument<'a> {
        ReportDocument {
            version: CONTRACT_VERSION,
            articles: articles(corpus),
            groups: groups(corpus, report),
            figures: figures(corpus, report),
            comparisons: &report.figures.comparisons,
            quantities: &report.quantities,
            warnings: &corpus.warnings,
        }
    }
}

fn articles(corpus: &Corpus) -> Vec<ArticleEntry<'_>> {
    corpus.articles.iter().map(|a| article(a, false)).collect()
}

fn article(a: &Article, with_sentences: bool) -> ArticleEntry<'_> {
    let sentences = with_sentences.then(|| {
        a.sentences
            .iter()
            .map(|s| SentenceEntry {
                start: s.start,
                end: s.end,
                text: &a.text[s.span()],
                boilerplate: s.boilerplate,
            })
            .collect()
    });
    ArticleEntry {
        id: &a.id,
        path: &a.path,
        title: &a.title,
        outlet: a.outlet.as_deref(),
        date: a.date.as_deref(),
        words: a.words,
        passages: a.content_sentences().count(),
        sentences,
    }
}

fn groups<'a>(corpus: &'a Corpus, report: &Report) -> Vec<GroupEntry<'a>> {
    report
        .alignment
        .groups
        .iter()
        .map(|g| group(corpus, g))
        .collect()
}

/// One group of passages reporting the same fact, as the contract writes it.
pub fn group<'a>(corpus: &'a Corpus, g: &Group) -> GroupEntry<'a> {
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

fn figures<'a>(corpus: &'a Corpus, report: &'a Report) -> Vec<FigureEntry<'a>> {
    report
        .figures
        .figures
        .iter()
        .map(|f| figure(corpus, f))
        .collect()
}

fn figure<'a>(corpus: &'a Corpus, f: &'a Figure) -> FigureEntry<'a> {
    FigureEntry {
        id: f.id,
        article: corpus.articles.get(f.article).map_or("", |a| a.id.as_str()),
        sentence: f.sentence,
        start: f.start,
        end: f.end,
        text: &f.text,
        value: f.amount.value.map_or(Value::Null, number),
        qualifier: f.qualifier,
        unit: f.what.unit.as_deref(),
        counts: f.what.counts.as_deref(),
        kind: f.what.kind,
        low: number(f.amount.low),
        high: number(f.amount.high),
        wording: f.what.wording.as_deref(),
        scope: f.scope_label(),
        attribution: f.provenance.attribution.as_deref(),
        as_of: f.provenance.as_of.as_deref(),
    }
}

/// Whole numbers as JSON integers (164, not 164.0); infinite bounds as null.
fn number(v: f64) -> Value {
    if !v.is_finite() {
        Value::Null
    } else if v.fract() == 0.0 && v.abs() < 9e15 {
        Value::from(v as i64)
    } else {
        Value::from(v)
    }
}
