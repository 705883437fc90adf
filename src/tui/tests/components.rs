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

/// The fixed app's screen after one action.
fn screen_after(action: Action) -> String {
    let mut app = fixed_app();
    app.update(Action::Resize(100, 30));
    app.update(action);
    screen_text(&render(&app))
}

#[test]
fn the_help_overlay_lists_the_keymap() {
    insta::assert_snapshot!(screen_after(Action::Help));
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
    insta::assert_snapshot!(screen_after(Action::Open));
}

#[test]
fn before_the_analysis_the_views_and_jumps_that_need_it_say_they_wait() {
    let mut app = fixed_app();
    for (action, what) in [
        (Action::ShowView(View::Figures), "Figures appears"),
        (Action::NextUnique, "coverage appears"),
        (Action::NextConflict, "figures appear"),
    ] {
        app.update(action);
        let message = app.overlays.message.clone().expect("a message").text;
        assert!(
            message.starts_with(what) && message.contains("when the alignment is done (aligning"),
            "{message}"
        );
        app.update(Action::ShowView(View::Read));
    }
}

#[test]
fn components_answer_with_outcomes_and_leave_the_app_alone() {
    use crate::tui::components::help::Help;
    use crate::tui::components::library::Library;
    use crate::tui::components::notes::NotesView;
    use crate::tui::components::{Component, Outcome};
    use ratatui::layout::Rect;
    let app = fixed_app();
    let ctx = app.context();
    let area = Rect::new(0, 0, 80, 12);
    let mut library = Library::default();
    assert_eq!(library.update(Action::Down, &ctx, area), Outcome::Nothing);
    assert_eq!(library.update(Action::Down, &ctx, area), Outcome::Nothing);
    assert_eq!(library.selected, 1, "the cursor stops at the last article");
    assert_eq!(
        library.update(Action::Open, &ctx, area),
        Outcome::OpenArticle { article: 1 }
    );
    let mut help = Help::default();
    help.update(Action::PageDown, &ctx, area);
    assert_eq!(help.scroll, 10);
    assert_eq!(help.update(Action::Cancel, &ctx, area), Outcome::Close);
    let mut notes = NotesView::default();
    assert_eq!(
        notes.update(Action::Open, &ctx, area),
        Outcome::Nothing,
        "no note to open"
    );
}

#[test]
fn the_library_component_drawn_alone() {
    use crate::tui::components::Component;
    use crate::tui::components::library::Library;
    let app = fixed_app();
    let mut terminal = Terminal::new(TestBackend::new(90, 6)).expect("terminal");
    let library = Library { selected: 1 };
    terminal
        .draw(|frame| library.draw(&app.context(), frame, frame.area()))
        .expect("draws");
    insta::assert_snapshot!(screen_text(&terminal));
}
