//! Drawing one frame of the library + reader screen into a 200×60 TestBackend, and building
//! the app on the seeds (what stands between `crossread` and its first frame); then opening a
//! 10 MB article and drawing its first frame (what the UI thread does before it answers a key).

// The TUI lives in the binary target (the library knows nothing of the terminal); the
// bench compiles it in to draw frames.
#[path = "../src/tui/mod.rs"]
#[allow(dead_code, unused_imports, clippy::duplicate_mod)]
mod tui;

#[path = "common/mod.rs"]
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use crossread::config::UserConfig;
use crossread::corpus;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use tui::action::Action;
use tui::{build_app, draw::draw};

fn bench_draw(c: &mut Criterion) {
    let mut app =
        build_app(corpus::load_seeds(), &UserConfig::default(), (200, 60)).expect("default config");
    app.update(Action::FocusNext);
    app.update(Action::Down);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("backend");
    c.bench_function("draw one frame 200x60 (seeds)", |b| {
        b.iter(|| {
            terminal.draw(|f| draw(black_box(&app), f)).expect("draw");
        })
    });
    c.bench_function("first frame: load seeds, build app, draw 120x40", |b| {
        b.iter(|| {
            let app = build_app(corpus::load_seeds(), &UserConfig::default(), (120, 40))
                .expect("default config");
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
            terminal.draw(|f| draw(&app, f)).expect("draw");
        })
    });
}

fn bench_big_article(c: &mut Criterion) {
    let text = common::long_report(10_000_000);
    let corpus = corpus::Corpus::from_texts(&["A short report.\n\nOne sentence.", &text]);
    let mut app = build_app(corpus, &UserConfig::default(), (120, 40)).expect("default config");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    let mut group = c.benchmark_group("big article");
    group.sample_size(10);
    group.bench_function("open a 10 MB article and draw one frame 120x40", |b| {
        b.iter(|| {
            app.open_article(0);
            app.open_article(1);
            terminal.draw(|f| draw(black_box(&app), f)).expect("draw");
        })
    });
    group.bench_function("resize a 10 MB article and draw one frame", |b| {
        app.open_article(1);
        let mut wide = false;
        b.iter(|| {
            wide = !wide;
            let width = if wide { 130 } else { 120 };
            app.update(Action::Resize(width, 40));
            terminal.draw(|f| draw(black_box(&app), f)).expect("draw");
        })
    });
    group.finish();
}

criterion_group!(benches, bench_draw, bench_big_article);
criterion_main!(benches);
