//! `crossread align`: groups of sentences that report the same fact across articles.

use super::output::{print_text, report_warnings, source_names, to_stdout, write_json_with_list};
use crate::tui::views::padded;
use crossread::align;
use crossread::corpus::{self, sanitize::for_display};
use crossread::language::count::count;
use crossread::report::document::{AlignHead, group};
use crossread::report::group_json::GroupWriter;
use std::path::PathBuf;
use std::time::Instant;

pub fn run(
    paths: &[PathBuf],
    json: bool,
    stats: bool,
    strictness: align::Strictness,
) -> anyhow::Result<()> {
    let start = Instant::now();
    let corpus = corpus::load(paths)?;
    let load_ms = start.elapsed().as_secs_f64() * 1000.0;
    report_warnings(&corpus.warnings);
    // Only the alignment: the figures' comparison and the quantities' layout are not in its
    // output (building them was a fortieth of the run on 1,000 articles).
    let mut alignment = align::align(&corpus);
    alignment.set_strictness(&corpus, strictness);
    if stats {
        let s = alignment.stats();
        eprintln!(
            "crossread: stats: load {load_ms:.1} ms, index {:.1} ms (beside the terms: figures read {:.1} ms, with their shared quantities {:.1} ms), candidates+scoring {:.1} ms, grouping {:.1} ms, align total {:.1} ms, run total {:.1} ms; {} articles, {} sentences, {} candidate pairs, {} kept pairs, {} groups",
            s.index_ms,
            s.read_figures_ms,
            s.quantities_ms,
            s.scoring_ms,
            s.grouping_ms,
            s.total_ms,
            start.elapsed().as_secs_f64() * 1000.0,
            corpus.articles.len(),
            s.sentences,
            s.candidate_pairs,
            s.kept_pairs,
            s.groups
        );
    }
    let groups = &alignment.groups;
    if json {
        // The groups are rendered on every core and written in order as they come.
        let head = AlignHead::new(&corpus);
        let writer = GroupWriter::new(&corpus, groups);
        let r = to_stdout(|out| {
            let entry = |g: &_, out: &mut Vec<u8>| writer.write(out, g);
            write_json_with_list(out, &head, "groups", groups, entry, |g| writer.size(g))
        });
        drop((head, writer));
        // The process ends next: its millions of small allocations are left for the system
        // to take back at once (freed one by one, they were ~1% of the run on 1,000 articles).
        std::mem::forget(alignment);
        std::mem::forget(corpus);
        return r;
    }
    let mut text = format!(
        "{} of passages reporting the same fact\n",
        count(groups.len(), "group", "groups")
    );
    let (sources, width) = source_names(&corpus);
    for (i, g) in groups.iter().enumerate() {
        text.push_str(&format!("\n#{} (similarity {:.2})\n", i + 1, g.score));
        // The entry's passages are the group's, in its order: the group says which article.
        for (at, p) in g.passages.iter().zip(&group(&corpus, g).passages) {
            text.push_str(&format!(
                "  {}  {}\n",
                padded(&sources[at.article], width),
                for_display(p.text)
            ));
        }
    }
    print_text(&text)
}
