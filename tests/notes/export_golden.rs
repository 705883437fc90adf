//! The export's exact output for fixed notes, compared with golden files. Set
//! `UPDATE_GOLDEN=1` to rewrite them after an intended change (and review the diff).

use crossread::corpus;
use crossread::notes::export::{self, CounterpartQuote, ExportInput, FigureConflictRow};
use crossread::notes::{Anchor, Note, Target};

fn fixed_notes(c: &corpus::Corpus) -> Vec<Note> {
    let on = |article: usize, needle: &str, body: &str, id: &str| {
        let a = &c.articles[article];
        let at = a.text.find(needle).expect("needle in seed");
        let s = &a.sentences[a.sentence_at(at).expect("sentence")];
        let mut n = Note::new(
            body.into(),
            Target::Sentence,
            Anchor::from_span(a, s.start, s.end),
        );
        n.id = id.into();
        n.created = "2026-11-22T10:00:00Z".into();
        n.modified = "2026-11-22T10:05:00Z".into();
        n
    };
    let mut orphan = on(
        0,
        "at least 164 people",
        "Toll from the authorities #deaths",
        "n3",
    );
    orphan.anchor.exact = "a sentence that is no longer there".into();
    orphan.anchor.content_hash = "changed".into();
    vec![
        on(
            3,
            "Twelve police officers",
            "Police toll matches The Speaker | see #police\nSecond line with *stars*",
            "n1",
        ),
        on(
            1,
            "4,404 people",
            "Detentions: 4,404 vs 2,000 #arrests #to-check",
            "n2",
        ),
        orphan,
    ]
}

fn check(name: &str, actual: &str) {
    let path = format!("tests/golden/{name}");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{path} missing: run with UPDATE_GOLDEN=1"));
    assert_eq!(actual, expected, "{path} differs");
}

#[test]
fn markdown_and_web_annotation_match_the_golden_files() {
    let c = corpus::load_seeds();
    let notes = fixed_notes(&c);
    let counterparts = |article: usize, _start: usize, _end: usize| {
        if article == 3 {
            vec![CounterpartQuote { article_id: "004_d49d9c5f78f68bb1".into(), source: "The Speaker".into(), text: "Authorities … say that 353 police … had been injured, and 12 killed on Thursday.".into(), score: 0.62, probability: 0.97, differing_figures: vec![] }]
        } else {
            vec![CounterpartQuote {
                article_id: "003_a65856c8e52ad3f5".into(),
                source: "003_a65856c8e52ad3f5".into(),
                text: "So far, 2,000 people have been arrested, the interior ministry said.".into(),
                score: 0.18,
                probability: 0.55,
                differing_figures: vec!["2,000 arrested".into()],
            }]
        }
    };
    let conflicts = [FigureConflictRow {
        quantity: "killed (people)".into(),
        verdict: "changed over time".into(),
        timeline: "40 (interior ministry, 8 Jan) → at least 164 (authorities, 10 Jan)".into(),
    }];
    let input = ExportInput {
        corpus: &c,
        notes: &notes,
        counterparts: &counterparts,
        conflicts: &conflicts,
    };
    check("export.md", &export::markdown(&input));
    check(
        "export.jsonld",
        &format!(
            "{}\n",
            serde_json::to_string_pretty(&export::web_annotation(&input)).expect("json")
        ),
    );
}
