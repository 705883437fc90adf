//! The Figures view: the quantities the sources report, the conflicting ones first.

use super::*;

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
    let (_dir, mut app) = with_notebook(seeds_app(120, 40));
    app.update(Action::ShowView(View::Figures));
    // the toll row: the third source gives no value for it
    let toll = &app.analysis.report.as_ref().expect("analysed").quantities[0]
        .row
        .cells;
    let sources = app.corpus.articles.len();
    let empty = (0..sources)
        .find(|&a| toll.get(a).is_empty())
        .expect("a source silent on the toll");
    let given = (0..sources)
        .find(|&a| !toll.get(a).is_empty())
        .expect("a source with a value");
    app.views.figures.selection.column = empty;
    app.update(Action::NewNote);
    assert!(app.overlays.editor.is_none(), "no editor on an empty cell");
    let screen = screen_text(&render(&app));
    assert!(screen.contains("gives no value here"), "{screen}");
    // on a cell with a value the note is on that source's figure
    app.views.figures.selection.column = given;
    app.update(Action::NewNote);
    assert!(app.overlays.editor.is_some());
}

/// Two wire stories of one agency and a paper's story, all giving the storm's toll.
fn two_wires_app() -> App {
    let corpus = corpus::Corpus::from_texts(&[
        "Storm kills 12 in port town | Wire Agency\n\nThe storm killed 12 people in the port town on Monday, officials said.\n",
        "Port town mourns | Wire Agency\n\nThe storm killed 12 people in the port town on Monday, the mayor said.\n",
        "Storm toll | Harbour Gazette\n\nThe storm killed 12 people in the port town on Monday, police said.\n",
    ]);
    analysed_app(corpus, (150, 30))
}

#[test]
fn two_sources_of_one_outlet_are_told_apart_in_the_figures_header_and_the_counterparts() {
    let mut app = two_wires_app();
    app.update(Action::ShowView(View::Figures));
    let screen = screen_text(&render(&app));
    let header = screen.lines().nth(2).expect("header");
    assert!(
        header.contains("Wire Agency · Storm kills 12")
            && header.contains("Wire Agency · Port town mourns")
            && header.contains("Harbour Gazette"),
        "{screen}"
    );
    // In the reader, the first wire story's counterpart from the other says which it is.
    app.update(Action::ShowView(View::Read));
    app.update(Action::Open);
    assert_shows(&app, &["· Wire Agency · Port town mourns · sentence 2"]);
}

#[test]
fn a_wide_terminal_shows_a_long_quantity_label_in_full_and_a_narrow_one_cuts_it() {
    let corpus = corpus::Corpus::from_texts(&[
        "Quake toll rises\n\nAt least 1,500 people were killed in Turkey, officials said, while 810 people were killed in Syria.\n",
        "Quake toll passes 2,600\n\nOfficials said 1,651 people had been killed in Turkey. At least 968 people died in Syria, the ministry said.\n",
    ]);
    let label = "≠ killed (people) [in Syria]";
    let mut wide = analysed_app(corpus.clone(), (160, 30));
    wide.update(Action::ShowView(View::Figures));
    assert_shows(&wide, &[label]);
    let mut narrow = analysed_app(corpus, (80, 30));
    narrow.update(Action::ShowView(View::Figures));
    let screen = screen_text(&render(&narrow));
    assert!(!screen.contains(label), "{screen}");
    assert!(screen.contains("≠ killed (people) [in Syr…"), "{screen}");
}
