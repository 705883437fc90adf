//! Measuring harness for the alignment's decision: for every candidate pair of sentences of the
//! articles given, prints one tab-separated row — the two passages (article id, byte span) and
//! the evidence values (`align::evidence::NAMES`). A fitting script joins the rows with gold
//! annotations (../shared/gold-format.md) to choose the decision's weights.
//!
//! With `--order`, two more columns give each passage's place among its article's content
//! sentences (what the decision's second pass, `align::coherence`, reads).
//!
//! usage: cargo run --release --example pair_evidence -- [--floor F] [--order] FILE...

use crossread::align::{self, evidence};
use crossread::corpus;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut floor = 0.03f32;
    let mut order = false;
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--floor" {
            floor = args.next().ok_or("--floor needs a number")?.parse()?;
        } else if arg == "--order" {
            order = true;
        } else {
            paths.push(arg.into());
        }
    }
    let corpus = corpus::load(&paths)?;
    let mut header = vec!["a", "a_start", "a_end", "b", "b_start", "b_end"];
    header.extend(evidence::NAMES);
    if order {
        header.extend(["a_order", "b_order"]);
    }
    println!("{}", header.join("\t"));
    for p in align::pair_evidence(&corpus, floor) {
        let span = |r: align::PassageRef| {
            let a = &corpus.articles[r.article];
            let s = &a.sentences[r.sentence];
            format!("{}\t{}\t{}", a.id, s.start, s.end)
        };
        let mut values: Vec<String> = p
            .evidence
            .values
            .iter()
            .map(|v| format!("{v:.4}"))
            .collect();
        if order {
            values.extend([p.a_order.to_string(), p.b_order.to_string()]);
        }
        println!("{}\t{}\t{}", span(p.a), span(p.b), values.join("\t"));
    }
    Ok(())
}
