//! `crossread figures`: the JSON contract on the seeds, the table, and a missing path.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn crossread() -> Command {
    Command::cargo_bin("crossread").expect("binary")
}

fn seeds_json() -> (String, Value) {
    let out = crossread()
        .args(["figures", "--json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let raw = String::from_utf8(out.stdout).expect("UTF-8");
    let json = serde_json::from_str(&raw).expect("JSON");
    (raw, json)
}

#[test]
fn figures_json_follows_the_contract_on_the_seeds() {
    let (raw, json) = seeds_json();
    let list = crossread().args(["list", "--json"]).output().expect("runs");
    let articles: Value = serde_json::from_slice(&list.stdout).expect("list JSON");
    let figures = json["figures"].as_array().expect("figures");
    assert!(figures.len() > 30);
    for (i, f) in figures.iter().enumerate() {
        assert_eq!(f["id"].as_u64(), Some(i as u64));
        for field in [
            "article",
            "start",
            "end",
            "text",
            "value",
            "qualifier",
            "unit",
            "counts",
        ] {
            assert!(f.get(field).is_some(), "{field} missing");
        }
        let id = f["article"].as_str().expect("article id");
        let article = articles["articles"]
            .as_array()
            .and_then(|a| a.iter().find(|a| a["id"] == id))
            .expect("article exists");
        let path = article["path"].as_str().expect("path");
        let text =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
                .expect("seed file");
        let (s, e) = (
            f["start"].as_u64().unwrap_or(0) as usize,
            f["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(text.get(s..e), f["text"].as_str(), "text is the span");
    }
    // whole numbers print as integers, vague amounts as null
    assert!(raw.contains("\"value\": 164,"), "164 printed as an integer");
    assert!(!raw.contains("164.0"));
    let dozens = figures
        .iter()
        .find(|f| f["text"] == "Dozens")
        .expect("Dozens");
    assert!(dozens["value"].is_null());
}

#[test]
fn the_seeds_death_tolls_are_one_conflicting_comparison() {
    let (_, json) = seeds_json();
    let figures = json["figures"].as_array().expect("figures");
    let killed = json["comparisons"]
        .as_array()
        .expect("comparisons")
        .iter()
        .find(|c| c["counts"] == "killed" && c["unit"] == "people")
        .expect("a killed comparison");
    assert_eq!(killed["conflict"], true);
    let texts: Vec<&str> = killed["figures"]
        .as_array()
        .expect("ids")
        .iter()
        .filter_map(|id| figures[id.as_u64().unwrap_or(0) as usize]["text"].as_str())
        .collect();
    assert!(texts.contains(&"at least 164"));
    assert!(texts.contains(&"40"));
    assert!(texts.contains(&"Dozens"));
    assert!(
        !texts.contains(&"a minimum of 16"),
        "the 2011 toll is another event"
    );
}

#[test]
fn the_table_lists_conflicts_first() {
    let out = crossread().arg("figures").output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let first_conflict = text.find("CONFLICT").expect("a conflict");
    let first_agree = text.find("✓ agree").expect("an agreement");
    assert!(first_conflict < first_agree);
    assert!(text.contains("at least 164"));
    // who gives which value, in the conflict's row
    assert!(text.contains("2,000 (interior ministry)"), "{text}");
    // Each source named as the reader names it (outlet, else the title's first words), in a
    // column as wide as the longest name.
    assert!(
        text.contains("    The Organization for World Peace  40 died"),
        "{text}"
    );
    assert!(
        text.contains("    The Speaker                       dozens"),
        "{text}"
    );
    assert!(
        text.contains("    Dozens dead in unrest in…         "),
        "{text}"
    );
    assert!(
        !text.contains("003_a65856c8e52ad3f5"),
        "no file ids: {text}"
    );
}

#[test]
fn a_missing_path_fails_with_status_2() {
    crossread()
        .args(["figures", "--json", "no/such/folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/folder"));
}

#[test]
fn every_figure_says_who_gives_it_and_when_and_every_comparison_its_verdict() {
    let (_, json) = seeds_json();
    assert_eq!(json["version"].as_u64(), Some(1));
    for f in json["figures"].as_array().expect("figures") {
        let obj = f.as_object().expect("figure object");
        assert!(
            obj.contains_key("attribution") && obj.contains_key("as_of"),
            "{f}"
        );
        if let Some(date) = f["as_of"].as_str() {
            assert_eq!(date.len(), 10, "ISO date: {date}");
        }
    }
    let said = |text: &str| {
        json["figures"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|f| f["text"] == text)
            .map(|f| f["attribution"].clone())
    };
    assert_eq!(
        said("2,000")
            .and_then(|a| a.as_str().map(str::to_string))
            .as_deref(),
        Some("the interior ministry said")
    );
    for c in json["comparisons"].as_array().expect("comparisons") {
        let verdict = c["verdict"].as_str().expect("verdict");
        assert!(["agree", "disagree", "changed", "unclear"].contains(&verdict));
        let conflict = c["conflict"].as_bool().expect("conflict");
        assert_eq!(
            conflict,
            verdict == "disagree" || verdict == "changed",
            "{c}"
        );
    }
}

#[test]
fn the_table_tells_two_stories_of_one_outlet_apart_as_the_reader_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in [
        (
            "first.txt",
            "Storm kills 12 in port town | Wire Agency\n\nThe storm killed 12 people in the port town on Monday.\n",
        ),
        (
            "second.txt",
            "Port town mourns | Wire Agency\n\nThe storm killed 12 people in the port town on Monday.\n",
        ),
        (
            "third.txt",
            "Storm toll | Harbour Gazette\n\nThe storm killed 12 people in the port town on Monday.\n",
        ),
    ] {
        std::fs::write(dir.path().join(name), text).expect("written");
    }
    let out = crossread()
        .arg("figures")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("    Wire Agency · Storm kills 12 in port town  12")
            && text.contains("    Wire Agency · Port town mourns             12")
            && text.contains("    Harbour Gazette                            12"),
        "{text}"
    );
}

#[test]
fn a_figure_an_article_repeats_is_told_once_with_its_count() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "Flood kills 12\n\nThe flood killed 12 people on Monday. Officials said 12 people were killed.\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("b.txt"),
        "Flood kills 15\n\nThe flood killed 15 people on Monday, officials said.\n",
    )
    .expect("write");
    let out = crossread()
        .arg("figures")
        .arg(dir.path())
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("12 killed ×"), "{text}");
    assert!(!text.contains("12 killed · 12 killed"), "{text}");
}
