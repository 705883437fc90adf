//! `crossread figures`: every figure with what it counts, and the comparisons across sources.

use super::output::{CONTRACT_VERSION, print_json, print_text, report_warnings};
use crossread::corpus::{self, Corpus, sanitize::for_display};
use crossread::figures::{self, Figure, FigureSet, Verdict, format_value};
use serde::Serialize;
use serde_json::Value;
use std::path::PathBuf;

#[derive(Serialize)]
struct Output<'a> {
    /// The contract's version (json-contract.md), raised only when a field changes meaning.
    version: u32,
    figures: Vec<FigureEntry<'a>>,
    comparisons: &'a [figures::Comparison],
    warnings: &'a [String],
}

#[derive(Serialize)]
struct FigureEntry<'a> {
    id: usize,
    article: &'a str,
    sentence: usize,
    start: usize,
    end: usize,
    text: &'a str,
    value: Value,
    qualifier: Option<&'a str>,
    unit: Option<&'a str>,
    counts: Option<&'a str>,
    kind: figures::FigureKind,
    low: Value,
    high: Value,
    wording: Option<&'a str>,
    scope: Option<String>,
    attribution: Option<&'a str>,
    as_of: Option<&'a str>,
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

fn entry<'a>(corpus: &'a Corpus, f: &'a Figure) -> FigureEntry<'a> {
    FigureEntry {
        id: f.id,
        article: corpus.articles.get(f.article).map_or("", |a| a.id.as_str()),
        sentence: f.sentence,
        start: f.start,
        end: f.end,
        text: &f.text,
        value: f.value.map_or(Value::Null, number),
        qualifier: f.qualifier.as_deref(),
        unit: f.unit.as_deref(),
        counts: f.counts.as_deref(),
        kind: f.kind,
        low: number(f.low),
        high: number(f.high),
        wording: f.wording.as_deref(),
        scope: f.scope_label(),
        attribution: f.attribution.as_deref(),
        as_of: f.as_of.as_deref(),
    }
}

pub fn run(paths: &[PathBuf], json: bool) -> anyhow::Result<()> {
    let corpus = corpus::load(paths)?;
    report_warnings(&corpus.warnings);
    let set = crossread::analysis::analyse(&corpus, &mut |_| {}).figures;
    if json {
        return print_json(&Output {
            version: CONTRACT_VERSION,
            figures: set.figures.iter().map(|f| entry(&corpus, f)).collect(),
            comparisons: &set.comparisons,
            warnings: &corpus.warnings,
        });
    }
    print_text(&table(&corpus, &set))
}

/// Quantities compared across sources, conflicts first, one line per source.
fn table(corpus: &Corpus, set: &FigureSet) -> String {
    let mut out = format!(
        "{} figures in {} articles; {} quantities compared, {} in conflict\n",
        set.figures.len(),
        corpus.articles.len(),
        set.comparisons.len(),
        set.comparisons.iter().filter(|c| c.conflict).count()
    );
    for row in set.table(corpus) {
        let mark = match row.verdict {
            Some(Verdict::Disagree) => "✗ CONFLICT, sources disagree:",
            Some(Verdict::Changed) => "↗ CONFLICT, changed over time:",
            Some(Verdict::Unclear) => "? unclear, running tallies of unknown date:",
            _ => "✓ agree:",
        };
        out.push_str(&format!("\n{mark} {}\n", for_display(&row.label())));
        if row.verdict != Some(Verdict::Agree) {
            // who gives which value, and when, in time order
            let line = set.timeline(corpus, &row);
            out.push_str(&format!("    {}\n", for_display(&line)));
        }
        for (a, cell) in row.cells.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let values: Vec<String> = cell
                .iter()
                .filter_map(|&id| set.figures.get(id))
                .map(|f| {
                    let wording = f
                        .wording
                        .as_deref()
                        .map_or(String::new(), |w| format!(" {w}"));
                    format!("{}{wording}", format_value(f))
                })
                .collect();
            let label = corpus.articles.get(a).map_or("", |x| x.source_label());
            out.push_str(&format!(
                "    {:<28} {}\n",
                for_display(label),
                for_display(&values.join(" · "))
            ));
        }
    }
    out
}
