//! Alignment on the seeds and on generated corpora of 250, 500 and 1,000 articles of about
//! 700 words (to see it grow near-linearly).

#[path = "common/mod.rs"]
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use crossread::{align, corpus};
use std::hint::black_box;

fn bench_align(c: &mut Criterion) {
    let seeds = corpus::load_seeds();
    c.bench_function("align seeds", |b| {
        b.iter(|| align::align(black_box(&seeds)))
    });
    let mut group = c.benchmark_group("align generated");
    group.sample_size(10);
    for n in [250, 500, 1000] {
        let generated = common::corpus(n, 700);
        group.bench_function(format!("{n} articles x 700 words"), |b| {
            b.iter(|| align::align(black_box(&generated)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_align);
criterion_main!(benches);
