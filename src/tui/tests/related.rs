//! Related passages in the counterparts pane: below the decision, listed dimmed with how sure
//! the decision is, selectable and openable, never counted and never part of a note's group;
//! in the Columns view, the closest one in an otherwise empty cell.

use super::*;
use crossread::align::PassageRef;
use crossread::notes::Target;

/// A headline that asks about the collapse, the report of it, and another article's report.
fn asked_app() -> App {
    let corpus = corpus::Corpus::from_texts(&[
        "Bridge collapse in Elmford\n\nWhy did the Elmford bridge collapse on Tuesday morning?\n\n\
         Four workers were killed when the Elmford bridge collapsed on Tuesday morning.\n",
        "Elmford bridge gives way\n\nThe Elmford bridge collapsed on Tuesday morning, killing \
         four workers. Engineers had warned the mayor about cracks in the bridge last spring.\n",
    ]);
    analysed_app(corpus, (120, 30))
}

/// The word "related" on screen line `row` is drawn in the related style (dimmed).
fn assert_related_style(app: &App, terminal: &Terminal<TestBackend>, row: usize) {
    let screen = screen_text(terminal);
    let line = screen.lines().nth(row).expect("row");
    let col = line[..line.find("related").expect("on the row")]
        .chars()
        .count();
    let cell = &terminal.backend().buffer()[(col as u16, row as u16)];
    let related = app.theme.style(Role::Related);
    assert!(cell.modifier.contains(related.add_modifier), "{cell:?}");
}

#[test]
fn a_question_lists_the_report_it_asks_about_as_related_dimmed_and_uncounted() {
    let mut app = asked_app();
    find(&mut app, "Why did the Elmford");
    let terminal = render(&app);
    let screen = screen_text(&terminal);
    assert!(screen.contains("Counterparts: 0 of 1"), "{screen}");
    let row = screen
        .lines()
        .position(|l| l.contains("related p 0.20"))
        .unwrap_or_else(|| panic!("the report is listed as related:\n{screen}"));
    assert!(!screen.contains("nothing matching"), "{screen}");
    assert_eq!(app.views.compare.counterparts(), 0);
    // Dimmed: the related style, not the counterparts' title style.
    assert_related_style(&app, &terminal, row);

    // The analyst can still go there.
    app.update(Action::FocusNext);
    app.update(Action::Open);
    let at = app.views.reader.sentence;
    assert!(
        app.corpus.articles[app.views.reader.article]
            .sentence_text(at)
            .starts_with("The Elmford bridge collapsed"),
        "opened the related passage"
    );
}

#[test]
fn a_note_on_a_passage_keeps_its_counterparts_not_its_related_passages() {
    let (_dir, mut app) = with_notebook(asked_app());
    find(&mut app, "killing four workers");
    let screen = screen_text(&render(&app));
    assert!(screen.contains("Counterparts: 1 of 1"), "{screen}");
    assert!(screen.contains("related p"), "{screen}");
    app.update(Action::FocusNext);
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "four dead");
    app.perform(effect);
    match &saved_notes(&app)[0].target {
        Target::Group { passages } => {
            assert_eq!(passages.len(), 2, "{passages:?}");
            assert!(
                passages[1]
                    .anchor
                    .exact
                    .starts_with("Four workers were killed")
            );
        }
        other => panic!("expected a group target, got {other:?}"),
    }
}

#[test]
fn a_note_from_the_counterparts_of_a_passage_without_any_is_on_the_sentence_alone() {
    let (_dir, mut app) = with_notebook(asked_app());
    find(&mut app, "Why did the Elmford");
    assert_eq!(app.views.compare.counterparts(), 0);
    app.update(Action::FocusNext);
    app.update(Action::NewNote);
    let effect = type_note_and_save(&mut app, "a question, not a report");
    app.perform(effect);
    assert_eq!(saved_notes(&app)[0].target, Target::Sentence);
}

