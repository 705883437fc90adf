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

#[path = "../benches/common/mod.rs"]
mod common;

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

/// Types a note into the open editor, as a user would, and saves it with Ctrl-S.
fn type_and_save_note(app: &mut App, text: &str) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in text.chars() {
        let effect = app.update(Action::Type(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
        assert!(effect.is_none(), "typing does not save");
    }
    let effect = app
        .update(Action::Type(KeyEvent::new(
            KeyCode::Char('s'),
            KeyModifiers::CONTROL,
        )))
        .expect("saving is an effect");
    app.perform(effect);
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
    // The headlines may report different facts; paging on, the reader meets aligned rows.
    let aligned = |screen: &str| {
        screen
            .lines()
            .filter_map(|l| l.chars().nth(2))
            .any(|c| "≡Δ≠".contains(c))
    };
    let mut screen = screen_text(&render(&app));
    for _ in 0..10 {
        if aligned(&screen) {
            break;
        }
        app.update(Action::PageDown);
        screen = screen_text(&render(&app));
    }
    assert!(
        aligned(&screen),
        "aligned rows are marked:
{screen}"
    );
    let terminal = render(&app);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_note_is_written_saved_and_listed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = seeds_app(120, 40);
    app.open_notebook(&dir.path().join("notes.json"));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    assert!(screen_text(&render(&app)).contains("Ctrl-S save"));
    type_and_save_note(&mut app, "Detentions: 4,404 vs 2,000 #arrests");
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

/// Types `text` into the open editor and presses Ctrl-S; returns the save effect.
fn type_note_and_save(app: &mut App, text: &str) -> crossread::tui::effects::Effect {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in text.chars() {
        let key = match c {
            '\n' => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
            c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        };
        app.update(Action::Type(key));
    }
    app.update(Action::Type(KeyEvent::new(
        KeyCode::Char('s'),
        KeyModifiers::CONTROL,
    )))
    .expect("saving is an effect")
}

#[test]
fn a_note_that_cannot_be_saved_stays_in_the_editor_marked_unsaved() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("blocked"), b"a file, not a folder").expect("write");
    let mut app = seeds_app(120, 40);
    app.open_notebook(&dir.path().join("blocked").join("notes.json"));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "Worth keeping");
    app.perform(effect);
    let editor = app.editor.as_ref().expect("the editor is still open");
    assert_eq!(editor.text(), "Worth keeping");
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("UNSAVED") && screen.contains("NOT saved"),
        "{screen}"
    );
    assert!(app.notes.as_ref().expect("store").notes().is_empty());
    // Leaving asks first, even though the text was typed before the failed save.
    app.update(Action::Type(KeyEvent::new(
        KeyCode::Esc,
        KeyModifiers::NONE,
    )));
    assert!(app.editor.as_ref().expect("still open").confirm_discard);
}

#[test]
fn the_notes_view_previews_the_whole_selected_note_from_60_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = seeds_app(60, 24);
    app.open_notebook(&dir.path().join("notes.json"));
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    let effect = type_note_and_save(
        &mut app,
        "Detentions differ between the sources by a lot\nsecond line kept #arrests",
    );
    app.perform(effect);
    app.update(Action::ShowView(View::Notes));
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("Note") && screen.contains("sentence"),
        "{screen}"
    );
    assert!(screen.contains("…"), "a cut line says so:\n{screen}");
    assert!(
        screen.contains("second line kept"),
        "the preview shows line 2:\n{screen}"
    );
    assert!(screen.contains("4,404 people"), "and the quote:\n{screen}");
}

#[test]
fn the_source_filter_matches_the_name_shown_not_only_the_file_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = seeds_app(120, 40);
    app.open_notebook(&dir.path().join("notes.json"));
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
    app.notes_view.filter = format!("@{word}");
    app.refresh_notes_view();
    assert_eq!(app.notes_view.visible.len(), 1, "@{word} finds “{label}”");
}

