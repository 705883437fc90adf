//! Hostile sizes: one long sentence, one long line, deeply nested HTML, one sentence repeated,
//! a dozen words shuffled with no punctuation, each at 100 KB → 10 MB. Prints the time of load (decode, HTML, segment) and of the analysis (align + figures) per
//! size and the time per MB, so linear scaling shows as a flat column; then the reader's
//! highlights (built on the worker) and its layout at 100 columns (built on the UI thread).
//!
//! `cargo bench --bench hostile` (all sizes) or `cargo bench --bench hostile -- 1000000` (sizes up
//! to that many bytes).

// The TUI lives in the binary target (the library knows nothing of the terminal); the
// bench compiles it in to draw frames.
#[path = "../src/tui/mod.rs"]
#[allow(dead_code, unused_imports, clippy::duplicate_mod)]
mod tui;

use crossread::corpus::{Corpus, load::add_file};
use std::time::Instant;

/// One sentence without a full stop: words, numbers and commas.
fn long_sentence(bytes: usize) -> String {
    let unit = "officials said 164 people were killed and 2,011 others injured in 12 cities, ";
    let mut s = String::from("A long report\n\n");
    while s.len() < bytes {
        s.push_str(unit);
    }
    s
}

/// Many ordinary sentences on a single line (no line breaks).
fn single_line(bytes: usize) -> String {
    let units = [
        "Police said 164 people were killed in the unrest. ",
        "About 2,000 others were injured on Tuesday. ",
        "The government resigned after 3 days of protests. ",
    ];
    let mut s = String::new();
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(units[i % units.len()]);
        i += 1;
    }
    s
}

/// One sentence with three figures repeated on one line: thousands of figures of one quantity
/// in one article (parts, grades and comparisons must not look at all of them for each).
fn repeated_sentence(bytes: usize) -> String {
    let unit = "Police said 164 people were killed and 2,011 were hurt in 12 towns. ";
    unit.repeat(bytes / unit.len() + 1)
}

/// A dozen news words in a pseudo-random order: every passage is every other's near-copy
/// (restatement twins). With `sentence_words` 0 there is no sentence end at all, so a figure's
/// "words after" never meet a full stop; otherwise a full stop ends every that many words.
fn shuffled_words(bytes: usize, sentence_words: usize) -> String {
    let vocabulary = [
        "officials",
        "said",
        "the",
        "fire",
        "people",
        "evacuated",
        "city",
        "in",
        "killed",
        "3,000",
        "12",
        "were",
    ];
    let mut s = String::with_capacity(bytes + 16);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut words = 0;
    while s.len() < bytes {
        // xorshift: a fixed, reproducible order
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let word = vocabulary[(state % vocabulary.len() as u64) as usize];
        if sentence_words > 0 && words % sentence_words == 0 {
            // a capital opens each sentence, so the segmenter sees one
            let mut chars = word.chars();
            s.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            s.push_str(chars.as_str());
        } else {
            s.push_str(word);
        }
        words += 1;
        s.push_str(if sentence_words > 0 && words % sentence_words == 0 {
            ". "
        } else {
            " "
        });
    }
    s
}

/// A page whose text sits inside `depth` nested `<div>`s.
fn nested_html(bytes: usize) -> String {
    let depth = bytes / 11;
    let mut s = String::with_capacity(bytes + 200);
    s.push_str("<!doctype html><html><head><title>Deep</title></head><body>");
    s.push_str(&"<div>".repeat(depth));
    s.push_str("<p>Police said 164 people were killed in the unrest.</p>");
    s.push_str(&"</div>".repeat(depth));
    s.push_str("</body></html>");
    s
}

fn measure(name: &str, file: &str, text: &str) {
    let t = Instant::now();
    let mut corpus = Corpus::default();
    add_file(&mut corpus, file, text.as_bytes());
    // A second article so the alignment has something to compare with.
    add_file(
        &mut corpus,
        "other.txt",
        b"Police said 160 people were killed.\n",
    );
    let load = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let report = crossread::report::Report::build(&corpus, &mut |_| {});
    let analyse = t.elapsed().as_secs_f64();
    // What the reader does with it: highlights (on the worker), then the layout (UI thread).
    let t = Instant::now();
    let marks = tui::wrap::article_marks(&corpus, Some(&report.figures));
    let highlight = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let layout = tui::wrap::layout(&corpus.articles[0], 100, false, &marks[0]);
    let lay_out = t.elapsed().as_secs_f64();
    std::hint::black_box(layout.lines.len());
    let mb = text.len() as f64 / 1e6;
    println!(
        "{name:<14} {:>10} bytes  load {load:>7.3} s  analyse {analyse:>7.3} s  total/MB {:>6.3} s  marks {highlight:>6.3} s  layout {lay_out:>6.3} s  ({} sentences, {} figures)",
        text.len(),
        (load + analyse) / mb,
        corpus.articles.first().map_or(0, |a| a.sentences.len()),
        report.figures.figures.len(),
    );
}

fn main() {
    let max: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000_000);
    let sizes = [100_000, 300_000, 1_000_000, 3_000_000, 10_000_000];
    for &size in sizes.iter().filter(|&&s| s <= max) {
        measure("long sentence", "long.txt", &long_sentence(size));
        measure("single line", "line.txt", &single_line(size));
        measure("nested html", "deep.html", &nested_html(size));
        measure("repeated", "repeated.txt", &repeated_sentence(size));
        measure("shuffled", "shuffled.txt", &shuffled_words(size, 0));
        measure("shuffled 12", "shuffled12.txt", &shuffled_words(size, 12));
    }
}
