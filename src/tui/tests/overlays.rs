//! The overlays as components with fixed state: the note editor and the one-line prompt answer
//! keys with outcomes (a note to save, an answer, close) and draw themselves; the app routes
//! those outcomes (the filter follows the typing, a closed editor says the note was not saved).

use super::*;
use crate::tui::components::editor::{Editor, EditorTarget};
use crate::tui::components::prompt::{Prompt, PromptPurpose};
use crate::tui::components::{Component, Outcome};
use crossread::notes::Target;
use ratatui::layout::Rect;

fn fixed_app() -> App {
    two_articles_app(&UserConfig::default())
}

/// A new note on the first sentence of the first article.
fn sentence_target() -> EditorTarget {
    EditorTarget {
        article: 0,
        start: 0,
        end: 5,
        what: "sentence".into(),
        note_id: None,
        about: Target::Sentence,
    }
}

/// Types each of `keys` ("a", "enter", "ctrl-s") into a component; returns the last outcome.
fn keys(component: &mut impl Component, app: &App, keys: &[&str]) -> Outcome {
    let mut last = Outcome::Nothing;
    for k in keys {
        last = component.update(Action::Type(key_event(k)), &app.context(), Rect::default());
    }
    last
}

fn typed(component: &mut impl Component, app: &App, text: &str) {
    for c in text.chars() {
        let k = if c == '\n' {
            "enter".to_string()
        } else {
            c.to_string()
        };
        assert_eq!(
            keys(component, app, &[&k]),
            Outcome::Nothing,
            "typing {c:?}"
        );
    }
}

#[test]
fn typing_a_note_then_ctrl_s_asks_to_save_it_with_what_it_is_on() {
    let app = fixed_app();
    let mut editor = Editor::new(sentence_target(), "The river".into(), "");
    typed(&mut editor, &app, "hi #tag\nx");
    assert_eq!(
        keys(&mut editor, &app, &["ctrl-s"]),
        Outcome::SaveNote {
            target: sentence_target(),
            body: "hi #tag\nx".into()
        }
    );
}

#[test]
fn an_empty_note_is_refused_with_a_message_and_the_editor_stays() {
    let app = fixed_app();
    let mut editor = Editor::new(sentence_target(), "The river".into(), "");
    typed(&mut editor, &app, "  ");
    match keys(&mut editor, &app, &["ctrl-s"]) {
        Outcome::Message { text, error: true } => {
            assert!(
                text.contains("empty note") && text.ends_with("press Esc"),
                "{text}"
            )
        }
        other => panic!("expected an error message, got {other:?}"),
    }
}

#[test]
fn esc_with_typed_text_asks_before_dropping_it_and_no_keeps_it() {
    let app = fixed_app();
    let mut editor = Editor::new(sentence_target(), "The river".into(), "");
    typed(&mut editor, &app, "a");
    assert_eq!(keys(&mut editor, &app, &["esc"]), Outcome::Nothing);
    assert!(editor.confirm_discard);
    assert_eq!(keys(&mut editor, &app, &["n"]), Outcome::Nothing);
    assert_eq!(editor.text(), "a", "answering no keeps the text");
    assert_eq!(keys(&mut editor, &app, &["esc", "y"]), Outcome::Close);
    // Cancel from code (not a key) leaves the same way, asking first.
    let mut editor = Editor::new(sentence_target(), "The river".into(), "");
    typed(&mut editor, &app, "b");
    let ctx = app.context();
    assert_eq!(
        editor.update(Action::Cancel, &ctx, Rect::default()),
        Outcome::Nothing
    );
    assert!(editor.confirm_discard);
}

#[test]
fn esc_on_an_unchanged_note_closes_at_once() {
    let app = fixed_app();
    let mut editor = Editor::new(sentence_target(), "The river".into(), "old note");
    assert_eq!(keys(&mut editor, &app, &["esc"]), Outcome::Close);
}

#[test]
fn undo_redo_and_paste_in_the_editor() {
    let app = fixed_app();
    let mut editor = Editor::new(sentence_target(), "The river".into(), "");
    keys(&mut editor, &app, &["a", "ctrl-z"]);
    assert_eq!(editor.text(), "");
    keys(&mut editor, &app, &["ctrl-y"]);
    assert_eq!(editor.text(), "a");
    editor.paste("b\r\nc");
    assert_eq!(editor.text(), "ab\nc");
}

/// The editor with `body` typed, drawn alone over a blank 70×12 screen.
fn editor_screen(app: &App, editor: &Editor) -> String {
    let mut terminal = Terminal::new(TestBackend::new(70, 12)).expect("terminal");
    terminal
        .draw(|frame| editor.draw(&app.context(), frame, frame.area()))
        .expect("draws");
    screen_text(&terminal)
}

#[test]
fn the_editor_drawn_alone_shows_the_passage_the_text_and_its_keys() {
    let app = fixed_app();
    let mut editor = Editor::new(sentence_target(), "The river rose".into(), "");
    typed(&mut editor, &app, "Two metres? #check");
    insta::assert_snapshot!(editor_screen(&app, &editor));
}

#[test]
fn the_editor_asks_before_discarding_and_says_when_a_save_failed() {
    let app = fixed_app();
    let mut editor = Editor::new(sentence_target(), "The river rose".into(), "");
    typed(&mut editor, &app, "kept");
    keys(&mut editor, &app, &["esc"]);
    let screen = editor_screen(&app, &editor);
    assert!(
        screen.contains("Discard the typed text? y = discard"),
        "{screen}"
    );
    keys(&mut editor, &app, &["n"]);
    editor.save_error = Some("disk full".into());
    let screen = editor_screen(&app, &editor);
    assert!(
        screen.contains("⚠ UNSAVED: disk full · Ctrl-S retry"),
        "{screen}"
    );
}

