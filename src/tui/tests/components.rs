//! Components drawn from fixed state, without running the analysis: a change to alignment or
//! figures never churns these snapshots. (Screens over the whole pipeline live in the other
//! files, and assert what matters rather than every cell.)

use super::*;
use crate::tui::loading;
use crate::tui::progress::Progress;
use std::time::{Duration, Instant};

fn fixed_app() -> App {
    two_articles_app(&UserConfig::default())
}

#[test]
fn the_help_overlay_lists_the_keymap() {
    let mut app = fixed_app();
    app.update(Action::Resize(100, 30));
    app.update(Action::Help);
    let terminal = render(&app);
    insta::assert_snapshot!(screen_text(&terminal));
}

#[test]
fn the_loading_screen_at_forty_percent() {
    let t0 = Instant::now();
    let p = Progress::next(None, "reading", 0, 1_000, t0);
    let p = Progress::next(Some(p), "reading", 400, 1_000, t0 + Duration::from_secs(2));
    let mut terminal = Terminal::new(TestBackend::new(70, 10)).expect("backend");
    terminal.draw(|f| loading::draw(f, &p, "q")).expect("draw");
    insta::assert_snapshot!(screen_text(&terminal));
}

#[test]
fn the_reader_while_the_analysis_runs() {
    let mut app = fixed_app();
    app.update(Action::Resize(100, 30));
    app.update(Action::Open);
    let terminal = render(&app);
    insta::assert_snapshot!(screen_text(&terminal));
}
