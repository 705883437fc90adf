//! The Columns view: one row per sentence with the other sources beside it, its keys and its notes.

use super::*;

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

/// The seeds with 000, 001 and 003 picked in the library, the reader on 000's "at least 164
/// people have been killed", and the Columns view opened, at `width`×`height`.
fn columns_on_the_death_toll(width: u16, height: u16) -> App {
    let mut app = seeds_app(width, height);
    for article in [0, 1, 3] {
        app.views.library.selected = article;
        app.update(Action::MarkColumn);
    }
    app.views.library.selected = 0;
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
    let start = app.views.columns.selection.row;
    app.update(Action::NextConflict);
    let conflict = app.views.columns.selection.row;
    assert!(conflict > start && app.views.columns.rows[conflict].conflict);
    app.update(Action::PrevConflict);
    assert_eq!(app.views.columns.selection.row, start);
    app.update(Action::NextDifference);
    assert!(app.views.columns.rows[app.views.columns.selection.row].differs);
    // The second column's passage on the row is read in the Read view.
    app.update(Action::Right);
    let p = app
        .views
        .columns
        .selected_passage()
        .expect("a passage on the row");
    app.update(Action::Open);
    assert_eq!(app.view, View::Read);
    assert_eq!(
        (app.views.reader.article, app.views.reader.sentence),
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
    assert!(app.views.columns.picker.is_none());
    assert_eq!(app.views.columns.articles, [0, 1, 3, 4]);
    let screen = screen_text(&render(&app));
    assert!(screen.contains("The Speaker · 2023-11-29"), "{screen}");
}

#[test]
fn a_run_only_the_others_report_opens_with_enter() {
    let mut app = columns_on_the_death_toll(120, 40);
    let run = app
        .views
        .columns
        .rows
        .iter()
        .position(|r| matches!(r.kind, crate::tui::components::columns::RowKind::Run { .. }))
        .expect("the others report something the first article does not");
    let hidden = run + 1;
    assert!(!app.views.columns.is_shown(hidden));
    while app.views.columns.selection.row != run {
        let before = app.views.columns.selection.row;
        app.update(if before < run {
            Action::Down
        } else {
            Action::Up
        });
        assert_ne!(
            app.views.columns.selection.row, before,
            "the run's line can be selected"
        );
    }
    app.update(Action::Open);
    assert!(app.views.columns.is_shown(hidden));
    assert_eq!(app.view, View::Columns);
}

#[test]
fn a_note_in_the_columns_view_is_on_the_selected_row_not_the_readers_sentence() {
    let (_dir, mut app) = with_notebook(columns_on_the_death_toll(120, 40));
    let reader_at = (app.views.reader.article, app.views.reader.sentence);
    app.update(Action::NextConflict);
    app.update(Action::Right);
    let p = app.views.columns.selected_passage().expect("a passage");
    assert_eq!(p.article, 1, "the second column is 001");
    app.update(Action::NewNote);
    let editor = app.overlays.editor.as_ref().expect("the editor opens");
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
        app.notebook.at.contains_key(&(p.article, p.sentence)),
        "{:?}",
        app.notebook.at
    );
    assert!(!app.notebook.at.contains_key(&reader_at));
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
        .views
        .compare
        .entries
        .iter()
        .find(|e| e.passage.is_some_and(|p| p.article == 1))
        .expect("001 is a counterpart");
    let (mut marked, mut all) = (0, 0);
    for (text, kind) in entry.lines.iter().flatten() {
        let words = text.split_whitespace().count();
        all += words;
        if *kind != crate::tui::compare::DiffKind::Same {
            marked += words;
        }
    }
    assert!(marked * 2 < all, "{marked} of {all} words marked");
}

#[test]
fn a_row_taller_than_the_screen_is_paged_through_before_the_next_row() {
    // A short screen: the toll row (three sources) runs below it.
    let mut app = columns_on_the_death_toll(80, 14);
    let row = app.views.columns.selection.row;
    let tail = "the police.";
    assert!(
        !screen_text(&render(&app)).contains(tail),
        "the row runs below the screen"
    );
    let mut presses = 0;
    while !screen_text(&render(&app)).contains(tail) {
        app.update(Action::Down);
        assert_eq!(
            app.views.columns.selection.row, row,
            "j pages through the row first"
        );
        presses += 1;
        assert!(presses < 10, "the end of the row comes into view");
    }
    app.update(Action::Down);
    assert!(
        app.views.columns.selection.row > row,
        "then j goes on to the next row"
    );
    app.update(Action::Up);
    assert_eq!(app.views.columns.selection.row, row);
}

#[test]
fn two_reports_open_side_by_side_without_picking_and_the_toll_is_compared() {
    let corpus = corpus::Corpus::from_texts(&[
        "Storm floods the valley\n\nAt least 12 people were killed when the river burst its banks, police said.\n\nSchools were closed on Monday.",
        "Valley flood toll rises\n\nThe river burst its banks and 15 people died, rescuers said.\n\nThe army sent two helicopters.",
    ]);
    let mut app = analysed_app(corpus, (100, 30));
    app.update(Action::ShowView(View::Columns));
    assert_eq!(
        app.views.columns.articles,
        [0, 1],
        "both fit, both are shown"
    );
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
