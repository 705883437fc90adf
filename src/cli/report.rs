//! `crossread report`: the whole report. As JSON, one document with what `align` and
//! `figures` print plus every quantity as the Figures view shows it; as text, a Markdown
//! summary: each article's corroboration, then the quantities the sources disagree on.

use super::output::{print_json, print_report};
use crossread::align::Strictness;
use crossread::corpus::{Corpus, sanitize::for_display};
use crossread::language::count::count;
use crossread::report::{Report, document::ReportDocument};
use std::path::PathBuf;

pub fn run(paths: &[PathBuf], json: bool, strictness: Strictness) -> anyhow::Result<()> {
    let document =
        |corpus: &Corpus, report: &Report| print_json(&ReportDocument::new(corpus, report));
    print_report(paths, json, strictness, document, summary)
}

/// The report in a few lines of Markdown.
fn summary(corpus: &Corpus, report: &Report) -> String {
    let mut out = format!(
        "# {}, {} reported by more than one source\n\n| corroborated | article | outlet | date |\n|---:|---|---|---|\n",
        count(corpus.articles.len(), "article", "articles"),
        count(report.alignment.groups.len(), "fact", "facts")
    );
    for (a, share) in corpus.articles.iter().zip(&report.corroborated) {
        out.push_str(&format!(
            "| {:.0}% | {} | {} | {} |\n",
            share * 100.0,
            cell(&a.title),
            cell(a.outlet.as_deref().unwrap_or("—")),
            cell(a.date.as_deref().unwrap_or("—")),
        ));
    }
    let conflicts: Vec<_> = report
        .quantities
        .iter()
        .filter(|q| q.row.conflict)
        .collect();
    out.push_str(&format!(
        "\n## {} in conflict\n",
        count(conflicts.len(), "figure", "figures")
    ));
    for q in conflicts {
        out.push_str(&format!(
            "\n- **{}** — {}: {}\n",
            cell(&q.label),
            q.verdict_label(),
            cell(&q.timeline)
        ));
    }
    out
}

/// Text safe inside a Markdown table cell or list item on one line.
fn cell(text: &str) -> String {
    for_display(text)
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}
