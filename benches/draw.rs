//! Drawing one frame of the library + reader screen into a 200×60 TestBackend, and building
//! the app on the seeds (what stands between `crossread` and its first frame).

use criterion::{Criterion, criterion_group, criterion_main};
use crossread::config::UserConfig;
use crossread::corpus;
use crossread::tui::action::Action;
use crossread::tui::{build_app, draw::draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

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

criterion_group!(benches, bench_draw);
criterion_main!(benches);
