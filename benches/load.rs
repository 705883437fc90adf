//! Loading and segmenting a generated corpus of 1,000 articles (decode, metadata,
//! boilerplate, sentences), as `crossread DIR` does before its first frame.

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
    group.bench_function("the five seeds", |b| b.iter(corpus::load_seeds));
    group.finish();
}

criterion_group!(benches, bench_load);
criterion_main!(benches);
