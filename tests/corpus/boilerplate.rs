//! Web-page leftovers are marked as boilerplate by general rules; real prose is not.

use super::corpus_common;
use corpus_common::*;

#[test]
fn ui_phrases_in_the_seeds_are_boilerplate() {
    let cases = [
        ("000", "Share this:"),
        ("001", "About Author"),
        ("001", "Comments are closed."),
        ("002", "Related Articles"),
        ("002", "Leave a Reply"),
        ("002", "Back to top button"),
        ("004", "Skip to content"),
        ("003", "Check Also"),
    ];
    for (seed_id, phrase) in cases {
        let a = seed(seed_id);
        assert!(
            boilerplate_of(&a, phrase),
            "{seed_id}: {phrase:?} not marked"
        );
    }
}

#[test]
fn photo_credits_are_boilerplate_and_the_captions_they_credit_are_prose() {
    assert!(boilerplate_of(&seed("000"), "Source: Wikimedia Commons"));
    assert!(boilerplate_of(&seed("000"), "Photo: Ezetok"));
    assert!(!boilerplate_of(
        &seed("000"),
        "most extensive against the authoritarian regime"
    ));
    // A caption with its credit inside one sentence is the caption's sentence.
    assert!(!boilerplate_of(&seed("003"), "(Yan Blagov / AP)"));
    assert!(!boilerplate_of(&seed("002"), "{Photograph}: Yan Blagov/AP"));
}

#[test]
fn a_credit_on_its_own_sentence_is_boilerplate_whatever_its_shape() {
    let text = "A headline on the storm\n\nDrifts cover the road near the bridge on Monday. (AP Photo/Jane Roe) (Associated Press)\n\nThe storm closed schools across the region on Monday morning.\n";
    let c = crossread::corpus::Corpus::from_texts(&[text]);
    let a = &c.articles[0];
    let marked: Vec<(&str, bool)> = (0..a.sentences.len())
        .map(|i| (a.sentence_text(i), a.sentences[i].boilerplate))
        .collect();
    assert!(
        marked.contains(&("Drifts cover the road near the bridge on Monday.", false)),
        "{marked:?}"
    );
    assert!(
        marked.contains(&("(AP Photo/Jane Roe) (Associated Press)", true)),
        "{marked:?}"
    );
}

#[test]
fn check_also_teaser_is_boilerplate() {
    let a = seed("003");
    assert!(boilerplate_of(&a, "Kingdom Hunter Launches"));
    assert!(boilerplate_of(&a, "Reading time: 2 minutes"));
}

#[test]
fn real_prose_is_not_boilerplate() {
    let cases = [
        ("000", "Least 164 people have died"),
        ("001", "Peaceful protests began on January 2"),
        ("002", "Photographs of police being overpowered"),
        ("003", "A policeman has been found beheaded"),
        ("004", "Dozens have been reportedly killed"),
    ];
    for (seed_id, phrase) in cases {
        let a = seed(seed_id);
        assert!(!boilerplate_of(&a, phrase), "{seed_id}: {phrase:?} marked");
    }
}

#[test]
fn most_of_every_article_is_content() {
    for a in all_articles() {
        let content = a.content_sentences().count();
        assert!(
            content * 10 >= a.sentences.len() * 6,
            "{}: only {content} of {} sentences are content",
            a.id,
            a.sentences.len()
        );
    }
}

#[test]
fn fixture_prose_is_never_boilerplate() {
    for name in [
        "news_page.html",
        "no_title.txt",
        "crlf_bom.txt",
        "tricky_sentences.txt",
    ] {
        let a = load_fixture(name);
        let marked: Vec<&str> = a
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.boilerplate)
            .map(|(i, _)| a.sentence_text(i))
            .collect();
        assert!(marked.is_empty(), "{name}: marked {marked:?}");
    }
}

#[test]
fn xnumx_artefacts_are_found() {
    let a = seed("000");
    let found: Vec<&str> = a.artefacts.iter().map(|r| &a.text[r.clone()]).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    for f in found {
        assert!(f.contains("XNUMX"), "{f:?}");
    }
    for other in ["001", "002", "003", "004"] {
        assert!(seed(other).artefacts.is_empty(), "{other}");
    }
}

#[test]
fn control_characters_never_reach_the_display() {
    let a = load_fixture("control_chars.txt");
    for i in 0..a.sentences.len() {
        let shown = crossread::corpus::sanitize::for_display(a.sentence_text(i));
        assert!(
            !shown.chars().any(|c| c.is_control()),
            "control char left in {shown:?}"
        );
    }
    let joined: String = (0..a.sentences.len())
        .map(|i| crossread::corpus::sanitize::for_display(a.sentence_text(i)).into_owned())
        .collect();
    assert!(joined.contains("red warning message on Friday."));
}