#[test]
fn in_columns_an_empty_cell_shows_the_closest_related_passage_dimmed_and_uncounted() {
    let mut app = asked_app();
    app.update(Action::ShowView(View::Columns));
    let terminal = render(&app);
    let screen = screen_text(&terminal);
    let row = screen
        .lines()
        .position(|l| l.contains("Why did the Elmford"))
        .unwrap_or_else(|| panic!("the question has its row:\n{screen}"));
    let line = screen.lines().nth(row).expect("row");
    // Beside the question: the report it asks about, only related, with the decision's
    // probability and where it is; its text below, dimmed too.
    assert!(line.contains("related p 0.20 · sentence"), "{screen}");
    let next = screen.lines().nth(row + 1).expect("a line below");
    assert!(next.contains("The Elmford bridge collapsed"), "{screen}");
    assert_related_style(&app, &terminal, row);
    // Never counted: the row is not marked as reported by two sources, and the cell holds no
    // passage for the keys to act on.
    let state = line.chars().nth(2).expect("gutter");
    assert!(!"≡Δ≠".contains(state), "{line}");
    let columns = &app.views.columns;
    let question = columns
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c.related.is_some()))
        .expect("a row with a related hint");
    assert!(question.cells[1].sentences.is_empty());
}

#[test]
fn in_columns_a_cell_with_a_passage_of_the_same_fact_shows_no_related_one() {
    // The second article both reports the collapse and asks about it (related to the first).
    let corpus = corpus::Corpus::from_texts(&[
        "Elmford bridge falls\n\nFour workers were killed when the Elmford bridge collapsed on \
         Tuesday morning.\n",
        "Elmford bridge gives way\n\nThe Elmford bridge collapsed on Tuesday morning, killing \
         four workers.\n\nWhy did the Elmford bridge collapse on Tuesday morning?\n",
    ]);
    let mut app = analysed_app(corpus, (120, 30));
    app.update(Action::ShowView(View::Columns));
    let screen = screen_text(&render(&app));
    let row = screen
        .lines()
        .position(|l| l.contains("Four workers were killed"))
        .unwrap_or_else(|| panic!("the report has its row:\n{screen}"));
    // Under the line that says what differs, the other article's report.
    let below = screen.lines().nth(row + 1).expect("a line below");
    assert!(below.contains("The Elmford bridge collapsed"), "{screen}");
    assert!(!screen.contains("related p"), "{screen}");
    assert!(
        app.views
            .columns
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .all(|c| c.related.is_none())
    );
}

#[test]
fn counterparts_show_the_probability_they_are_ranked_by() {
    let mut app = seeds_app(120, 40);
    // A sentence of the first seed with several counterparts and related passages below:
    // the pane lists them most probable first, and says so with the numbers it shows.
    app.update(Action::Open);
    let report = app.analysis.report.as_ref().expect("analysed");
    let at = (0..app.corpus.articles[0].sentences.len())
        .map(|sentence| PassageRef {
            article: 0,
            sentence,
        })
        .find(|&p| {
            report.alignment.counterparts(p).len() >= 2 && !report.alignment.related(p).is_empty()
        })
        .expect("a sentence with counterparts and related passages");
    let expected: Vec<String> = report
        .alignment
        .listed(at)
        .map(|(c, _)| format!("{:.2}", c.probability))
        .collect();
    while app.views.reader.sentence != at.sentence {
        app.update(Action::Down);
    }
    let screen = screen_text(&render(&app));
    let pane: Vec<String> = screen
        .lines()
        .map(|l| l.chars().skip(66).collect::<String>())
        .collect();
    let shown: Vec<String> = pane
        .iter()
        .filter(|l| l.starts_with(['│', '┃']) && l.contains(" · sentence "))
        .map(|l| {
            let after = &l[l.find("p ").expect("a probability on the entry's line") + 2..];
            after.chars().take(4).collect()
        })
        .collect();
    assert!(shown.len() >= 3, "{screen}");
    assert_eq!(shown, expected[..shown.len()], "{screen}");
    let values: Vec<f32> = shown.iter().map(|v| v.parse().expect("a number")).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{shown:?}");
}
