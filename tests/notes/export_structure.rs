//! Whatever the notes and articles hold, the Markdown export renders as exactly that text
//! (checked with a CommonMark parser): one heading per note, no stray code block, list or
//! raw HTML, and no terminal control sequence left in the file. Figure and group notes are
//! exported with what they are on.

use crossread::corpus::Corpus;
use crossread::notes::export::{self, CounterpartQuote, ExportInput};
use crossread::notes::{Anchor, GroupPassage, Note, Target};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const HOSTILE_BODY: &str = "~~~\n---\n===\n- not a list\n+ nor this\n1) nor this\n# no heading\n<img src=x onerror=alert(1)>\n`code` *stars* [link](http://x) &amp;\nbell\u{7} esc\u{1b}[2J\u{1b}]52;c;SEVMTE8=\u{7}end \u{202e}reversed\u{9b}31m";

fn corpus() -> Corpus {
    Corpus::from_texts(&[
        "<img src=x onerror=alert(1)> Flood | \u{1b}]0;PWNED\u{7}title\n\nThe river rose by three metres on Sunday. Ten homes were flooded.\n",
        "River floods town\n\nThe river rose by four metres, officials said. Twelve homes were flooded.\n",
    ])
}

fn note_on(c: &Corpus, article: usize, quote: &str, body: &str, target: Target) -> Note {
    let a = &c.articles[article];
    let at = a.text.find(quote).expect("quote");
    Note::new(
        body.into(),
        target,
        Anchor::from_span(a, at, at + quote.len()),
    )
}

/// A counterpart of article `id` as the report gives it, its text saying its probability.
fn quote(id: &str, source: &str, probability: f32, score: f32) -> CounterpartQuote {
    CounterpartQuote {
        article_id: id.into(),
        source: source.into(),
        text: format!("said with {probability}"),
        score,
        probability,
        differing_figures: vec![],
    }
}

fn events(md: &str) -> Vec<Event<'_>> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    Parser::new_ext(md, opts).collect()
}

fn markdown(c: &Corpus, notes: &[Note]) -> String {
    markdown_with(c, notes, &|_, _, _| Vec::new())
}

/// The Markdown export of `notes`, each passage's counterparts as `counterparts` gives them.
fn markdown_with(
    c: &Corpus,
    notes: &[Note],
    counterparts: &dyn Fn(usize, usize, usize) -> Vec<CounterpartQuote>,
) -> String {
    export::markdown(&ExportInput {
        corpus: c,
        notes,
        counterparts,
        conflicts: &[],
    })
}

#[test]
fn hostile_notes_and_titles_render_as_plain_text_in_the_markdown_export() {
    let c = corpus();
    let notes = vec![
        note_on(
            &c,
            0,
            "Ten homes were flooded.",
            HOSTILE_BODY,
            Target::Sentence,
        ),
        note_on(
            &c,
            1,
            "Twelve homes were flooded.",
            "- a second note",
            Target::Sentence,
        ),
    ];
    let md = markdown(&c, &notes);
    assert!(
        !md.chars().any(|ch| ch == '\u{1b}'
            || ('\u{80}'..='\u{9f}').contains(&ch)
            || ('\u{202a}'..='\u{202e}').contains(&ch)
            || (ch.is_control() && ch != '\n')),
        "no control characters in:\n{md}"
    );
    let ev = events(&md);
    let headings = ev
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H3,
                    ..
                })
            )
        })
        .count();
    assert_eq!(headings, notes.len(), "one heading per note:\n{md}");
    assert!(
        !ev.iter()
            .any(|e| matches!(e, Event::Start(Tag::CodeBlock(_)))),
        "{md}"
    );
    assert!(
        !ev.iter().any(|e| matches!(e, Event::Start(Tag::List(_)))),
        "{md}"
    );
    assert!(
        !ev.iter()
            .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_))),
        "{md}"
    );
    assert!(
        !ev.iter().any(|e| matches!(e, Event::Rule | Event::Code(_))),
        "{md}"
    );
    assert!(
        !ev.iter().any(|e| matches!(
            e,
            Event::Start(Tag::Link { .. } | Tag::Emphasis | Tag::Strikethrough)
        )),
        "{md}"
    );
    // The note's text, as a reader of the rendered page sees it, line by line.
    let mut text = String::new();
    for e in &ev {
        match e {
            Event::Text(t) => text.push_str(t),
            Event::HardBreak | Event::SoftBreak | Event::End(TagEnd::Paragraph) => text.push('\n'),
            _ => {}
        }
    }
    for line in [
        "~~~",
        "---",
        "===",
        "- not a list",
        "+ nor this",
        "1) nor this",
        "# no heading",
        "<img src=x onerror=alert(1)>",
        "`code` *stars* [link](http://x) &amp;",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "“{line}” shown as written:\n{text}"
        );
    }
    assert!(
        text.contains("<img src=x onerror=alert(1)> Flood"),
        "the title in the Sources table:\n{text}"
    );
}

