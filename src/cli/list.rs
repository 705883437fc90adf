//! `crossread list`: the articles with their metadata and sentences.

use super::output::{print_json, print_text, report_warnings};
use crossread::corpus::{self, sanitize::for_display};
use crossread::report::document::Listing;
use std::path::PathBuf;

pub fn run(paths: &[PathBuf], json: bool) -> anyhow::Result<()> {
    let corpus = corpus::load(paths)?;
    report_warnings(&corpus.warnings);
    if json {
        return print_json(&Listing::new(&corpus));
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
