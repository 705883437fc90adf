//! Loading and segmenting a generated corpus of 1,000 articles (decode, metadata,
//! boilerplate, sentences), as `crossread DIR` does before its first frame: one file at a time
//! through `add_file`, and a folder of them through `load` (files prepared on all cores).

#[path = "common/mod.rs"]
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use crossread::corpus::{self, Corpus};
use std::hint::black_box;

fn bench_load(c: &mut Criterion) {
    let files = common::generate(1000, 700);
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.bench_function("1000 articles x 700 words: decode + segment", |b| {
        b.iter(|| {
            let mut corpus = Corpus::default();
            for (name, text) in &files {
                corpus::load::add_file(&mut corpus, name, black_box(text.as_bytes()));
            }
            corpus
        })
    });
    let dir = tempfile::tempdir().expect("temporary folder for the bench corpus");
    for (name, text) in &files {
        std::fs::write(dir.path().join(name), text).expect("write a bench article");
    }
    let folder = [dir.path().to_path_buf()];
    group.bench_function(
        "1000 articles x 700 words: a folder, read + prepared on all cores",
        |b| b.iter(|| corpus::load(black_box(&folder)).expect("the bench folder loads")),
    );
    group.bench_function("the five seeds", |b| b.iter(corpus::load_seeds));
    group.finish();
}

criterion_group!(benches, bench_load);
criterion_main!(benches);