#[test]
fn figure_and_group_notes_are_exported_with_their_targets() {
    let c = corpus();
    let (a, b) = (&c.articles[0], &c.articles[1]);
    let figure_at = a.text.find("three metres").expect("figure");
    let figure = Target::Figure {
        text: "three metres".into(),
        value: Some(3.0),
        quantity: "rose (m)".into(),
        article_id: a.id.clone(),
        start: figure_at,
        end: figure_at + "three metres".len(),
    };
    let sentence = |art: &crossread::corpus::Article, quote: &str| {
        let at = art.text.find(quote).expect("quote");
        Anchor::from_span(art, at, at + quote.len())
    };
    let group = Target::Group {
        passages: vec![
            GroupPassage {
                anchor: sentence(a, "The river rose by three metres on Sunday."),
                score: None,
                probability: None,
            },
            GroupPassage {
                anchor: sentence(b, "The river rose by four metres, officials said."),
                score: Some(0.7),
                probability: Some(0.4),
            },
            // Likelier to report the same fact, though less alike in wording: listed first.
            GroupPassage {
                anchor: sentence(b, "Twelve homes were flooded."),
                score: Some(0.3),
                probability: Some(0.9),
            },
        ],
    };
    let notes = vec![
        note_on(
            &c,
            0,
            "The river rose by three metres on Sunday.",
            "three or four?",
            figure,
        ),
        note_on(
            &c,
            0,
            "The river rose by three metres on Sunday.",
            "same fact",
            group,
        ),
    ];
    let md = markdown(&c, &notes);
    assert!(
        md.contains("figure “three metres”") && md.contains("rose (m)"),
        "{md}"
    );
    assert!(
        md.contains("The aligned passages in the other sources"),
        "{md}"
    );
    let likelier = md
        .find("(same fact p 0.90, wording similarity 0.30): “Twelve homes were flooded.”")
        .expect("the likelier passage with both numbers");
    let alike = md
        .find("(same fact p 0.40, wording similarity 0.70): “The river rose by four metres, officials said.”")
        .expect("the more alike passage with both numbers");
    assert!(likelier < alike, "likeliest first: {md}");
    let none = |_: usize, _: usize, _: usize| Vec::<CounterpartQuote>::new();
    let json = export::web_annotation(&ExportInput {
        corpus: &c,
        notes: &notes,
        counterparts: &none,
        conflicts: &[],
    });
    let items = json["first"]["items"].as_array().expect("items");
    let figure_target = &items
        .iter()
        .find(|i| i["body"][0]["value"] == "three or four?")
        .expect("figure note")["target"];
    assert_eq!(
        figure_target["selector"][0]["refinedBy"]["exact"],
        "three metres"
    );
    let group_target = &items
        .iter()
        .find(|i| i["body"][0]["value"] == "same fact")
        .expect("group note")["target"];
    let passages = group_target.as_array().expect("one target per passage");
    assert_eq!(passages.len(), 3);
    assert_eq!(passages[1]["source"], b.path.as_str());
    assert_eq!(
        passages[1]["selector"][0]["exact"],
        "The river rose by four metres, officials said."
    );
}

#[test]
fn the_briefing_labels_ranges_names_sources_and_ranks_counterparts() {
    let c = corpus();
    let a = &c.articles[1];
    let (first, last) = (&a.sentences[1], &a.sentences[2]);
    let range = Note::new(
        "two sentences".into(),
        Target::Range,
        Anchor::from_span(a, first.start, last.end),
    );
    let counterparts = |_: usize, _: usize, _: usize| {
        // The likelier one is the less alike in wording: ranked by probability all the same.
        vec![
            quote("a0", "a0", 0.31, 0.9),
            quote("nowhere", "nowhere", 0.74, 0.2),
        ]
    };
    let md = markdown_with(&c, &[range], &counterparts);
    let total = a.sentences.len();
    assert!(md.contains(&format!("sentences 2–3 of {total}")), "{md}");
    assert!(
        md.contains("### 1. River floods town, sentences"),
        "the source by its title:\n{md}"
    );
    let best = md.find("said with 0.74").expect("best counterpart");
    let second = md.find("said with 0.31").expect("second counterpart");
    assert!(best < second, "the likeliest first:\n{md}");
    assert!(
        md.contains("(same fact p 0.74, wording similarity 0.20)"),
        "{md}"
    );
    assert!(
        md.contains("**\\<img src=x onerror=alert(1)\\> Flood"),
        "a0 by its title:\n{md}"
    );
}

#[test]
fn the_export_counts_one_note_in_the_singular() {
    let c = corpus();
    let one = [note_on(
        &c,
        1,
        "Twelve homes were flooded.",
        "check the count",
        Target::Sentence,
    )];
    assert!(markdown(&c, &one).contains("\n1 note on 2 sources.\n"));
    assert!(markdown(&c, &[]).contains("\n0 notes on 2 sources.\n"));
}

#[test]
fn two_stories_of_one_outlet_are_cited_each_by_its_own_name() {
    let c = Corpus::from_texts(&[
        "Storm kills 12 in port town | Wire Agency\n\nThe storm killed 12 people in the port town.\n",
        "Port town mourns | Wire Agency\n\nThe storm killed twelve people in the port town.\n",
        "Storm toll | Harbour Gazette\n\nThe storm killed 12 people, police said.\n",
    ]);
    let note = note_on(
        &c,
        0,
        "The storm killed 12 people in the port town.",
        "all agree",
        Target::Sentence,
    );
    let counterparts = |_: usize, _: usize, _: usize| {
        vec![
            quote("a1", "Wire Agency", 0.8, 0.8),
            quote("a2", "Wire Agency", 0.6, 0.6),
        ]
    };
    let md = markdown_with(&c, &[note], &counterparts);
    assert!(
        md.contains("### 1. Wire Agency · Storm kills 12 in port town, sentence"),
        "{md}"
    );
    assert!(
        md.contains(
            "**Wire Agency · Port town mourns** (same fact p 0.80, wording similarity 0.80)"
        ),
        "{md}"
    );
    // A source no other shares keeps its plain name.
    assert!(
        md.contains("**Harbour Gazette** (same fact p 0.60, wording similarity 0.60)"),
        "{md}"
    );
}
