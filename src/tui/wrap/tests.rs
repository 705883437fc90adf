//! Tests of the reader's layout: wrapping, marks, hidden boilerplate, parts.

use super::*;
use crossread::corpus::{Article, MetaHint};

fn article(text: &str) -> Article {
    Article::from_text("t".into(), "t.txt".into(), text.into(), MetaHint::default())
}

fn rendered(l: &Layout) -> Vec<String> {
    l.lines
        .iter()
        .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect())
        .collect()
}

#[test]
fn wraps_by_width_and_keeps_paragraphs() {
    let a = article("Title here\n\nOne two three four five six. Seven eight.\nNew line.");
    let l = layout(&a, 12, false, &[]);
    assert_eq!(
        rendered(&l),
        [
            "Title here",
            "",
            "One two",
            "three four",
            "five six.",
            "Seven eight.",
            "New line."
        ]
    );
    assert_eq!(l.sentence_lines[1], Some((2, 4)));
    assert_eq!(l.lines[5].starts, Some(2));
}

#[test]
fn each_sentence_starts_a_line_of_its_own_even_where_it_would_fit_behind_another() {
    // The gutter shows the marks of the sentence that starts a line: a sentence begun mid-line
    // would have its count read as the count of the one whose end shares its line.
    let a = article("Short one. Then another one, long enough to wrap here. End.");
    let l = layout(&a, 30, false, &[]);
    assert_eq!(
        rendered(&l),
        [
            "Short one.",
            "Then another one, long enough",
            "to wrap here.",
            "End."
        ]
    );
    let starts: Vec<_> = l.lines.iter().map(|l| l.starts).collect();
    assert_eq!(starts, [Some(0), Some(1), None, Some(2)]);
    // No piece of a line belongs to a sentence other than the one the line shows marks for.
    for line in &l.lines[..3] {
        let owner = line.starts.unwrap_or(1);
        assert!(line.pieces.iter().all(|p| p.sentence == owner), "{line:?}");
    }
}

#[test]
fn no_line_is_wider_than_the_width_with_wide_characters() {
    let a =
        article("抗议活动蔓延到全国各地的主要城市。🙂🙂🙂 e\u{301}te\u{301} and more words here.");
    for w in [8, 9, 10, 13] {
        let l = layout(&a, w, false, &[]);
        for line in &l.lines {
            let width: usize = line.pieces.iter().map(|p| p.text.width()).sum();
            assert!(width <= w, "line {line:?} wider than {w}");
        }
    }
}

#[test]
fn marks_split_pieces_and_artefacts_get_a_marker() {
    let a = article("On January XNUMX, 164 died.");
    let t = &a.text;
    let x = t.find("XNUMX").expect("present");
    let n = t.find("164").expect("present");
    let marks = [
        Mark {
            span: x..x + 5,
            kind: Kind::Artefact,
        },
        Mark {
            span: n..n + 3,
            kind: Kind::Figure { conflict: true },
        },
    ];
    let l = layout(&a, 80, false, &marks);
    assert_eq!(rendered(&l), ["On January XNUMX⁇, 164≠ died."]);
    let kinds: Vec<Kind> = l.lines[0].pieces.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Plain,
            Kind::Artefact,
            Kind::Plain,
            Kind::Figure { conflict: true },
            Kind::Plain
        ]
    );
}

#[test]
fn hidden_boilerplate_takes_no_lines() {
    let a = article("Title\n\nBody one. Body two.\n\nShare this:");
    let shown = layout(&a, 40, false, &[]);
    let hidden = layout(&a, 40, true, &[]);
    assert!(rendered(&shown).iter().any(|l| l.contains("Share this")));
    assert!(!rendered(&hidden).iter().any(|l| l.contains("Share this")));
}

#[test]
fn escape_sequences_never_reach_the_screen() {
    let a = article("Bad \u{1b}[31mred\u{1b}[0m text.");
    let l = layout(&a, 40, false, &[]);
    assert_eq!(rendered(&l), ["Bad red text."]);
}

#[test]
fn a_part_from_a_paragraph_start_wraps_like_the_whole_article() {
    let a = article("Title\n\nOne two three. Four five six.\n\nSeven eight nine. Ten eleven.");
    let whole = layout(&a, 12, false, &[]);
    let from = a
        .sentences
        .iter()
        .position(|s| a.text[s.span()].starts_with("Seven"))
        .expect("third paragraph");
    let (first, _) = whole.sentence_lines[from].expect("laid out");
    let part = layout_part(
        &a,
        12,
        false,
        &[],
        Part {
            from,
            max_lines: 100,
        },
    );
    assert_eq!(part.lines[..], whole.lines[first..]);
    assert_eq!(part.partial, Some(from..a.sentences.len()));
    assert_eq!(part.sentence_lines[0], None);
}

#[test]
fn a_part_of_one_endless_sentence_stops_after_its_lines() {
    let a = article(&"word ".repeat(100_000));
    let part = layout_part(
        &a,
        20,
        false,
        &[],
        Part {
            from: 0,
            max_lines: 30,
        },
    );
    assert!(part.lines.len() <= 31, "{} lines", part.lines.len());
    assert_eq!(part.partial, Some(0..1));
    assert_eq!(part.sentence_lines[0], Some((0, part.lines.len() - 1)));
}
