//! Loading, metadata, boilerplate and segmentation on the seeds and on articles of other
//! shapes (HTML page, no title, CRLF + BOM, wide characters, bad bytes, escapes).

use crossread::corpus::{self, Article, Corpus};
use std::path::PathBuf;

fn load(paths: &[&str]) -> Corpus {
    corpus::load(&paths.iter().map(PathBuf::from).collect::<Vec<_>>()).expect("loads")
}

fn one(path: &str) -> Article {
    load(&[path]).articles.remove(0)
}

fn texts(a: &Article) -> Vec<&str> {
    (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect()
}

/// Spans are valid, trimmed, ordered, within one line and one paragraph.
fn assert_segmentation_invariants(a: &Article) {
    let mut last_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        assert!(
            s.start < s.end && s.start >= last_end,
            "{}: sentence {i} out of order",
            a.id
        );
        assert!(a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end));
        let t = &a.text[s.span()];
        assert_eq!(t, t.trim(), "{}: sentence {i} is trimmed", a.id);
        assert!(
            !t.contains('\n'),
            "{}: sentence {i} stays within one line: {t:?}",
            a.id
        );
        let p = &a.paragraphs[s.paragraph];
        assert!(
            p.start <= s.start && s.end <= p.end,
            "{}: sentence {i} inside its paragraph",
            a.id
        );
        last_end = s.end;
    }
}

#[test]
fn seeds_have_their_titles_outlets_and_dates() {
    let c = corpus::load_seeds();
    let meta: Vec<(&str, Option<&str>, Option<&str>)> = c
        .articles
        .iter()
        .map(|a| (a.title.as_str(), a.outlet.as_deref(), a.date.as_deref()))
        .collect();
    assert_eq!(
        meta[0],
        (
            "More than 160 dead and thousands arrested after violent protests in Kazakhstan",
            None,
            None
        )
    );
    assert_eq!(
        meta[1],
        (
            "Kazakhstan’s Growing Protests",
            Some("The Organization for World Peace"),
            None
        )
    );
    assert_eq!(
        meta[2],
        (
            "Kazakhstan protests: president threatens ruthless crackdown",
            None,
            None
        )
    );
    assert_eq!(meta[3], ("Dozens dead in unrest in Kazakhstan", None, None));
    assert_eq!(
        meta[4],
        (
            "What is happening in Kazakhstan?",
            Some("The Speaker"),
            Some("2023-11-29")
        )
    );
    for a in &c.articles {
        assert_segmentation_invariants(a);
    }
}

#[test]
fn web_page_leftovers_in_the_seeds_are_boilerplate_and_prose_is_not() {
    let c = corpus::load_seeds();
    let marked = |a: &Article, needle: &str| {
        a.sentences
            .iter()
            .find(|s| a.text[s.span()].contains(needle))
            .map(|s| s.boilerplate)
    };
    for (article, needle) in [
        (0, "Share this:"),
        (0, "Photo: Ezetok."),
        (1, "About Author"),
        (1, "Comments are closed."),
        (2, "Related Articles"),
        (2, "Leave a Reply"),
        (2, "Back to top button"),
        (3, "Check Also"),
        (3, "Kingdom Hunter Launches"),
        (4, "Skip to content"),
    ] {
        assert_eq!(
            marked(&c.articles[article], needle),
            Some(true),
            "{needle} in article {article}"
        );
    }
    for (article, needle) in [
        (0, "at least 164 people"),
        // Credited photo captions are prose: they state the event's facts.
        (2, "Smoke rises from the town corridor"),
        (3, "Smoke rises from City Hall"),
        (1, "4,404 people"),
        (3, "Twelve police officers"),
        (4, "Dozens have been"),
    ] {
        assert_eq!(
            marked(&c.articles[article], needle),
            Some(false),
            "{needle} is prose"
        );
    }
    let a = &c.articles[0];
    assert!(
        a.artefacts.iter().any(|r| &a.text[r.clone()] == "XNUMX"),
        "January XNUMX is marked"
    );
}