#[test]
fn figure_and_group_notes_keep_what_they_are_on() {
    use crossread::notes::Target;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = seeds_app(120, 40);
    app.open_notebook(&dir.path().join("notes.json"));
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
    let notes = app.notes.as_ref().expect("store").notes();
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
    let mut app = seeds_app(120, 40);
    let tail = "and the last words of the warning are here";
    let long = format!(
        "cannot read the notebook /home/someone/.local/share/crossread/notebook.json (not a crossread notebook: expected value at line 1 column 1); it is kept as it is, {tail}"
    );
    app.set_message(long, true);
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
    assert!(flat.contains(tail), "{screen}");
}

#[test]
fn a_notebook_replaced_while_crossread_runs_is_kept_and_the_status_line_says_where_the_note_went() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nb.json");
    let mut app = seeds_app(120, 40);
    app.open_notebook(&path);
    std::fs::write(&path, b"{ written by something else").expect("replace");
    find(&mut app, "4,404 people");
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "kept safe");
    app.perform(effect);
    assert_eq!(
        std::fs::read(&path).expect("kept"),
        b"{ written by something else"
    );
    let message = app.message.as_ref().expect("a message").text.clone();
    assert!(message.contains("nb.recovered-1.json"), "{message}");
    assert!(dir.path().join("nb.recovered-1.json").exists());
}

/// The seeds with 000, 001 and 003 picked in the library, the reader on 000's "at least 164
/// people have been killed", and the Columns view opened, at `width`×`height`.
fn columns_on_the_death_toll(width: u16, height: u16) -> App {
    let mut app = seeds_app(width, height);
    for article in [0, 1, 3] {
        app.selected = article;
        app.update(Action::MarkColumn);
    }
    app.selected = 0;
    find(&mut app, "at least 164 people have been killed");
    app.update(Action::ShowView(View::Columns));
    app
}

/// The screen's rows of the Columns view: lines between the rules, each a list of lines.
fn column_blocks(screen: &str) -> Vec<Vec<String>> {
    let mut blocks: Vec<Vec<String>> = vec![vec![]];
    for line in screen.lines().skip(5) {
        if line.contains("──┼") {
            blocks.push(vec![]);
        } else if let Some(b) = blocks.last_mut() {
            b.push(line.to_string());
        }
    }
    blocks.retain(|b| !b.is_empty());
    blocks
}

/// The text of column `k` (0 = first) on a line of the view.
fn column_text(line: &str, k: usize) -> String {
    line.split('│').nth(k + 1).unwrap_or("").trim().to_string()
}

fn the_death_toll_row_is_side_by_side(width: u16, height: u16) -> Terminal<TestBackend> {
    let app = columns_on_the_death_toll(width, height);
    let terminal = render(&app);
    let screen = screen_text(&terminal);
    // Headers: each article's title and what is known of its source.
    assert!(screen.contains("Kazakhstan’s Growing"), "{screen}");
    assert!(screen.contains("The Organization for Wo"), "{screen}");
    let blocks = column_blocks(&screen);
    let first = &blocks[0];
    let joined = first.join("\n");
    assert!(
        first[0].contains('▶'),
        "opens on the current sentence:\n{screen}"
    );
    assert!(
        joined.contains("164≠") && joined.contains("killed") && joined.contains("40≠"),
        "164 and 40 on one row, both marked ≠:\n{screen}"
    );
    let second_column: String = first
        .iter()
        .map(|l| column_text(l, 1))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(second_column.contains("40≠ people died"), "{second_column}");
    assert!(
        second_column.contains("Δ 164 vs 40"),
        "the summary tells the story: {second_column}"
    );
    for block in &blocks {
        let head = &block[0];
        assert!(
            !column_text(head, 0).is_empty() || head.contains('▸'),
            "no row with an empty first column on the first screen:\n{screen}"
        );
    }
    terminal
}

