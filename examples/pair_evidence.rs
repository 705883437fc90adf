//! Measuring harness for the alignment's decision: for every candidate pair of sentences of the
//! articles given, prints one tab-separated row — the two passages (article id, byte span) and
//! the evidence values (`align::evidence::NAMES`). A fitting script joins the rows with gold
//! annotations (../shared/gold-format.md) to choose the decision's weights.
//!
//! usage: cargo run --release --example pair_evidence -- [--floor F] FILE...

use crossread::align::{self, evidence};
use crossread::corpus;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut floor = 0.03f32;
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--floor" {
            floor = args.next().ok_or("--floor needs a number")?.parse()?;
        } else {
            paths.push(arg.into());
        }
    }
    let corpus = corpus::load(&paths)?;
    let mut header = vec!["a", "a_start", "a_end", "b", "b_start", "b_end"];
    header.extend(evidence::NAMES);
    println!("{}", header.join("\t"));
    for p in align::pair_evidence(&corpus, floor) {
        let span = |r: align::PassageRef| {
            let a = &corpus.articles[r.article];
            let s = &a.sentences[r.sentence];
            format!("{}\t{}\t{}", a.id, s.start, s.end)
        };
        let values: Vec<String> = p
            .evidence
            .values
            .iter()
            .map(|v| format!("{v:.4}"))
            .collect();
        println!("{}\t{}\t{}", span(p.a), span(p.b), values.join("\t"));
    }
    Ok(())
}
