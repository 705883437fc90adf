//! The keys in force follow what has the keyboard: one key can do different things in two
//! places, and a place's own binding wins there over the global one.

use super::*;

/// The two-article app with `select_range` moved to `d`, which the Notes view uses to delete.
fn d_selects_a_range_in_the_reader() -> App {
    let mut config = UserConfig::default();
    config.keys.insert("select_range".into(), vec!["d".into()]);
    two_articles_app(&config)
}

#[test]
fn d_starts_a_range_in_the_reader_and_deletes_a_note_in_the_notes_view() {
    let (_dir, mut app) = with_notebook(d_selects_a_range_in_the_reader());
    press(&mut app, "enter");
    assert_eq!(app.focus, Focus::Reader);
    press(&mut app, "d");
    assert_shows(&app, &["range started"]);
    press(&mut app, "esc");
    press(&mut app, "n");
    type_and_save_note(&mut app, "bridge closed");
    assert_eq!(saved_notes(&app).len(), 1);

    press(&mut app, "4");
    press(&mut app, "d");
    assert!(saved_notes(&app).is_empty());
    assert_shows(&app, &["note deleted"]);
}

#[test]
fn the_readers_own_q_takes_a_range_while_q_still_quits_from_the_library() {
    let config = "[keys.reader]\nselect_range = [\"q\"]\nquit = [\"ctrl-q\"]\n";
    let config = crossread::config::parse(config).expect("valid TOML");
    let mut app = two_articles_app(&config);
    press(&mut app, "enter");
    press(&mut app, "q");
    assert!(!app.session.quit && app.views.reader.range_anchor.is_some());
    // The status bar names the quit key in force here.
    assert_shows(&app, &["Ctrl-q quit"]);
    // Tab goes round reader → counterparts → library.
    press(&mut app, "tab");
    press(&mut app, "tab");
    assert_eq!(app.focus, Focus::Library);
    let screen = assert_shows(&app, &["q quit"]);
    assert!(!screen.contains("Ctrl-q"), "{screen}");
    press(&mut app, "q");
    assert!(app.session.quit);
}

#[test]
fn a_panes_own_keys_do_nothing_elsewhere() {
    let mut app = two_articles_app(&UserConfig::default());
    // `v` starts a range in the reader, not from the library.
    press(&mut app, "v");
    assert!(app.views.reader.range_anchor.is_none());
    press(&mut app, "enter");
    press(&mut app, "v");
    assert!(app.views.reader.range_anchor.is_some());
}

#[test]
fn the_help_overlay_opens_on_the_keys_of_the_pane_in_use() {
    let mut app = two_articles_app(&UserConfig::default());
    app.update(Action::Resize(100, 40));
    press(&mut app, "enter");
    press(&mut app, "?");
    let screen = assert_shows(&app, &["start or clear a range"]);
    let here = screen
        .find("Keys here: Reader")
        .expect("the reader's keys first");
    let general = screen.find("General").expect("then the global keys");
    assert!(here < general, "{screen}");
}