#[test]
fn an_html_page_yields_its_main_text_outlet_and_date() {
    let a = one("tests/fixtures/valley-flood.html");
    assert_eq!(a.title, "Storm floods the valley, 1,200 leave their homes");
    assert_eq!(a.outlet.as_deref(), Some("Valley Times"));
    assert_eq!(a.date.as_deref(), Some("2024-03-02"));
    let all = texts(&a).join(" ");
    assert!(all.contains("forcing about 1,200 people from their homes"));
    assert!(
        !all.contains("Accept all")
            && !all.contains("Subscribe now")
            && !all.contains("Drought warning"),
        "{all}"
    );
    assert!(a.paragraphs.len() >= 4, "paragraphs kept");
    assert_segmentation_invariants(&a);
}

#[test]
fn text_without_a_title_line_gets_a_shortened_first_sentence() {
    let a = one("tests/fixtures/no-title.txt");
    assert_eq!(
        a.title,
        "Heavy rain flooded the northern districts of the city on…"
    );
    assert_eq!(a.title_sentence, None);
}

#[test]
fn crlf_and_a_bom_keep_offsets_into_the_decoded_text() {
    let a = one("tests/fixtures/crlf-bom.txt");
    assert!(!a.text.starts_with('\u{feff}'));
    assert!(a.text.contains("\r\n"), "line endings are kept");
    assert_eq!(
        (a.title.as_str(), a.outlet.as_deref()),
        ("Ferry strike ends after nine days", Some("Harbour Post"))
    );
    assert_eq!(
        texts(&a)[2..],
        [
            "The union said Mr. Ortega, its leader, had won a 6% pay rise.",
            "Ferries will run again on Sunday."
        ]
    );
    assert_segmentation_invariants(&a);
}

#[test]
fn wide_characters_segment_and_caseless_outlets_are_found() {
    let a = one("tests/fixtures/wide-chars.md");
    assert_eq!(a.outlet.as_deref(), Some("東京新聞"));
    assert!(texts(&a).contains(&"東京都心で記録的な大雨が降り、約12万人に避難指示が出された。"));
    assert_segmentation_invariants(&a);
}

#[test]
fn bad_bytes_escapes_empty_and_duplicate_files() {
    let c = load(&[
        "tests/fixtures/invalid-utf8.txt",
        "tests/fixtures/empty.txt",
        "tests/fixtures/whitespace.txt",
        "tests/fixtures/escapes.txt",
        "./tests/fixtures/escapes.txt",
    ]);
    assert_eq!(
        c.articles.len(),
        2,
        "empty files skipped, the duplicate opened once"
    );
    assert!(
        c.warnings
            .iter()
            .any(|w| w.contains("invalid-utf8.txt") && w.contains("invalid UTF-8"))
    );
    assert!(
        c.warnings
            .iter()
            .any(|w| w.contains("empty.txt") && w.contains("empty file"))
    );
    assert!(c.articles[0].text.contains('\u{FFFD}'));
    let escapes = &c.articles[1];
    let shown: String = texts(escapes)
        .iter()
        .map(|t| corpus::sanitize::for_display(t).into_owned())
        .collect();
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
        "{shown:?}"
    );
}

#[test]
fn a_folder_lists_its_articles_sorted_and_ids_stay_unique() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, body) in [
        ("b.txt", "Second\n\nText b."),
        ("a.md", "First\n\nText a."),
        (
            "c.html",
            "<html><body><article><h1>Third</h1><p>Text c is here and long enough to be an article body for the extractor to keep.</p></article></body></html>",
        ),
        ("notes.pdf", "ignored"),
    ] {
        std::fs::write(dir.path().join(name), body).expect("write");
    }
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    std::fs::write(
        dir.path().join("sub").join("a.md"),
        "Same name\n\nOther text.",
    )
    .expect("write");
    let c = corpus::load(&[
        dir.path().to_path_buf(),
        dir.path().join("sub").join("a.md"),
    ])
    .expect("loads");
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "a-2"]);
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let err = corpus::load(&[PathBuf::from("no/such/file.txt")]).expect_err("missing");
    assert!(err.to_string().contains("no/such/file.txt"), "{err}");
}

