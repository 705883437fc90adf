//! `crossread align --json`: the contract's shape, independence from the order of the input
//! files, and a clear error for a missing path.

use assert_cmd::Command;
use serde_json::Value;

fn align(args: &[&str]) -> Value {
    let out = Command::cargo_bin("crossread")
        .expect("binary")
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
