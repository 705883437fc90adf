//! Sentence segmentation: span invariants on every article, and the tricky cases.

use super::corpus_common;
use corpus_common::*;

#[test]
fn spans_are_valid_trimmed_single_line_ordered_and_within_a_paragraph() {
    for a in all_articles() {
        assert!(!a.sentences.is_empty(), "{}: no sentences", a.id);
        let mut prev_end = 0;
        let mut prev_paragraph = 0;
        for (i, s) in a.sentences.iter().enumerate() {
            let text = a
                .text
                .get(s.span())
                .unwrap_or_else(|| panic!("{} #{i}: not a char-boundary slice", a.id));
            assert!(!text.is_empty(), "{} #{i}: empty", a.id);
            assert_eq!(text, text.trim(), "{} #{i}: not trimmed", a.id);
            assert!(!text.contains(['\n', '\r']), "{} #{i}: spans lines", a.id);
            assert!(
                s.start >= prev_end,
                "{} #{i}: out of order or overlapping",
                a.id
            );
            assert!(
                s.paragraph >= prev_paragraph,
                "{} #{i}: paragraph order",
                a.id
            );
            let p = a
                .paragraphs
                .get(s.paragraph)
                .unwrap_or_else(|| panic!("{} #{i}: no paragraph {}", a.id, s.paragraph));
            assert!(
                p.start <= s.start && s.end <= p.end,
                "{} #{i}: crosses its paragraph",
                a.id
            );
            prev_end = s.end;
            prev_paragraph = s.paragraph;
        }
    }
}

#[test]
fn paragraphs_are_separated_by_blank_lines() {
    for a in all_articles() {
        for w in a.paragraphs.windows(2) {
            let gap = &a.text[w[0].end..w[1].start];
            assert!(
                gap.matches('\n').count() >= 2,
                "{}: paragraphs not split at a blank line: {gap:?}",
                a.id
            );
        }
    }
}

#[test]
fn sentence_at_finds_the_sentence_holding_an_offset() {
    let a = seed("004");
    for (i, s) in a.sentences.iter().enumerate() {
        assert_eq!(a.sentence_at(s.start), Some(i));
        assert_eq!(a.sentence_at(s.end - 1), Some(i));
    }
}

#[test]
fn abbreviations_decimals_initials_quotes_and_ellipses() {
    let a = load_fixture("tricky_sentences.txt");
    assert_eq!(
        sentence_texts(&a),
        [
            "Officials meet in Geneva",
            "Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5 to discuss the deal.",
            "Growth slowed to 1.5 per cent in the third quarter.",
            "The report was written by J. R. R. Tolkien's biographer.",
            "“We will not give in.”",
            "The minister then left the room.",
            "She said: \"It is over.\"",
            "Nobody answered.",
            "He paused…",
            "Then he spoke again.",
            "The crowd waited...",
            "It was quiet.",
        ]
    );
}

#[test]
fn headline_without_punctuation_is_its_own_sentence() {
    let a = seed("003");
    assert_eq!(a.sentence_text(0), "Dozens dead in unrest in Kazakhstan");
    assert_eq!(a.sentences[0].paragraph, 0);
    assert_eq!(a.sentences[1].paragraph, 1);
}

#[test]
fn crlf_offsets_match_the_file_after_the_bom() {
    let bytes = std::fs::read(fixture("crlf_bom.txt")).expect("fixture");
    let a = load_fixture("crlf_bom.txt");
    assert_eq!(a.text.as_bytes(), &bytes[3..]);
    assert_eq!(
        sentence_texts(&a),
        [
            "Harbour strike ends after two weeks",
            "Dock workers returned to work on Monday after a two-week strike over pay.",
            "The union said its members had accepted an offer of a 6.5 per cent rise.",
            "Shipping companies said it would take several days to clear the backlog of containers.",
        ]
    );
}

#[test]
fn wide_characters_split_at_ideographic_full_stop_and_keep_marks() {
    let a = load_fixture("wide_chars.txt");
    let texts = sentence_texts(&a);
    assert!(texts.contains(&"東京都内で大規模な停電が発生し、約二百万世帯が影響を受けた。"));
    assert!(texts.contains(&"Officials said power was restored to most homes by midnight 🎉."));
    assert!(texts.iter().any(|t| t.contains("Jose\u{301}")));
}

#[test]
fn html_keeps_paragraphs_and_drops_page_furniture() {
    let a = load_fixture("news_page.html");
    assert!(
        a.paragraphs.len() >= 4,
        "paragraphs: {}",
        a.paragraphs.len()
    );
    for furniture in [
        "cookies",
        "Privacy policy",
        "Storm warning",
        "All rights reserved",
        "Weather",
    ] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} left in the text"
        );
    }
    let farmers = (0..a.sentences.len())
        .find(|&i| a.sentence_text(i).starts_with("Local farmers"))
        .expect("farmers sentence");
    let volunteers = (0..a.sentences.len())
        .find(|&i| a.sentence_text(i).starts_with("Volunteers"))
        .expect("volunteers sentence");
    assert_ne!(
        a.sentences[farmers].paragraph,
        a.sentences[volunteers].paragraph
    );
}

#[test]
fn invalid_utf8_is_decoded_with_a_replacement_character() {
    let a = load_fixture("invalid_utf8.txt");
    assert!(
        sentence_texts(&a).contains(&"Prices rose sharply in the caf\u{fffd} sector this week.")
    );
}