#[test]
fn the_prompt_edits_its_line_and_enter_answers_with_the_text() {
    let app = fixed_app();
    let mut prompt = Prompt::new(PromptPurpose::ExportPath, "Export to", "notes.md");
    assert_eq!(
        keys(&mut prompt, &app, &["home", "é", "end", "backspace"]),
        Outcome::Nothing
    );
    assert_eq!(
        keys(&mut prompt, &app, &["enter"]),
        Outcome::Answer {
            purpose: PromptPurpose::ExportPath,
            text: "énotes.m".into()
        }
    );
    keys(&mut prompt, &app, &["ctrl-u"]);
    prompt.paste("a\nb");
    assert_eq!(prompt.input, "ab", "a pasted newline does not answer");
}

#[test]
fn esc_or_cancel_closes_the_prompt() {
    let app = fixed_app();
    let mut prompt = Prompt::new(PromptPurpose::Search, "Find:", "");
    assert_eq!(keys(&mut prompt, &app, &["esc"]), Outcome::Close);
    let ctx = app.context();
    assert_eq!(
        prompt.update(Action::Cancel, &ctx, Rect::default()),
        Outcome::Close
    );
    assert_eq!(
        prompt.update(Action::Quit, &ctx, Rect::default()),
        Outcome::Nothing,
        "q is text in a prompt"
    );
}

#[test]
fn the_prompt_drawn_alone_on_the_status_line() {
    let app = fixed_app();
    let mut prompt = Prompt::new(PromptPurpose::NotesFilter, "Filter notes:", "");
    typed(&mut prompt, &app, "#tag");
    let mut terminal = Terminal::new(TestBackend::new(40, 1)).expect("terminal");
    terminal
        .draw(|frame| prompt.draw(&app.context(), frame, frame.area()))
        .expect("draws");
    insta::assert_snapshot!(screen_text(&terminal));
    terminal.backend_mut().assert_cursor_position((19, 0));
}

#[test]
fn leaving_the_editor_without_saving_says_the_note_was_not_saved() {
    let (_dir, mut app) = with_notebook(fixed_app());
    app.update(Action::Open);
    app.update(Action::NewNote);
    type_text(&mut app, "draft");
    app.update(Action::Type(key_event("esc")));
    app.update(Action::Type(key_event("y")));
    assert!(app.overlays.editor.is_none());
    let message = app.overlays.message.clone().expect("a message");
    assert_eq!(
        (message.text.as_str(), message.error),
        ("note not saved", false)
    );
    assert!(saved_notes(&app).is_empty());
}

#[test]
fn leaving_a_note_opened_and_left_unchanged_says_nothing_was_lost() {
    let (_dir, mut app) = with_notebook(fixed_app());
    app.update(Action::Open);
    app.update(Action::NewNote);
    type_and_save_note(&mut app, "kept as it is");
    app.overlays.message = None;
    app.update(Action::EditNote);
    assert!(
        app.overlays.editor.is_some(),
        "the note opens in the editor"
    );
    app.update(Action::Type(key_event("esc")));
    assert!(
        app.overlays.editor.is_none(),
        "an unchanged note closes at once"
    );
    assert!(
        app.overlays.message.is_none(),
        "nothing was typed, so nothing is said to be unsaved: {:?}",
        app.overlays.message.as_ref().map(|m| &m.text)
    );
    assert_eq!(saved_notes(&app).len(), 1);
    assert_eq!(saved_notes(&app)[0].body, "kept as it is");
}

#[test]
fn the_notes_filter_follows_the_typing_enter_keeps_it_and_esc_clears_it() {
    let (_dir, mut app) = with_notebook(fixed_app());
    app.update(Action::Open);
    for body in ["bridge closed #roads", "river level"] {
        app.update(Action::NewNote);
        type_and_save_note(&mut app, body);
    }
    app.update(Action::ShowView(View::Notes));
    assert_eq!(app.views.notes.visible.len(), 2);
    app.update(Action::Filter);
    type_text(&mut app, "#road");
    assert!(app.views.notes.visible.is_empty(), "filtered while typing");
    type_text(&mut app, "s");
    assert_eq!(app.views.notes.visible.len(), 1);
    app.update(Action::Type(key_event("enter")));
    assert!(app.overlays.prompt.is_none());
    assert_eq!(app.views.notes.filter, "#roads", "Enter keeps the filter");
    app.update(Action::Filter);
    assert_eq!(
        app.overlays.prompt.as_ref().map(|p| p.input.as_str()),
        Some("#roads")
    );
    app.update(Action::Type(key_event("esc")));
    assert!(app.overlays.prompt.is_none());
    assert_eq!(app.views.notes.visible.len(), 2, "Esc clears the filter");
}

#[test]
fn the_editors_keys_are_its_own_so_its_hint_holds_after_cancel_is_remapped() {
    let mut config = UserConfig::default();
    config.keys.insert("cancel".into(), vec!["ctrl-g".into()]);
    let (_dir, mut app) = with_notebook(two_articles_app(&config));
    app.update(Action::Open);
    app.update(Action::NewNote);
    assert_shows(&app, &["Esc cancel"]);
    press(&mut app, "esc");
    assert!(app.overlays.editor.is_none(), "Esc still leaves the editor");
}
