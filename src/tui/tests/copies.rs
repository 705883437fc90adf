//! Syndicated copies: a wire story republished by many outlets is one line in the counterparts
//! pane ("same text in 19 other sources"), not nineteen entries, and silent sources fold too.

use super::*;

#[test]
fn twenty_copies_of_a_wire_story_are_one_line_in_the_counterparts_pane() {
    let story = "Officials said 164 people were killed in the unrest that began on Monday in \
                 the south of the country. The interior ministry said 4,404 people were detained \
                 in raids across the country over the weekend. Internet access was restored in the \
                 largest city on Tuesday after five days without it.";
    let mut texts: Vec<String> = (1..=20)
        .map(|i| format!("Unrest toll | Outlet {i}\n\n{story}\n"))
        .collect();
    for i in 1..=7 {
        texts.push(format!(
            "Harvest report | Farm Weekly {i}\n\nFarmers in the north brought in a record wheat \
             harvest of {i} million tonnes this autumn, the agriculture office said.\n"
        ));
    }
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut app = build_app(
        corpus::Corpus::from_texts(&texts),
        &UserConfig::default(),
        (140, 50),
    )
    .expect("default config");
    let report = crossread::report::Report::build(&app.corpus, &mut |_| {});
    app.set_report(Box::new(report));
    find(&mut app, "4,404 people");
    let screen = screen_text(&render(&app));
    assert_eq!(
        screen.matches("same text in 19 other sources").count(),
        1,
        "{screen}"
    );
    assert!(screen.contains("Counterparts: 19 of 26"), "{screen}");
    assert!(
        screen.contains("nothing matching in 7 other sources"),
        "{screen}"
    );

    // Copies that differ in a number are not "the same text": each keeps its entry and diff.
    find(&mut app, "record wheat harvest");
    let screen = screen_text(&render(&app));
    assert!(!screen.contains("same text in"), "{screen}");
    assert_eq!(app.views.compare.counterparts(), 6, "{screen}");
}
