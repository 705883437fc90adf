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
    let mut app = analysed_app(corpus::Corpus::from_texts(&texts), (140, 50));
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

#[test]
fn a_live_page_repeating_a_sentence_word_for_word_is_one_entry_naming_each_sentence() {
    let lead = "Officials said 164 people were killed in the unrest that began on Monday in the \
                south of the country.";
    let live = format!(
        "Unrest: live updates | Live Desk\n\n{lead} Crowds gathered in the main square on \
         Tuesday morning. Shops in the old town stayed shut all day. {lead} The airport \
         reopened for domestic flights in the evening.\n"
    );
    let report_text = "Unrest toll rises | Daily Wire\n\nOfficials said 164 people were killed \
                       in the unrest that began in the south of the country on Monday. A curfew \
                       was declared in three provinces.\n";
    let mut app = analysed_app(corpus::Corpus::from_texts(&[&live, report_text]), (140, 40));
    find(&mut app, "A curfew");
    press(&mut app, "k");
    let screen = screen_text(&render(&app));
    assert_eq!(app.views.compare.counterparts(), 1, "{screen}");
    assert!(screen.contains("· sentences 2, 5"), "{screen}");
    assert_eq!(
        screen.matches("began on Monday in the south").count(),
        1,
        "{screen}"
    );

    // a note on the sentence keeps both restatements with the counterpart
    let target = app
        .views
        .compare
        .note_target(&app.context())
        .expect("a target");
    let crossread::notes::Target::Group { passages } = target.about else {
        panic!("a note on a group: {screen}");
    };
    assert_eq!(passages.len(), 3, "{screen}");
}
