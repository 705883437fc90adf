//! `crossread figures`: every figure with what it counts, and the comparisons across sources.

use super::output::{print_json, print_report, source_names};
use crate::tui::views::padded;
use crossread::align::Strictness;
use crossread::corpus::{Corpus, sanitize::for_display};
use crossread::figures::Verdict;
use crossread::language::count::count;
use crossread::report::{Report, document::FiguresDocument};
use std::path::PathBuf;

pub fn run(paths: &[PathBuf], json: bool) -> anyhow::Result<()> {
    let document =
        |corpus: &Corpus, report: &Report| print_json(&FiguresDocument::new(corpus, report));
    // Figures are compared by similarity, whatever the strictness.
    print_report(paths, json, Strictness::default(), document, table)
}

/// Quantities compared across sources, conflicts first, one line per source.
fn table(corpus: &Corpus, report: &Report) -> String {
    let (sources, width) = source_names(corpus);
    let set = &report.figures;
    let mut out = format!(
        "{} in {}; {} compared, {} in conflict\n",
        count(set.figures.len(), "figure", "figures"),
        count(corpus.articles.len(), "article", "articles"),
        count(set.comparisons.len(), "quantity", "quantities"),
        set.comparisons.iter().filter(|c| c.conflict).count()
    );
    for q in report.compared_quantities() {
        let mark = match q.row.verdict {
            Some(Verdict::Disagree) => "✗ CONFLICT, sources disagree:",
            Some(Verdict::Changed) => "↗ CONFLICT, changed over time:",
            Some(Verdict::Unclear) => "? unclear, running tallies of unknown date:",
            _ => "✓ agree:",
        };
        out.push_str(&format!("\n{mark} {}\n", for_display(&q.label)));
        if q.row.verdict != Some(Verdict::Agree) {
            // who gives which value, and when, in time order
            out.push_str(&format!("    {}\n", for_display(&q.timeline)));
        }
        for (a, _) in q.values.iter() {
            let values = q.worded_values(a);
            let label = sources.get(a).map_or("", String::as_str);
            out.push_str(&format!(
                "    {}  {}\n",
                padded(label, width),
                for_display(&values.join(" · "))
            ));
        }
    }
    out
}