#[test]
fn the_columns_view_shows_164_killed_beside_40_died_at_120x40() {
    let terminal = the_death_toll_row_is_side_by_side(120, 40);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_columns_view_shows_164_killed_beside_40_died_at_80x24() {
    let terminal = the_death_toll_row_is_side_by_side(80, 24);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn columns_keys_jump_to_conflicts_and_differences_and_read_a_passage() {
    let mut app = columns_on_the_death_toll(120, 40);
    let start = app.columns.selected;
    app.update(Action::NextConflict);
    let conflict = app.columns.selected;
    assert!(conflict > start && app.columns.rows[conflict].conflict);
    app.update(Action::PrevConflict);
    assert_eq!(app.columns.selected, start);
    app.update(Action::NextDifference);
    assert!(app.columns.rows[app.columns.selected].differs);
    // The second column's passage on the row is read in the Read view.
    app.update(Action::Right);
    let p = app
        .columns
        .selected_passage()
        .expect("a passage on the row");
    app.update(Action::Open);
    assert_eq!(app.view, View::Read);
    assert_eq!(
        (app.reader.article, app.reader.sentence),
        (p.article, p.sentence)
    );
}

#[test]
fn columns_are_picked_without_leaving_the_view() {
    let mut app = columns_on_the_death_toll(120, 40);
    app.update(Action::MarkColumn);
    assert!(screen_text(&render(&app)).contains("Articles side by side"));
    app.update(Action::Bottom);
    app.update(Action::MarkColumn);
    app.update(Action::Open);
    assert_eq!(app.view, View::Columns);
    assert!(app.columns.picker.is_none());
    assert_eq!(app.columns.articles, [0, 1, 3, 4]);
    let screen = screen_text(&render(&app));
    assert!(screen.contains("The Speaker · 2023-11-29"), "{screen}");
}

#[test]
fn a_run_only_the_others_report_opens_with_enter() {
    let mut app = columns_on_the_death_toll(120, 40);
    let run = app
        .columns
        .rows
        .iter()
        .position(|r| matches!(r.kind, crossread::tui::columns::RowKind::Run { .. }))
        .expect("the others report something the first article does not");
    let hidden = run + 1;
    assert!(!app.columns.is_shown(hidden));
    while app.columns.selected != run {
        let before = app.columns.selected;
        app.update(if before < run {
            Action::Down
        } else {
            Action::Up
        });
        assert_ne!(
            app.columns.selected, before,
            "the run's line can be selected"
        );
    }
    app.update(Action::Open);
    assert!(app.columns.is_shown(hidden));
    assert_eq!(app.view, View::Columns);
}

#[test]
fn a_note_in_the_columns_view_is_on_the_selected_row_not_the_readers_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = columns_on_the_death_toll(120, 40);
    app.open_notebook(&dir.path().join("notes.json"));
    let reader_at = (app.reader.article, app.reader.sentence);
    app.update(Action::NextConflict);
    app.update(Action::Right);
    let p = app.columns.selected_passage().expect("a passage");
    assert_eq!(p.article, 1, "the second column is 001");
    app.update(Action::NewNote);
    let editor = app.editor.as_ref().expect("the editor opens");
    assert!(
        editor.target.what.starts_with("aligned group"),
        "{}",
        editor.target.what
    );
    assert_eq!(editor.target.article, 1);
    // The note keeps every passage on the row, from each column's source.
    match &editor.target.about {
        crossread::notes::Target::Group { passages } => {
            let sources: std::collections::BTreeSet<&str> = passages
                .iter()
                .map(|g| g.anchor.article_id.as_str())
                .collect();
            assert!(sources.len() >= 2, "{passages:?}");
        }
        other => panic!("expected a group target, got {other:?}"),
    }
    type_and_save_note(&mut app, "Arrests differ");
    assert!(
        app.notes_at.contains_key(&(p.article, p.sentence)),
        "{:?}",
        app.notes_at
    );
    assert!(!app.notes_at.contains_key(&reader_at));
}

#[test]
fn the_counterparts_pane_names_sources_and_says_what_differs() {
    let mut app = seeds_app(120, 40);
    find(&mut app, "at least 164 people have been killed");
    let screen = screen_text(&render(&app));
    let pane: String = screen
        .lines()
        .map(|l| l.chars().skip(66).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(pane.contains("The Speaker, 2023-11-29"), "{pane}");
    assert!(pane.contains("Δ 164 vs 40"), "{pane}");
    // A paraphrase is not marked word for word: most of its words stay plain.
    let entry = app
        .compare
        .entries
        .iter()
        .find(|e| e.passage.is_some_and(|p| p.article == 1))
        .expect("001 is a counterpart");
    let (mut marked, mut all) = (0, 0);
    for (text, kind) in entry.lines.iter().flatten() {
        let words = text.split_whitespace().count();
        all += words;
        if *kind != crossread::tui::compare::DiffKind::Same {
            marked += words;
        }
    }
    assert!(marked * 2 < all, "{marked} of {all} words marked");
}

#[test]
fn a_row_taller_than_the_screen_is_paged_through_before_the_next_row() {
    // A short screen: the toll row (three sources) runs below it.
    let mut app = columns_on_the_death_toll(80, 14);
    let row = app.columns.selected;
    let tail = "stormed";
    assert!(
        !screen_text(&render(&app)).contains(tail),
        "the row runs below the screen"
    );
    let mut presses = 0;
    while !screen_text(&render(&app)).contains(tail) {
        app.update(Action::Down);
        assert_eq!(app.columns.selected, row, "j pages through the row first");
        presses += 1;
        assert!(presses < 10, "the end of the row comes into view");
    }
    app.update(Action::Down);
    assert!(app.columns.selected > row, "then j goes on to the next row");
    app.update(Action::Up);
    assert_eq!(app.columns.selected, row);
}

#[test]
fn two_reports_open_side_by_side_without_picking_and_the_toll_is_compared() {
    let corpus = corpus::Corpus::from_texts(&[
        "Storm floods the valley\n\nAt least 12 people were killed when the river burst its banks, police said.\n\nSchools were closed on Monday.",
        "Valley flood toll rises\n\nThe river burst its banks and 15 people died, rescuers said.\n\nThe army sent two helicopters.",
    ]);
    let mut app = build_app(corpus, &UserConfig::default(), (100, 30)).expect("default config");
    let analysis = crossread::analysis::analyse(&app.corpus, &mut |_| {});
    app.set_analysis(Box::new(analysis));
    app.update(Action::ShowView(View::Columns));
    assert_eq!(app.columns.articles, [0, 1], "both fit, both are shown");
    let screen = screen_text(&render(&app));
    let row = column_blocks(&screen)
        .into_iter()
        .find(|b| b.join(" ").contains("burst its banks"))
        .expect("the flood row");
    let text = row.join("\n");
    assert!(
        text.contains("12") && text.contains("15 people died"),
        "{screen}"
    );
    assert!(text.contains("Δ 12 vs 15"), "{screen}");
    assert!(text.contains("source: police vs rescuers"), "{screen}");
}

#[test]
fn the_figures_view_at_80_columns_lists_every_quantity_and_details_the_selected_one() {
    let mut app = seeds_app(80, 30);
    app.update(Action::ShowView(View::Figures));
    let screen = screen_text(&render(&app));
    // the conflict first, marked without colour; single-source quantities listed too
    let first_row = screen.lines().nth(3).expect("first row");
    assert!(first_row.contains("≠ killed"), "{screen}");
    assert!(screen.contains("one source only"), "{screen}");
    // the detail pane gives every value in full, with who says it
    assert!(
        screen.contains("Detail") && screen.contains("40 (Ministry"),
        "{screen}"
    );
    // a source header cut to fit ends with an ellipsis
    let header = screen.lines().nth(2).expect("header");
    assert!(header.contains('…'), "{header}");
}

#[test]
fn a_note_on_an_empty_figures_cell_is_refused_not_put_on_another_source() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = seeds_app(120, 40);
    app.open_notebook(&dir.path().join("notes.json"));
    app.update(Action::ShowView(View::Figures));
    // the toll row: the third source gives no value for it
    let empty = app.figures_view.rows[0]
        .cells
        .iter()
        .position(|c| c.is_empty())
        .expect("a source silent on the toll");
    app.figures_view.column = empty;
    app.update(Action::NewNote);
    assert!(app.editor.is_none(), "no editor on an empty cell");
    let screen = screen_text(&render(&app));
    assert!(screen.contains("gives no value here"), "{screen}");
    // on a cell with a value the note is on that source's figure
    let given = app.figures_view.rows[0]
        .cells
        .iter()
        .position(|c| !c.is_empty())
        .expect("a source with a value");
    app.figures_view.column = given;
    app.update(Action::NewNote);
    assert!(app.editor.is_some());
}

#[test]
fn at_60_columns_the_tab_bar_shows_every_view_and_the_position_without_overlap() {
    let mut app = seeds_app(120, 20);
    let mut terminal = Terminal::new(TestBackend::new(120, 20)).expect("test backend");
    terminal.draw(|f| draw(&app, f)).expect("draw");
    // the user narrows the terminal to 60 columns
    terminal.backend_mut().resize(60, 20);
    app.update(Action::Resize(60, 20));
    terminal.draw(|f| draw(&app, f)).expect("draw");
    let screen = screen_text(&terminal);
    let top = screen.lines().next().expect("tab bar");
    for tab in ["[1 Read]", " 2 Columns ", " 3 Figures ", " 4 Notes "] {
        assert!(top.contains(tab), "{tab:?} is cut in {top:?}");
    }
    // the position sits after the last tab, apart from it, and nothing is drawn over it
    let (position, total) = app.reader_position();
    let counter = format!("{position}/{total}");
    let notes_end = top.find(" 4 Notes ").expect("notes tab") + " 4 Notes ".len();
    assert!(top[notes_end..].trim() == counter, "{top:?}");
    assert!(
        !top.contains("articles"),
        "no room for the article count: {top:?}"
    );
}

/// The current sentence's first line is on the reader's screen.
fn current_sentence_on_screen(app: &App) -> bool {
    let height = app.panes().reader_text.height as usize;
    app.lines_of(app.reader.sentence)
        .is_some_and(|(first, _)| first >= app.reader.scroll && first < app.reader.scroll + height)
}

#[test]
fn a_huge_article_opens_at_once_with_a_few_screens_laid_out_and_the_rest_arrives_later() {
    let text = common::long_report(2_000_000);
    let corpus = corpus::Corpus::from_texts(&["A short report.\n\nOne paragraph.", &text]);
    let mut app = build_app(corpus, &UserConfig::default(), (100, 30)).expect("default config");
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(app.reader.article, 1);
    let height = app.panes().reader_text.height as usize;
    // The UI thread wrapped a few screens, not the ~30,000 lines of the whole article.
    let few_screens = 6 * height;
    assert!(
        app.reader.layout.lines.len() <= few_screens,
        "{} lines laid out on opening",
        app.reader.layout.lines.len()
    );
    let screen = screen_text(&render(&app));
    assert!(screen.contains("A very long report"), "{screen}");
    // Keys answer at once: moving down through several screens, then to the end.
    for _ in 0..120 {
        app.update(Action::Down);
        assert!(app.reader.layout.lines.len() <= few_screens);
        assert!(current_sentence_on_screen(&app));
    }
    assert!(
        app.reader.sentence >= 120,
        "at sentence {}",
        app.reader.sentence
    );
    app.update(Action::Bottom);
    assert!(app.reader.layout.lines.len() <= few_screens);
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("The last sentence of the report."),
        "{screen}"
    );
    // A resize lays out a few screens again, at the new width.
    app.update(Action::Resize(80, 30));
    assert!(app.reader.layout.lines.len() <= few_screens);
    assert!(current_sentence_on_screen(&app));
    // The whole layout arrives from a thread; the reader stays at the end of the article.
    let started = std::time::Instant::now();
    while !app.receive_layout() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "the whole layout never arrived"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let width = app.panes().reader_text.width as usize;
    let whole = crossread::tui::wrap::layout(&app.corpus.articles[1], width, false, &[]);
    assert_eq!(app.reader.layout.lines, whole.lines);
    assert!(app.reader.layout.partial.is_none());
    assert!(current_sentence_on_screen(&app));
    let screen = screen_text(&render(&app));
    assert!(
        screen.contains("The last sentence of the report."),
        "{screen}"
    );
}
