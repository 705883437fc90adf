//! Screens drawn into ratatui's TestBackend: what a user sees on the seeds, at a roomy and at
//! a small terminal size, and how keys change it.

use crossread::config::UserConfig;
use crossread::corpus;
use crossread::tui::action::{Action, Focus, View};
use crossread::tui::app::App;
use crossread::tui::build_app;
use crossread::tui::draw::draw;
use crossread::tui::theme::Role;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The app on the seeds, with the analysis done (as the worker would deliver it).
fn seeds_app(width: u16, height: u16) -> App {
    let mut app = build_app(
        corpus::load_seeds(),
        &UserConfig::default(),
        (width, height),
    )
    .expect("default config is valid");
    let analysis = crossread::analysis::analyse(&app.corpus, &mut |_| {});
    app.set_analysis(Box::new(analysis));
    app
}

/// Finds text with the reader's search prompt, as a user types `/text⏎`.
fn find(app: &mut App, text: &str) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    app.update(Action::Filter);
    for c in text.chars() {
        app.update(Action::Type(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
    }
    app.update(Action::Type(KeyEvent::new(
        KeyCode::Enter,
        KeyModifiers::NONE,
    )));
}

fn render(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.size.0, app.size.1)).expect("test backend");
    terminal.draw(|f| draw(app, f)).expect("draw");
    terminal
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn library_and_reader_on_the_seeds_at_120x40() {
    let app = seeds_app(120, 40);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn library_and_reader_on_the_seeds_at_60x20() {
    let app = seeds_app(60, 20);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn all_five_titles_are_listed() {
    let screen = screen_text(&render(&seeds_app(120, 40)));
    for title in [
        "More than 160 dead and thousands arrested",
        "Kazakhstan’s Growing Protests",
        "Kazakhstan protests: president threatens ruthless crackdown",
        "Dozens dead in unrest in Kazakhstan",
        "What is happening in Kazakhstan?",
    ] {
        assert!(screen.contains(title), "missing {title} in\n{screen}");
    }
    assert!(screen.contains("The Speaker") && screen.contains("2023-11-29"));
}

#[test]
fn opening_the_last_article_shows_it_in_the_reader() {
    let mut app = seeds_app(120, 40);
    app.update(Action::Bottom);
    app.update(Action::Open);
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.reader.article, 4);
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("┏ What is happening in Kazakhstan? — The Speaker"),
        "{screen}"
    );
    assert!(screen.contains("have been reportedly killed"), "{screen}");
}

#[test]
fn the_current_sentence_is_highlighted_and_moves_with_the_keys() {
    let mut app = seeds_app(120, 40);
    app.update(Action::FocusNext);
    let before = app.reader.sentence;
    app.update(Action::Down);
    assert!(app.reader.sentence > before);
    let terminal = render(&app);
    let buf = terminal.backend().buffer();
    let sentence = app.corpus.articles[0].sentence_text(app.reader.sentence);
    let first_word = sentence.split_whitespace().next().expect("non-empty");
    let highlight = app.theme.style(Role::CurrentSentence);
    let screen = screen_text(&terminal);
    let row = screen
        .lines()
        .position(|l| l.chars().nth(3) == Some('›'))
        .expect("gutter marks the current sentence");
    let line: String = screen.lines().nth(row).expect("row").to_string();
    let col = line[..line.find(first_word).expect("first word on the marked row")]
        .chars()
        .count();
    let cell = &buf[(col as u16, row as u16)];
    assert_eq!(
        cell.bg,
        highlight.bg.unwrap_or(cell.bg),
        "current sentence has the highlight background"
    );
    assert!(cell.modifier.contains(highlight.add_modifier));
}

