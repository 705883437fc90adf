//! Figures on generated corpora: extraction, roles and comparison over 100 and 1,000 articles.
//! Target: 1,000 articles well under a second.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use crossread::figures::analyse;
use std::hint::black_box;

fn figures(c: &mut Criterion) {
    let mut group = c.benchmark_group("figures");
    group.sample_size(10);
    for n in [100, 1000] {
        let corpus = common::corpus(n, 600);
        group.bench_function(format!("analyse {n} articles"), |b| {
            b.iter(|| analyse(black_box(&corpus)))
        });
    }
    group.finish();
}

criterion_group!(benches, figures);
criterion_main!(benches);
