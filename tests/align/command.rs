//! `crossread align --json`: the contract's shape, independence from the order of the input
//! files, the strictness from the option or the config file, and clear errors.

use assert_cmd::Command;
use serde_json::Value;

/// No config file: a user's own (e.g. with another strictness) must not change what is tested.
const NO_CONFIG: &str = "tests/no-such-config.toml";

fn align(args: &[&str]) -> Value {
    align_with_config(NO_CONFIG, args)
}

fn align_with_config(config: &str, args: &[&str]) -> Value {
    let out = Command::cargo_bin("crossread")
        .expect("binary")
        .env("CROSSREAD_CONFIG", config)
        .args(["align", "--json"])
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Groups as sorted lists of (article, start, end), sorted: comparable across runs.
fn groups(v: &Value) -> Vec<Vec<(String, u64, u64)>> {
    let mut out: Vec<Vec<(String, u64, u64)>> = v["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| {
            let mut ps: Vec<(String, u64, u64)> = g["passages"]
                .as_array()
                .expect("passages")
                .iter()
                .map(|p| {
                    (
                        p["article"].as_str().expect("id").to_string(),
                        p["start"].as_u64().expect("start"),
                        p["end"].as_u64().expect("end"),
                    )
                })
                .collect();
            ps.sort();
            ps
        })
        .collect();
    out.sort();
    out
}

#[test]
fn align_json_follows_the_contract_on_the_seeds() {
    let v = align(&[]);
    assert_eq!(v["version"], 1, "the contract's version");
    assert_eq!(v["articles"].as_array().expect("articles").len(), 5);
    for a in v["articles"].as_array().expect("articles") {
        assert!(
            a["id"].is_string()
                && a["path"].is_string()
                && a["title"].is_string()
                && a["passages"].is_u64()
        );
    }
    let texts: std::collections::HashMap<String, String> = std::fs::read_dir("seeds")
        .expect("seeds")
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.path()
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read_to_string(e.path()).unwrap_or_default(),
            )
        })
        .collect();
    let gs = v["groups"].as_array().expect("groups");
    assert!(!gs.is_empty());
    for g in gs {
        assert!(g["score"].is_number());
        let ps = g["passages"].as_array().expect("passages");
        let articles: std::collections::HashSet<&str> = ps
            .iter()
            .map(|p| p["article"].as_str().expect("id"))
            .collect();
        assert!(articles.len() >= 2, "a group spans two articles");
        for p in ps {
            let text = &texts[p["article"].as_str().expect("id")];
            let (s, e) = (
                p["start"].as_u64().expect("s") as usize,
                p["end"].as_u64().expect("e") as usize,
            );
            assert_eq!(
                &text[s..e],
                p["text"].as_str().expect("text"),
                "text is the slice at start..end"
            );
        }
    }
}

fn files_of(folder: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .expect(folder)
        .filter_map(|e| e.ok())
        .map(|e| e.path().display().to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn the_same_files_in_any_order_give_the_same_groups() {
    for folder in [
        "seeds",
        "tests/sets/van-quake",
        "tests/sets/portugal-floods",
        "tests/sets/mine-blast",
        "tests/sets/pakistan-rate-hike-protests",
    ] {
        let files = files_of(folder);
        let forward: Vec<&str> = files.iter().map(String::as_str).collect();
        let expected = groups(&align(&forward));
        assert!(!expected.is_empty(), "{folder}: no groups at all");
        // Every rotation, and every rotation reversed.
        for turn in 0..forward.len() {
            let mut order = forward.clone();
            order.rotate_left(turn);
            assert_eq!(expected, groups(&align(&order)), "{folder}: {order:?}");
            order.reverse();
            assert_eq!(expected, groups(&align(&order)), "{folder}: {order:?}");
        }
    }
}

#[test]
fn a_missing_path_is_an_error_with_status_2() {
    Command::cargo_bin("crossread")
        .expect("binary")
        .args(["align", "--json", "nope/missing.txt"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("nope/missing.txt"));
}

/// Every pair of passages of two articles that some group holds.
fn grouped_pairs(v: &Value) -> std::collections::BTreeSet<((String, u64), (String, u64))> {
    let mut out = std::collections::BTreeSet::new();
    for g in groups(v) {
        for (i, a) in g.iter().enumerate() {
            for b in &g[i + 1..] {
                if a.0 != b.0 {
                    out.insert(((a.0.clone(), a.1), (b.0.clone(), b.1)));
                }
            }
        }
    }
    out
}

#[test]
fn a_stricter_setting_groups_fewer_pairs_and_only_pairs_a_looser_one_groups() {
    let lenient = grouped_pairs(&align(&["--strictness", "lenient"]));
    let balanced = grouped_pairs(&align(&[]));
    let strict = grouped_pairs(&align(&["--strictness", "strict"]));
    assert_eq!(
        balanced,
        grouped_pairs(&align(&["--strictness", "balanced"]))
    );
    assert!(strict.len() < balanced.len() && balanced.len() < lenient.len());
    assert!(
        strict.is_subset(&balanced),
        "{:?}",
        strict.difference(&balanced)
    );
    assert!(
        balanced.is_subset(&lenient),
        "{:?}",
        balanced.difference(&lenient)
    );
}

#[test]
fn the_config_files_strictness_holds_unless_the_option_says_otherwise() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[align]\nstrictness = \"strict\"\n").expect("config written");
    let config = config.to_str().expect("UTF-8 path");
    assert_eq!(
        groups(&align_with_config(config, &[])),
        groups(&align(&["--strictness", "strict"]))
    );
    assert_eq!(
        groups(&align_with_config(config, &["--strictness", "lenient"])),
        groups(&align(&["--strictness", "lenient"]))
    );
}

#[test]
fn the_text_names_each_passages_source_as_the_reader_does_in_an_even_column() {
    let out = Command::cargo_bin("crossread")
        .expect("binary")
        .env("CROSSREAD_CONFIG", NO_CONFIG)
        .arg("align")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let names = [
        "More than 160 dead and…",
        "The Organization for World Peace",
        "Kazakhstan protests…",
        "Dozens dead in unrest in…",
        "The Speaker",
    ];
    let passages: Vec<&str> = text.lines().filter(|l| l.starts_with("  ")).collect();
    assert!(passages.len() > 20, "{text}");
    // The passage's text starts two spaces after the longest name, on every line.
    let column = 2 + "The Organization for World Peace".chars().count() + 2;
    for line in passages {
        let name = names
            .iter()
            .find(|n| line[2..].starts_with(*n))
            .unwrap_or_else(|| panic!("no source name: {line}"));
        let chars: Vec<char> = line.chars().collect();
        let start = chars
            .iter()
            .skip(2 + name.chars().count())
            .position(|c| *c != ' ');
        assert_eq!(
            start.map(|s| s + 2 + name.chars().count()),
            Some(column),
            "{line}"
        );
    }
}

#[test]
fn a_broken_config_or_an_unknown_strictness_is_an_error_with_status_2() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[align]\nstrictness = \"sloppy\"\n").expect("config written");
    Command::cargo_bin("crossread")
        .expect("binary")
        .env("CROSSREAD_CONFIG", &config)
        .args(["align", "--json"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("config.toml"));
    Command::cargo_bin("crossread")
        .expect("binary")
        .env("CROSSREAD_CONFIG", NO_CONFIG)
        .args(["align", "--strictness", "sloppy"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("lenient, balanced, strict"));
}
