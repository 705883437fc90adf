//! The report: built once, and every face prints from it — the `report`, `align` and
//! `figures` documents, the figures table and the Markdown export agree because they read the
//! same quantities.

use assert_cmd::Command;
use crossread::corpus::{Corpus, load::add_file};
use crossread::notes::{Anchor, Note, Target};
use crossread::report::{self, Report};
use serde_json::Value;

use super::sentences::find;

fn json(args: &[&str]) -> Value {
    let out = Command::cargo_bin("crossread")
        .expect("binary")
        .args(args)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{args:?}");
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn corpus(texts: &[&str]) -> Corpus {
    let mut c = Corpus::default();
    for (i, t) in texts.iter().enumerate() {
        add_file(&mut c, &format!("{i:03}.txt"), t.as_bytes());
    }
    c
}

#[test]
fn the_report_document_holds_what_align_and_figures_print() {
    let whole = json(&["report", "--json"]);
    let align = json(&["align", "--json"]);
    let figures = json(&["figures", "--json"]);
    assert_eq!(whole["version"], 1);
    assert_eq!(whole["groups"], align["groups"]);
    assert_eq!(whole["articles"], align["articles"]);
    assert_eq!(whole["figures"], figures["figures"]);
    assert_eq!(whole["comparisons"], figures["comparisons"]);
    // every compared quantity is laid out, with a label and the values of its figures
    let quantities = whole["quantities"].as_array().expect("quantities");
    let compared = quantities
        .iter()
        .filter(|q| !q["verdict"].is_null())
        .count();
    assert_eq!(
        compared,
        figures["comparisons"].as_array().expect("list").len()
    );
    for q in quantities {
        assert!(!q["label"].as_str().unwrap_or("").is_empty(), "{q}");
        let cells = q["cells"].as_array().expect("cells");
        let values = q["values"].as_array().expect("values");
        assert_eq!(cells.len(), values.len());
        // [[article, [ids…]], …] and [[article, [values…]], …]: the same articles, the
        // same figures
        for (cell, shown) in cells.iter().zip(values) {
            assert_eq!(cell[0], shown[0], "{q}");
            let ids: Vec<&Value> = shown[1]
                .as_array()
                .expect("values of a source")
                .iter()
                .map(|v| &v["id"])
                .collect();
            let cell: Vec<&Value> = cell[1].as_array().expect("cell").iter().collect();
            assert_eq!(ids, cell, "{q}");
        }
    }
}

#[test]
fn a_conflict_reads_the_same_in_the_report_the_table_and_the_export() {
    let c = corpus(&[
        "Clashes in the capital.\n\nAt least 164 people were killed in the clashes, officials said on Monday.",
        "Clashes in the capital.\n\nForty people were killed in the clashes, the ministry said.",
    ]);
    let report = Report::build(&c, &mut |_| {});
    let conflict = report
        .quantities
        .iter()
        .find(|q| q.row.conflict)
        .expect("the tolls disagree");
    // no name in this label: the shown label is the quantity's own
    assert_eq!(conflict.label, conflict.row.quantity.label());
    assert!(
        conflict.timeline.contains("at least 164"),
        "{}",
        conflict.timeline
    );
    // the export quotes the report's own words for the conflict
    let a = &c.articles[0];
    let s = a.sentences.last().expect("sentence");
    let note = Note::new(
        "toll".into(),
        Target::Sentence,
        Anchor::from_span(a, s.start, s.end),
    );
    let md = report::export_markdown(&c, &[note], Some(&report));
    assert!(md.contains(&conflict.label), "{md}");
    assert!(md.contains(&conflict.timeline), "{md}");
    assert!(md.contains(conflict.verdict_label()), "{md}");
}

#[test]
fn a_label_writes_the_names_its_sentences_capitalise() {
    // The places split the toll; they are grouped in lowercase but shown as the articles write
    // them, while "people" and "killed" stay lowercase.
    let c = corpus(&[
        "Quake strikes the border region.\n\nAt least 1,500 people were killed in Turkey, officials said, while 810 people were killed in Syria.",
        "Quake strikes the border region.\n\nOfficials said 1,651 people had been killed in Turkey. At least 968 people died in Syria, the ministry said.",
    ]);
    let report = Report::build(&c, &mut |_| {});
    let labels: Vec<&str> = report.quantities.iter().map(|q| q.label.as_str()).collect();
    assert!(labels.contains(&"killed (people) [in Syria]"), "{labels:?}");
    assert!(
        labels.contains(&"killed (people) [in Turkey]"),
        "{labels:?}"
    );
}

#[test]
fn a_cell_shows_each_value_once_the_most_precise_first() {
    let c = corpus(&[
        "Clashes in the capital.\n\nDozens were killed, and later officials said 160 were killed; in all 164 people were killed.",
        "Clashes in the capital.\n\nForty people were killed in the clashes.",
    ]);
    let report = Report::build(&c, &mut |_| {});
    let q = report
        .quantities
        .iter()
        .find(|q| q.values.get(0).len() >= 3)
        .expect("three values from the first source");
    assert_eq!(q.distinct_values(0)[..2], ["164", "160"]);
}

#[test]
fn the_report_summary_is_markdown_with_each_articles_corroboration_and_the_conflicts() {
    let out = Command::cargo_bin("crossread")
        .expect("binary")
        .arg("report")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let whole = json(&["report", "--json"]);
    let articles = whole["articles"].as_array().expect("articles").len();
    assert!(
        text.starts_with(&format!("# {articles} articles")),
        "{text}"
    );
    // one table row per article, with its share
    let rows = text
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("% |"));
    assert_eq!(rows.count(), articles, "{text}");
    // every conflict of the report, with its label
    let conflicts: Vec<&Value> = whole["quantities"]
        .as_array()
        .expect("quantities")
        .iter()
        .filter(|q| q["conflict"] == true)
        .collect();
    assert!(!conflicts.is_empty());
    assert!(text.contains(&format!("## {} figures in conflict", conflicts.len())));
    for q in conflicts {
        let label = q["label"].as_str().expect("label");
        assert!(text.contains(&format!("**{label}**")), "{label}: {text}");
    }
}

#[test]
fn the_report_of_a_missing_path_is_an_error_naming_it() {
    let out = Command::cargo_bin("crossread")
        .expect("binary")
        .args(["report", "--json", "no/such/folder"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/folder"));
}

#[test]
fn a_vague_measure_shows_its_unit_once() {
    let f = find(
        "The storm may bring rainfall rates of several inches per hour.",
        "several inches",
    );
    assert_eq!(crossread::figures::format_value(&f), "several inches");
    let f = find("The storm left 11 inches of snow.", "11 inches");
    assert_eq!(crossread::figures::format_value(&f), "11 inches");
}

#[test]
fn the_reports_corroboration_follows_the_strictness() {
    let facts = |strictness: &str| -> usize {
        let v = json(&["report", "--json", "--strictness", strictness]);
        v["groups"].as_array().expect("groups").len()
    };
    let summary = |strictness: &str| -> String {
        let out = Command::cargo_bin("crossread")
            .expect("binary")
            .args(["report", "--strictness", strictness])
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let (strict, lenient) = (facts("strict"), facts("lenient"));
    assert!(strict < lenient, "strict {strict}, lenient {lenient}");
    assert!(summary("strict").contains(&format!("{strict} facts reported by more than one")));
    assert!(summary("lenient").contains(&format!("{lenient} facts reported by more than one")));
}