#[test]
fn help_lists_every_key_of_the_keymap() {
    let mut app = seeds_app(120, 90);
    app.update(Action::Help);
    let screen = screen_text(&render(&app));
    for e in crossread::tui::keymap::TABLE {
        assert!(
            screen.contains(e.description),
            "help lacks {:?}",
            e.description
        );
    }
    app.update(Action::Cancel);
    assert!(app.help.is_none());
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_broken_layout() {
    let mut app = seeds_app(120, 40);
    app.update(Action::Resize(30, 8));
    let screen = screen_text(&render(&app));
    assert!(screen.contains("at least 40×12"), "{screen}");
    app.update(Action::Resize(100, 30));
    let screen = screen_text(&render(&app));
    assert!(screen.contains("Library (5)"));
}

#[test]
fn hiding_boilerplate_removes_share_lines_from_the_reader() {
    let mut app = seeds_app(120, 80);
    app.update(Action::FocusNext);
    app.update(Action::Bottom);
    assert!(screen_text(&render(&app)).contains("Share this:"));
    app.update(Action::ToggleBoilerplate);
    let screen = screen_text(&render(&app));
    assert!(!screen.contains("Share this:"), "{screen}");
    assert!(screen.contains("hidden"));
}

#[test]
fn paging_moves_the_current_sentence_with_the_view() {
    let mut app = seeds_app(80, 24);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    let first = app.reader.sentence;
    app.update(Action::PageDown);
    assert!(app.reader.scroll > 0);
    assert!(app.reader.sentence > first);
    app.update(Action::Top);
    assert_eq!(app.reader.scroll, 0);
    app.update(Action::Scroll(3));
    assert_eq!(app.reader.scroll, 3);
}

#[test]
fn the_compare_pane_shows_the_speakers_counterpart_of_the_twelve_police_officers() {
    let mut app = seeds_app(120, 40);
    find(&mut app, "Twelve police officers");
    assert_eq!(app.reader.article, 3);
    let terminal = render(&app);
    let screen = screen_text(&terminal);
    let pane: String = screen
        .lines()
        .map(|l| l.chars().skip(66).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        pane.contains("The Speaker") && pane.contains("353") && pane.contains("12 killed"),
        "{pane}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_figures_view_puts_the_conflicting_death_toll_first() {
    let mut app = seeds_app(150, 30);
    app.update(Action::ShowView(View::Figures));
    let terminal = render(&app);
    let screen = screen_text(&terminal);
    let first_row = screen.lines().nth(3).expect("first row");
    assert!(
        first_row.contains('≠')
            && first_row.contains("164")
            && first_row.contains("40")
            && first_row.contains("dozens"),
        "{screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_columns_view_shows_three_articles_side_by_side() {
    let mut app = seeds_app(120, 60);
    app.update(Action::ShowView(View::Columns));
    // The three headlines report different facts; paging on, the reader meets aligned rows.
    let mut screen = screen_text(&render(&app));
    for _ in 0..10 {
        if screen.contains("≡") {
            break;
        }
        app.update(Action::PageDown);
        screen = screen_text(&render(&app));
    }
    assert!(screen.contains("≡"), "aligned rows are marked:\n{screen}");
    let terminal = render(&app);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_note_is_written_saved_and_listed() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = seeds_app(120, 40);
    app.open_notebook(&dir.path().join("notes.json"));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    assert!(screen_text(&render(&app)).contains("Ctrl-S save"));
    for c in "Detentions: 4,404 vs 2,000 #arrests".chars() {
        assert!(
            app.update(Action::Type(KeyEvent::new(
                KeyCode::Char(c),
                KeyModifiers::NONE
            )))
            .is_none()
        );
    }
    let effect = app
        .update(Action::Type(KeyEvent::new(
            KeyCode::Char('s'),
            KeyModifiers::CONTROL,
        )))
        .expect("saving is an effect");
    app.perform(effect);
    assert!(app.editor.is_none());
    assert_eq!(app.notes.as_ref().expect("store").notes().len(), 1);
    assert!(
        app.notes_at
            .contains_key(&(app.reader.article, app.reader.sentence)),
        "the gutter marks the sentence"
    );
    app.update(Action::ShowView(View::Notes));
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("#arrests") && screen.contains("Notes: 1 of 1"),
        "{screen}"
    );
    // Delete and undo.
    let effect = app.update(Action::DeleteNote).expect("delete is an effect");
    app.perform(effect);
    assert!(app.notes.as_ref().expect("store").notes().is_empty());
    let effect = app.update(Action::UndoDelete).expect("undo is an effect");
    app.perform(effect);
    assert_eq!(app.notes.as_ref().expect("store").notes().len(), 1);
}

#[test]
fn conflict_and_unique_jumps_move_the_reader() {
    let mut app = seeds_app(120, 40);
    app.update(Action::NextConflict);
    let at = (app.reader.article, app.reader.sentence);
    let analysis = app.analysis.as_ref().expect("analysed");
    assert!(
        analysis
            .figures
            .in_sentence(at.0, at.1)
            .any(|f| analysis.figures.is_conflicting(f.id))
    );
    app.update(Action::JumpBack);
    app.update(Action::NextUnique);
    let p = app.current_passage();
    assert_eq!(
        app.analysis
            .as_ref()
            .expect("analysed")
            .alignment
            .coverage(p),
        0
    );
}
