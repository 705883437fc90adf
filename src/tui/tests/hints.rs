//! Hints on screen name the keys in force: after the user remaps a key, no hint still names
//! the default one.

use super::*;

/// The seeds with `new_note`, `filter`, `undo_delete` and `mark_column` moved to other keys.
fn remapped_app() -> App {
    let mut config = UserConfig::default();
    for (action, key) in [
        ("new_note", "a"),
        ("find", "f"),
        ("undo_delete", "z"),
        ("mark_column", "m"),
        ("cancel", "ctrl-g"),
    ] {
        config.keys.insert(action.into(), vec![key.into()]);
    }
    let mut app = build_app(corpus::load_seeds(), &config, (120, 40)).expect("valid config");
    let report = crossread::report::Report::build(&app.corpus, &mut |_| {});
    app.set_report(Box::new(report));
    app
}

#[test]
fn the_empty_notes_view_and_the_help_title_name_the_remapped_keys() {
    let (_dir, mut app) = with_notebook(remapped_app());
    app.update(Action::ShowView(View::Notes));
    let screen = screen_text(&render(&app));
    assert!(screen.contains("press a on a sentence"), "{screen}");
    assert!(
        screen.contains("f filter") && !screen.contains("/ filter"),
        "{screen}"
    );
    app.update(Action::Help);
    let screen = screen_text(&render(&app));
    assert!(screen.contains("Ctrl-g or ? to close"), "{screen}");
}

#[test]
fn a_deleted_note_and_the_column_picker_name_the_remapped_keys() {
    let (_dir, mut app) = with_notebook(remapped_app());
    app.update(Action::Open);
    app.update(Action::NewNote);
    type_and_save_note(&mut app, "to be deleted");
    app.update(Action::ShowView(View::Notes));
    let effect = app.update(Action::DeleteNote).expect("delete is an effect");
    app.perform(effect);
    let message = app.overlays.message.clone().expect("a message").text;
    assert!(message.contains("press z to undo"), "{message}");

    app.update(Action::ShowView(View::Read));
    app.focus = Focus::Library;
    app.update(Action::MarkColumn);
    let message = app.overlays.message.clone().expect("a message").text;
    assert!(message.contains("then press 2"), "{message}");
    app.update(Action::ShowView(View::Columns));
    let screen = screen_text(&render(&app));
    assert!(screen.contains("m picks articles"), "{screen}");
    assert!(!screen.contains("x picks"), "{screen}");
}
