//! Related passages in the counterparts pane: below the decision, listed dimmed with how sure
//! the decision is, selectable and openable, never counted and never part of a note's group.

use super::*;
use crossread::notes::Target;

/// A headline that asks about the collapse, the report of it, and another article's report.
fn asked_app() -> App {
    let corpus = corpus::Corpus::from_texts(&[
        "Bridge collapse in Elmford\n\nWhy did the Elmford bridge collapse on Tuesday morning?\n\n\
         Four workers were killed when the Elmford bridge collapsed on Tuesday morning.\n",
        "Elmford bridge gives way\n\nThe Elmford bridge collapsed on Tuesday morning, killing \
         four workers. Engineers had warned the mayor about cracks in the bridge last spring.\n",
    ]);
    let mut app = build_app(corpus, &UserConfig::default(), (120, 30)).expect("default config");
    let report = crossread::report::Report::build(&app.corpus, &mut |_| {});
    app.set_report(Box::new(report));
    app
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
    let line = screen.lines().nth(row).expect("row");
    let col = line[..line.find("related").expect("on the row")]
        .chars()
        .count();
    let cell = &terminal.backend().buffer()[(col as u16, row as u16)];
    let related = app.theme.style(Role::Related);
    assert!(cell.modifier.contains(related.add_modifier), "{cell:?}");

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
