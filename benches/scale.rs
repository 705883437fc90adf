//! How the analysis grows with the corpus: 250 → 4,000 generated articles of one event, each
//! about 700 words, timed per phase, with the time per sentence and per n·log n so that the
//! growth can be read off (a flat last column is n log n; a rising one is worse).
//!
//! The corpora come from the shared generator (`gen_corpus.py K OUT --seed 1 --seeds-dir
//! seeds`), written once into `target/bench-corpora/genK` and reused. The generator is found
//! at `$CROSSREAD_GEN_CORPUS`, else at `../shared/bench/gen_corpus.py` beside the repository;
//! without it (or python3) the corpus is built by the benches' own generator
//! (`benches/common`), which is said on the first line.
//!
//! `cargo bench --bench scale` (all sizes) or `cargo bench --bench scale -- 1000` (sizes up to
//! that many articles).

#[path = "common/mod.rs"]
mod common;
// The binary's allocator and its settings, so that the times and memory are the binary's (with
// the system's allocator, 1,000 articles took 12-16% longer).
#[path = "../src/allocator.rs"]
mod allocator;

use crossread::corpus::{self, Corpus};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const SIZES: [usize; 5] = [250, 500, 1_000, 2_000, 4_000];

fn generator() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = std::env::var_os("CROSSREAD_GEN_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/bench/gen_corpus.py"));
    path.is_file().then_some(path)
}

/// The folder of the generated corpus of `n` articles, generated on first use.
fn generated(n: usize, generator: Option<&Path>) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join(format!("target/bench-corpora/gen{n}"));
    let complete = |d: &Path| std::fs::read_dir(d).map_or(0, |e| e.count()) >= n;
    if !complete(&dir) {
        let status = Command::new("python3")
            .arg(generator?)
            .arg(n.to_string())
            .arg(&dir)
            .args(["--seed", "1", "--seeds-dir"])
            .arg(root.join("seeds"))
            .stdout(std::process::Stdio::null())
            .status()
            .ok()?;
        if !status.success() || !complete(&dir) {
            return None;
        }
    }
    Some(dir)
}

fn main() {
    allocator::tune();
    let max: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(4_000);
    let generator = generator();
    println!(
        "corpora: {}",
        generator.as_ref().map_or(
            "benches/common (no shared generator found)".to_string(),
            |g| g.display().to_string()
        )
    );
    println!(
        "{:>8} {:>10} {:>9} {:>9} {:>9} {:>9} {:>10} {:>13}",
        "articles",
        "sentences",
        "load s",
        "align s",
        "figures s",
        "total s",
        "µs/sent",
        "ns/(n log n)"
    );
    for &n in SIZES.iter().filter(|&&n| n <= max) {
        let dir = generated(n, generator.as_deref());
        let t = Instant::now();
        let corpus: Corpus = dir
            .and_then(|d| corpus::load(&[d]).ok())
            .unwrap_or_else(|| common::corpus(n, 700));
        let load = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let report = crossread::report::Report::build(&corpus, &mut |_| {});
        let analyse = t.elapsed().as_secs_f64();
        let align = report.alignment.stats().total_ms / 1000.0;
        let sentences = report.alignment.stats().sentences.max(2) as f64;
        let total = load + analyse;
        println!(
            "{n:>8} {:>10} {load:>9.3} {align:>9.3} {:>9.3} {total:>9.3} {:>10.1} {:>13.1}",
            sentences,
            analyse - align,
            total / sentences * 1e6,
            total / (sentences * sentences.ln()) * 1e9,
        );
        std::hint::black_box(report.figures.figures.len());
    }
}
