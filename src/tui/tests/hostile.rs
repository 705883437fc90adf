//! Hostile input on screen: escape sequences and controls in titles, outlets and text never
//! reach the terminal; huge articles lay out without a scan per word; Ctrl-C never loses a note.

use super::*;

#[path = "../../../tests/support/hostile.rs"]
mod hostile_files;
use hostile_files::{assert_clean, hostile_set};

#[test]
fn the_reader_screen_shows_no_control_character() {
    use ratatui::{Terminal, backend::TestBackend};
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = corpus::load(&hostile_set(dir.path())).expect("loads");
    let mut app = analysed_app(corpus, (100, 30));
    use crate::tui::action::{Action, View};
    for action in [
        Action::Open,
        Action::ShowView(View::Figures),
        Action::ShowView(View::Columns),
        Action::ShowView(View::Notes),
        Action::ShowView(View::Read),
        Action::Down,
        Action::Open,
    ] {
        app.update(action);
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("backend");
        terminal
            .draw(|f| crate::tui::draw::draw(&app, f))
            .expect("draw");
        let buf = terminal.backend().buffer();
        let screen: String = buf.content().iter().map(|c| c.symbol()).collect();
        assert_clean(&format!("screen after {action:?}"), &screen);
        assert!(
            !screen.contains("10;10H") && !screen.contains("PWNED"),
            "{screen}"
        );
    }
}

#[test]
fn a_big_article_is_laid_out_without_a_scan_per_word_over_all_its_figures() {
    use crate::tui::wrap;
    let text = "Police said 164 people were killed and 2,011 were hurt in 12 towns. ".repeat(5_000);
    let c = corpus::Corpus::from_texts(&[&text, "Police said 160 people were killed.\n"]);
    let report = crossread::report::Report::build(&c, &mut |_| {});
    let marks = wrap::article_marks(&c, Some(&report.figures));
    let layout = wrap::layout(&c.articles[0], 80, false, &marks[0]);
    assert!(marks[0].len() > 10_000, "{}", marks[0].len());
    assert!(layout.lines.len() > 1_000, "{}", layout.lines.len());
}

#[test]
fn ctrl_c_quits_but_asks_first_when_a_note_is_being_written() {
    use crate::tui::action::Action;
    use crate::tui::message::Message;
    let mut app = crate::tui::build_app(corpus::load_seeds(), &UserConfig::default(), (100, 30))
        .expect("default config");
    app.handle(Message::Interrupt);
    assert!(app.session.quit, "nothing unsaved: quits");

    let app = crate::tui::build_app(corpus::load_seeds(), &UserConfig::default(), (100, 30))
        .expect("default config");
    let (_dir, mut app) = with_notebook(app);
    app.update(Action::Open);
    app.update(Action::NewNote);
    assert!(app.overlays.editor.is_some(), "the editor opened");
    app.update(Action::Type(key_event("x")));
    app.handle(Message::Interrupt);
    assert!(!app.session.quit, "first Ctrl-C asks");
    assert!(
        app.overlays
            .message
            .as_ref()
            .is_some_and(|m| m.text.contains("not saved"))
    );
    // Any key in between and the question is asked again.
    app.handle(Message::Action(Action::Type(key_event("y"))));
    app.handle(Message::Interrupt);
    assert!(!app.session.quit, "a key in between: asks again");
    app.handle(Message::Interrupt);
    assert!(app.session.quit, "second Ctrl-C quits");
}
