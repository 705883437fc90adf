//! Screens drawn into ratatui's TestBackend, and the app driven by actions as a user's keys
//! would: one file per story. Helpers shared by them live here.

mod columns;
mod components;
mod copies;
mod figures;
mod hints;
mod hostile;
mod modes;
mod notes;
mod overlays;
mod panics;
mod reader;
mod related;

pub(super) use crate::tui::action::{Action, Focus, View};
pub(super) use crate::tui::app::App;
pub(super) use crate::tui::build_app;
pub(super) use crate::tui::draw::draw;
pub(super) use crate::tui::theme::Role;
pub(super) use crossread::config::UserConfig;
pub(super) use crossread::corpus;
pub(super) use ratatui::Terminal;
pub(super) use ratatui::backend::TestBackend;

#[path = "../../../benches/common/mod.rs"]
pub(super) mod common;

/// The app on `corpus` with the analysis done (as the worker would deliver it).
fn analysed_app(corpus: corpus::Corpus, size: (u16, u16)) -> App {
    let mut app = build_app(corpus, &UserConfig::default(), size).expect("default config is valid");
    let report = crossread::report::Report::build(&app.corpus, &mut |_| {});
    app.set_report(Box::new(report));
    app
}

/// The app on the seeds, with the analysis done.
fn seeds_app(width: u16, height: u16) -> App {
    analysed_app(corpus::load_seeds(), (width, height))
}

/// The notes in the app's notebook.
fn saved_notes(app: &App) -> &[crossread::notes::Note] {
    app.notebook.store.as_ref().expect("store").notes()
}

/// Two tiny articles and no analysis: what the app holds before the worker reports.
fn two_articles_app(config: &UserConfig) -> App {
    let corpus = corpus::Corpus::from_texts(&[
        "Flood closes bridge | Valley News\n\nThe river rose two metres overnight. The old bridge was closed.\n",
        "Bridge shut as river rises | River Post\n\nThe council shut the bridge on Monday.\n",
    ]);
    build_app(corpus, config, (100, 30)).expect("valid config")
}

/// Presses a key ("d", "ctrl-q") as the terminal would deliver it: through the keymap of the
/// mode the app is in, then update and its effect.
fn press(app: &mut App, key: &str) {
    let event = ratatui::crossterm::event::Event::Key(key_event(key));
    if let Some(message) = crate::tui::message_for(app, event) {
        crate::tui::handle(app, message);
    }
}

/// Finds text with the reader's search prompt, as a user types `/text⏎`.
fn find(app: &mut App, text: &str) {
    app.update(Action::Filter);
    answer(app, text);
}

/// Types `text` into the open prompt and presses Enter; returns the effect it asks for.
fn answer(app: &mut App, text: &str) -> Option<crate::tui::effects::Effect> {
    type_text(app, text);
    app.update(Action::Type(key_event("enter")))
}

/// Types a note into the open editor, as a user would, and saves it with Ctrl-S.
fn type_and_save_note(app: &mut App, text: &str) {
    let effect = type_note_and_save(app, text);
    app.perform(effect);
}

/// Types `text` into the open editor and presses Ctrl-S; returns the save effect.
fn type_note_and_save(app: &mut App, text: &str) -> crate::tui::effects::Effect {
    type_text(app, text);
    app.update(Action::Type(key_event("ctrl-s")))
        .expect("saving is an effect")
}

/// Types `text` into the open editor or prompt, a newline as Enter.
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let key = match c {
            '\n' => key_event("enter"),
            c => ratatui::crossterm::event::KeyEvent::from(
                ratatui::crossterm::event::KeyCode::Char(c),
            ),
        };
        let effect = app.update(Action::Type(key));
        assert!(effect.is_none(), "typing does not save or submit");
    }
}

/// A key by the name a config file uses ("enter", "ctrl-s").
fn key_event(name: &str) -> ratatui::crossterm::event::KeyEvent {
    crate::tui::keymap::parse_key(name).expect("a key name")
}

/// The app with an empty notebook in a fresh folder, which lives as long as the guard.
fn with_notebook(mut app: App) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    app.open_notes(Some(&dir.path().join("notes.json")));
    (dir, app)
}

fn render(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.session.size.0, app.session.size.1))
        .expect("test backend");
    terminal.draw(|f| draw(app, f)).expect("draw");
    terminal
}

/// Draws the app and checks that the screen shows each of `texts`; returns the screen for
/// further checks.
fn assert_shows(app: &App, texts: &[&str]) -> String {
    let screen = screen_text(&render(app));
    for text in texts {
        assert!(
            screen.contains(text),
            "the screen lacks {text:?}:\n{screen}"
        );
    }
    screen
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

/// The current sentence's first line is on the reader's screen.
fn current_sentence_on_screen(app: &App) -> bool {
    let height = app.panes().reader_text.height as usize;
    app.views
        .reader
        .lines_of(app.views.reader.sentence)
        .is_some_and(|(first, _)| {
            first >= app.views.reader.scroll && first < app.views.reader.scroll + height
        })
}
