//! Title, outlet and date on the seeds and on fixtures of other shapes.

use super::corpus_common;
use corpus_common::*;

#[test]
fn seed_004_outlet_line_then_dateline_then_title() {
    let a = seed("004");
    assert_eq!(a.title, "What is happening in Kazakhstan?");
    assert_eq!(a.outlet.as_deref(), Some("The Speaker"));
    assert_eq!(a.date.as_deref(), Some("2023-11-29"));
    let t = a.title_sentence.expect("title sentence");
    assert_eq!(a.sentence_text(t), "What is happening in Kazakhstan?");
}

#[test]
fn seed_001_title_dash_outlet() {
    let a = seed("001");
    assert_eq!(a.title, "Kazakhstan’s Growing Protests");
    assert_eq!(
        a.outlet.as_deref(),
        Some("The Organization for World Peace")
    );
    assert_eq!(a.date, None);
}

#[test]
fn seed_002_section_suffix_is_dropped_not_taken_for_an_outlet() {
    let a = seed("002");
    assert_eq!(
        a.title,
        "Kazakhstan protests: president threatens ruthless crackdown"
    );
    assert_eq!(a.outlet, None);
    assert_eq!(a.date, None);
}

#[test]
fn seed_000_title_is_below_the_photo_caption() {
    let a = seed("000");
    assert_eq!(
        a.title,
        "More than 160 dead and thousands arrested after violent protests in Kazakhstan"
    );
    assert_eq!(a.outlet, None);
    assert_eq!(a.date, None);
    assert!(boilerplate_of(&a, "Photo: Ezetok"));
}

#[test]
fn seed_003_plain_title_line() {
    let a = seed("003");
    assert_eq!(a.title, "Dozens dead in unrest in Kazakhstan");
    assert_eq!(a.outlet, None);
    assert_eq!(a.date, None);
}

#[test]
fn html_page_takes_outlet_and_date_from_its_metadata() {
    let a = load_fixture("news_page.html");
    assert_eq!(a.title, "Flood waters recede in river valley");
    assert_eq!(a.outlet.as_deref(), Some("Valley Herald"));
    assert_eq!(a.date.as_deref(), Some("2024-03-14"));
}

#[test]
fn text_without_a_title_line_gets_a_shortened_first_sentence() {
    let a = load_fixture("no_title.txt");
    assert!(a.title.starts_with("When the council met on Tuesday"));
    assert!(a.title.chars().count() < 80, "title too long: {}", a.title);
    assert_eq!(a.title_sentence, None);
    assert_eq!(a.outlet, None);
}

#[test]
fn title_dash_outlet_is_split() {
    let a = load_fixture("title_dash_outlet.txt");
    assert_eq!(a.title, "Parliament approves new climate law");
    assert_eq!(a.outlet.as_deref(), Some("The Daily Ledger"));
}

#[test]
fn title_pipe_section_pipe_outlet_keeps_the_last_part_as_outlet() {
    let a = load_fixture("title_pipe_section_outlet.txt");
    assert_eq!(a.title, "Central bank raises interest rates again");
    assert_eq!(a.outlet.as_deref(), Some("Morning Courier"));
}

#[test]
fn crlf_and_bom_give_a_clean_title() {
    let a = load_fixture("crlf_bom.txt");
    assert_eq!(a.title, "Harbour strike ends after two weeks");
    assert!(!a.text.starts_with('\u{feff}'));
}

#[test]
fn wide_characters_survive_in_the_title() {
    let a = load_fixture("wide_chars.txt");
    assert_eq!(
        a.title,
        "東京で大規模な停電 🌃 Tokyo blackout hits millions"
    );
}
