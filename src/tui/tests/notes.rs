//! Writing, saving, listing and filtering notes; what happens when a notebook cannot be written.

use super::*;

#[test]
fn a_note_is_written_saved_and_listed() {
    let (_dir, mut app) = with_notebook(seeds_app(120, 40));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    assert!(screen_text(&render(&app)).contains("Ctrl-S save"));
    type_and_save_note(&mut app, "Detentions: 4,404 vs 2,000 #arrests");
    assert!(app.overlays.editor.is_none());
    assert_eq!(saved_notes(&app).len(), 1);
    assert!(
        app.notebook
            .at
            .contains_key(&(app.views.reader.article, app.views.reader.sentence)),
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
    assert!(saved_notes(&app).is_empty());
    let effect = app.update(Action::UndoDelete).expect("undo is an effect");
    app.perform(effect);
    assert_eq!(saved_notes(&app).len(), 1);
}

#[test]
fn a_note_that_cannot_be_saved_stays_in_the_editor_marked_unsaved() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("blocked"), b"a file, not a folder").expect("write");
    let mut app = seeds_app(120, 40);
    app.open_notes(Some(&dir.path().join("blocked").join("notes.json")));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "Worth keeping");
    app.perform(effect);
    let editor = app
        .overlays
        .editor
        .as_ref()
        .expect("the editor is still open");
    assert_eq!(editor.text(), "Worth keeping");
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("UNSAVED") && screen.contains("NOT saved"),
        "{screen}"
    );
    assert!(saved_notes(&app).is_empty());
    // Leaving asks first, even though the text was typed before the failed save.
    app.update(Action::Type(key_event("esc")));
    assert!(
        app.overlays
            .editor
            .as_ref()
            .expect("still open")
            .confirm_discard
    );
}

#[test]
fn the_notes_view_previews_the_whole_selected_note_from_60_columns() {
    let (_dir, mut app) = with_notebook(seeds_app(60, 24));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    let effect = type_note_and_save(
        &mut app,
        "Detentions differ between the sources by a lot\nsecond line kept #arrests",
    );
    app.perform(effect);
    app.update(Action::ShowView(View::Notes));
    // A cut line ends with "…"; the preview shows line 2 and the quote.
    assert_shows(
        &app,
        &["Note", "sentence", "…", "second line kept", "4,404 people"],
    );
}

#[test]
fn the_source_filter_matches_the_name_shown_not_only_the_file_id() {
    let (_dir, mut app) = with_notebook(seeds_app(120, 40));
    let Some(untitled) = app.corpus.articles.iter().position(|a| a.outlet.is_none()) else {
        panic!("the seeds have an article known by its title");
    };
    let label = app.corpus.articles[untitled].short_label();
    let word = label
        .split_whitespace()
        .next()
        .expect("a word")
        .to_lowercase();
    assert!(
        !app.corpus.articles[untitled]
            .id
            .to_lowercase()
            .contains(&word)
    );
    let sentence = app.corpus.articles[untitled].sentence_text(3).to_string();
    find(&mut app, &sentence[..sentence.len().min(20)]);
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "on the untitled source");
    app.perform(effect);
    app.update(Action::ShowView(View::Notes));
    app.views.notes.filter = format!("@{word}");
    app.refresh_notes_view();
    assert_eq!(app.views.notes.visible.len(), 1, "@{word} finds “{label}”");
}

#[test]
fn figure_and_group_notes_keep_what_they_are_on() {
    use crossread::notes::Target;
    let (_dir, mut app) = with_notebook(seeds_app(120, 40));
    app.update(Action::ShowView(View::Figures));
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "which toll?");
    app.perform(effect);
    app.update(Action::ShowView(View::Read));
    find(&mut app, "4,404 people");
    app.update(Action::FocusNext);
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "the group");
    app.perform(effect);
    let notes = saved_notes(&app);
    match &notes[0].target {
        Target::Figure {
            text,
            quantity,
            article_id,
            ..
        } => {
            assert!(notes[0].anchor.exact.contains(text.as_str()));
            assert!(!quantity.is_empty() && !article_id.is_empty());
        }
        other => panic!("expected a figure target, got {other:?}"),
    }
    match &notes[1].target {
        Target::Group { passages } => {
            assert!(passages.len() >= 2, "{passages:?}");
            assert!(passages[0].anchor.exact.contains("4,404 people"));
            assert!(passages[1..].iter().all(|p| p.score.is_some()));
        }
        other => panic!("expected a group target, got {other:?}"),
    }
    app.update(Action::ShowView(View::Notes));
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("figure") && screen.contains("group"),
        "{screen}"
    );
}

