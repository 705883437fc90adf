//! `crossread list` and the command line's behaviour on bad input.

use assert_cmd::Command;
use predicates::str::contains;

fn crossread() -> Command {
    Command::cargo_bin("crossread").expect("binary")
}

#[test]
fn list_json_on_the_seeds_follows_the_contract() {
    let out = crossread().args(["list", "--json"]).output().expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["version"], 1, "the contract's version");
    let articles = v["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    let speaker = &articles[4];
    assert_eq!(speaker["id"], "004_d49d9c5f78f68bb1");
    assert_eq!(speaker["path"], "seeds/004_d49d9c5f78f68bb1.txt");
    assert_eq!(speaker["title"], "What is happening in Kazakhstan?");
    assert_eq!(speaker["outlet"], "The Speaker");
    assert_eq!(speaker["date"], "2023-11-29");
    assert_eq!(speaker["words"], 551);
    assert_eq!(articles[0]["outlet"], serde_json::Value::Null);
    let first = &speaker["sentences"][0];
    assert_eq!(
        (
            first["start"].as_u64(),
            first["end"].as_u64(),
            first["text"].as_str(),
            first["boilerplate"].as_bool()
        ),
        (Some(0), Some(11), Some("The Speaker"), Some(true))
    );
    for a in articles {
        let file = std::fs::read_to_string(a["path"].as_str().expect("path")).expect("seed file");
        for s in a["sentences"].as_array().expect("sentences") {
            let (start, end) = (
                s["start"].as_u64().expect("start") as usize,
                s["end"].as_u64().expect("end") as usize,
            );
            assert_eq!(&file[start..end], s["text"].as_str().expect("text"));
        }
    }
    assert_eq!(v["warnings"], serde_json::json!([]));
}

#[test]
fn a_missing_path_fails_with_status_2_naming_it() {
    crossread()
        .args(["list", "--json", "missing/article.txt"])
        .assert()
        .code(2)
        .stderr(contains("missing/article.txt"));
}

#[test]
fn binary_and_invalid_files_are_reported_without_failing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = dir.path().join("blob.txt");
    std::fs::write(&bin, [0u8, 159, 146, 150, 0, 1]).expect("write");
    let out = crossread()
        .args(["list", "--json"])
        .arg(&bin)
        .arg("tests/fixtures/invalid-utf8.txt")
        .arg("tests/fixtures/no-title.txt")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["articles"].as_array().expect("articles").len(), 2);
    let warnings = v["warnings"].to_string();
    assert!(
        warnings.contains("blob.txt: binary file") && warnings.contains("invalid-utf8.txt"),
        "{warnings}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("blob.txt") && stderr.contains("invalid UTF-8"),
        "{stderr}"
    );
    crossread()
        .args(["list"])
        .arg(&bin)
        .assert()
        .code(2)
        .stderr(contains("binary file"));
}

#[test]
fn help_version_and_unknown_flags() {
    crossread()
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("align"))
        .stdout(contains("figures"))
        .stdout(contains("export"));
    crossread()
        .arg("--version")
        .assert()
        .success()
        .stdout(contains(env!("CARGO_PKG_VERSION")));
    crossread()
        .arg("--no-such-flag")
        .assert()
        .code(2)
        .stderr(contains("unexpected argument"));
}

#[test]
fn without_a_terminal_the_reader_explains_what_to_use() {
    crossread()
        .assert()
        .code(2)
        .stderr(contains("needs a terminal"));
}