#[test]
fn a_binary_file_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = dir.path().join("image.txt");
    std::fs::write(&bin, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1, 2]).expect("write");
    let c = corpus::load(&[bin.clone(), PathBuf::from("tests/fixtures/no-title.txt")])
        .expect("loads the good one");
    assert_eq!(c.articles.len(), 1);
    assert!(
        c.warnings
            .iter()
            .any(|w| w.contains("image.txt") && w.contains("binary"))
    );
    assert!(
        corpus::load(&[bin]).is_err(),
        "only a binary file: an error"
    );
}

#[test]
fn screens_name_a_source_by_outlet_else_by_the_start_of_its_title() {
    let c = corpus::load_seeds();
    let label = |prefix: &str| {
        c.articles
            .iter()
            .find(|a| a.id.starts_with(prefix))
            .map(Article::short_label)
            .expect("seed article")
    };
    assert_eq!(label("004"), "The Speaker");
    assert_eq!(label("003"), "Dozens dead in unrest in…");
    assert!(label("000").chars().count() <= 29, "{}", label("000"));
    let untitled = Corpus::from_texts(&[""]);
    assert_eq!(untitled.articles[0].short_label(), "a0");
}

/// Three stories, two of them from one agency: their screen names must tell them apart.
const TWO_WIRES: [&str; 3] = [
    "Storm closes the port | Wire Agency\n\nThe port closed on Monday as the storm came in.\n",
    "Ferries stay in harbour | Harbour Gazette\n\nNo ferry left the harbour on Monday.\n",
    "Fishermen count their losses after the storm | Wire Agency\n\nBoats were lost.\n",
];

#[test]
fn two_articles_of_one_outlet_get_screen_names_that_tell_them_apart() {
    let c = Corpus::from_texts(&TWO_WIRES);
    assert_eq!(c.articles[0].short_label(), c.articles[2].short_label());
    let labels = c.screen_labels();
    assert_eq!(
        labels[1], "Harbour Gazette",
        "a name no other shares stays as it was"
    );
    assert_eq!(labels[0], "Wire Agency · Storm closes the port");
    assert!(
        labels[2].starts_with("Wire Agency · Fishermen count their")
            && labels[2].ends_with('…')
            && labels[2].chars().count() <= "Wire Agency · ".chars().count() + 29,
        "{labels:?}"
    );
}

#[test]
fn articles_alike_in_outlet_and_title_are_numbered_by_id_whatever_the_order() {
    let same = "Storm closes the port | Wire Agency\n\nThe port closed.\n";
    let forward = Corpus::from_texts(&[same, TWO_WIRES[1], same]);
    let labels = forward.screen_labels();
    assert_eq!(labels[0], "Wire Agency · Storm closes the port (1)");
    assert_eq!(labels[2], "Wire Agency · Storm closes the port (2)");
    assert_eq!(labels[1], "Harbour Gazette");
    // Given the other way round, each article keeps its name: numbers follow the ids.
    let mut backward = forward.clone();
    backward.articles.reverse();
    let mut names: Vec<(String, String)> = backward
        .articles
        .iter()
        .map(|a| a.id.clone())
        .zip(backward.screen_labels())
        .collect();
    names.sort();
    let mut expected: Vec<(String, String)> = forward
        .articles
        .iter()
        .map(|a| a.id.clone())
        .zip(labels)
        .collect();
    expected.sort();
    assert_eq!(names, expected);
    // Untitled articles without an outlet keep their ids, which are unique already.
    let untitled = Corpus::from_texts(&["", ""]);
    assert_eq!(untitled.screen_labels(), ["a0", "a1"]);
}