#[test]
fn a_long_warning_is_shown_whole_above_the_status_bar() {
    let tail = "and the last words of the warning are here";
    let long = format!(
        "these are the notes of /home/analyst/.local/share/crossread/notebook.recovered-1.json: the notes in /home/analyst/.local/share/crossread/notebook.json could not be read, {tail}"
    );
    // At 80 columns, long words (paths) wrap early: a box sized by characters per line cut
    // the message's end.
    for (width, height) in [(120, 40), (80, 24)] {
        let mut app = seeds_app(width, height);
        app.set_message(long.clone(), true);
        let screen = screen_text(&render(&app));
        // The popup's lines, read inside its borders (panes beside it are not part of it),
        // hold the whole message.
        let inside: Vec<&str> = screen
            .lines()
            .skip_while(|l| !l.contains("Message"))
            .skip(1)
            .take_while(|l| l.starts_with('│'))
            .filter_map(|l| l.split('│').nth(1))
            .collect();
        let flat = inside
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains(tail), "{width} columns: {screen}");
    }
}

/// The draft files beside a notebook.
fn drafts_beside(notebook: &std::path::Path) -> usize {
    std::fs::read_dir(notebook.parent().expect("folder"))
        .expect("list")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".draft-"))
        .count()
}

#[test]
fn a_note_being_written_is_kept_on_disk_until_it_is_saved_or_thrown_away() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nb.json");
    let mut app = seeds_app(120, 40);
    app.open_notes(Some(&path));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    app.keep_draft();
    assert_eq!(drafts_beside(&path), 0, "nothing typed, nothing to keep");
    type_text(&mut app, "half a thought");
    app.keep_draft();
    assert_eq!(drafts_beside(&path), 1);
    // Thrown away on purpose (Esc, y): the draft goes.
    app.update(Action::Type(key_event("esc")));
    app.update(Action::Type(key_event("y")));
    app.keep_draft();
    assert!(app.overlays.editor.is_none());
    assert_eq!(drafts_beside(&path), 0);
    // Saved: the draft goes, the note stays.
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "a whole thought");
    app.keep_draft();
    assert_eq!(drafts_beside(&path), 1, "kept until it is on disk");
    app.perform(effect);
    app.keep_draft();
    assert_eq!(drafts_beside(&path), 0);
    assert_eq!(app.notebook.store.as_ref().expect("open").notes().len(), 1);
}

#[test]
fn a_draft_that_cannot_be_kept_is_said_once_not_at_every_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("nb");
    let path = folder.join("nb.json");
    let mut app = seeds_app(120, 40);
    app.open_notes(Some(&path));
    // The notebook's folder turns out to be a file: nothing can be written beside it.
    std::fs::write(&folder, b"not a folder").expect("file in the way");
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    type_text(&mut app, "a");
    app.keep_draft();
    let said = app.overlays.message.as_ref().map(|m| m.text.clone());
    assert!(
        said.as_deref()
            .is_some_and(|m| m.contains("not kept on disk")),
        "{said:?}"
    );
    app.set_message("something else", false);
    type_text(&mut app, "b");
    app.keep_draft();
    let now = app.overlays.message.as_ref().map(|m| m.text.clone());
    assert_eq!(now.as_deref(), Some("something else"));
}

#[test]
fn on_a_narrow_terminal_the_key_reminders_give_way_to_a_message() {
    // At 80 columns the Notes view's reminders left "exported 1 no" of the export's message.
    let mut app = seeds_app(80, 24);
    app.update(Action::ShowView(View::Notes));
    let message = "exported 1 note to crossread-notes.md";
    app.set_message(message, false);
    let screen = screen_text(&render(&app));
    let bar = screen.lines().last().unwrap_or_default();
    assert!(bar.contains(message), "{screen}");
    assert!(bar.contains("help") && !bar.contains("delete"), "{bar}");
    // With no message the reminders are all there.
    app.overlays.message = None;
    let screen = screen_text(&render(&app));
    assert!(
        screen.lines().last().unwrap_or_default().contains("delete"),
        "{screen}"
    );
}

#[test]
fn a_notebook_replaced_while_crossread_runs_is_kept_and_the_status_line_says_where_the_note_went() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nb.json");
    let mut app = seeds_app(120, 40);
    app.open_notes(Some(&path));
    std::fs::write(&path, b"{ written by something else").expect("replace");
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "kept safe");
    app.perform(effect);
    assert_eq!(
        std::fs::read(&path).expect("kept"),
        b"{ written by something else"
    );
    let message = app
        .overlays
        .message
        .as_ref()
        .expect("a message")
        .text
        .clone();
    assert!(message.contains("nb.recovered-1.json"), "{message}");
    assert!(dir.path().join("nb.recovered-1.json").exists());
}

#[test]
fn an_export_from_a_recovery_file_says_the_unreadable_notebooks_notes_are_not_in_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nb.json");
    std::fs::write(&path, b"{ not a notebook").expect("spoil");
    let mut app = seeds_app(120, 40);
    app.open_notes(Some(&path));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "kept safe");
    app.perform(effect);
    let target = dir.path().join("briefing.md");
    app.update(Action::Export);
    let effect = export_to(&mut app, &target.display().to_string()).expect("an effect");
    app.perform(effect);
    // Told as a warning, in full on the screen, not cut short on the status line.
    let message = app.overlays.message.as_ref().expect("a message");
    assert!(message.error, "{}", message.text);
    let screen = screen_text(&render(&app));
    for told in [
        "exported 1 note",
        "nb.recovered-1.json",
        "could not be read",
    ] {
        assert!(screen.contains(told), "{told}: {screen}");
    }
    let written = std::fs::read_to_string(&target).expect("exported");
    assert!(written.contains("kept safe"), "{written}");
}

#[test]
fn exporting_over_an_existing_file_asks_first_and_no_keeps_it() {
    let (dir, mut app) = with_notebook(seeds_app(120, 40));
    app.update(Action::Open);
    app.update(Action::NewNote);
    type_and_save_note(&mut app, "a note to export");
    let target = dir.path().join("briefing.md");
    std::fs::write(&target, "the analyst's own file").expect("write");
    let path = target.display().to_string();

    // The path prompt starts with a default: clear it, then type ours.
    app.update(Action::Export);
    let effect = export_to(&mut app, &path).expect("export is an effect");
    app.perform(effect);
    let screen = screen_text(&render(&app));
    assert!(screen.contains("Overwrite it? (y/n)"), "{screen}");
    // The question is answered by its key alone, no Enter.
    assert!(app.update(Action::Type(key_event("n"))).is_none());
    assert!(app.overlays.prompt.is_none(), "n answered the question");
    assert_eq!(
        std::fs::read_to_string(&target).expect("read"),
        "the analyst's own file"
    );

    app.update(Action::Export);
    let effect = export_to(&mut app, &path).expect("export is an effect");
    app.perform(effect);
    let effect = app
        .update(Action::Type(key_event("y")))
        .expect("yes writes");
    app.perform(effect);
    let written = std::fs::read_to_string(&target).expect("read");
    assert!(written.contains("a note to export"), "{written}");
}

/// Replaces the export prompt's default path with `path` and submits it.
fn export_to(app: &mut App, path: &str) -> Option<crate::tui::effects::Effect> {
    for _ in 0..200 {
        app.update(Action::Type(key_event("backspace")));
    }
    answer(app, path)
}
