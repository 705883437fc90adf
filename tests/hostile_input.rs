//! Hostile input: articles whose file names, titles, outlets and text carry terminal escape
//! sequences, C1 controls and bidi overrides, fed through every output crossread writes (CLI
//! text and JSON, stderr, the TUI screen); files that are not files, too big, or unreadable;
//! and input shaped to make the analysis slow.

use assert_cmd::Command;
use crossread::corpus;
use std::path::PathBuf;
use std::time::Duration;

const ESC: char = '\u{1b}';

#[path = "support/hostile.rs"]
mod hostile_files;
use hostile_files::{assert_clean, hostile_set};

fn crossread() -> Command {
    let mut cmd = Command::cargo_bin("crossread").expect("binary");
    cmd.env("CROSSREAD_CONFIG", "/nonexistent/crossread-config.toml");
    cmd
}

fn run(args: &[&str], paths: &[PathBuf]) -> (String, String) {
    let out = crossread().args(args).args(paths).output().expect("runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn no_escape_sequence_reaches_the_terminal_from_any_cli_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = hostile_set(dir.path());
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["align"],
        &["align", "--json"],
        &["figures"],
        &["figures", "--json"],
    ] {
        let (stdout, stderr) = run(args, &paths);
        assert!(
            !stdout.is_empty(),
            "{args:?} printed nothing; stderr: {stderr}"
        );
        assert_clean(&format!("{args:?} stdout"), &stdout);
        assert_clean(&format!("{args:?} stderr"), &stderr);
    }
}

#[test]
fn the_outlet_from_a_title_line_or_og_site_name_is_printed_without_its_sequence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = hostile_set(dir.path());
    let (stdout, _) = run(&["list"], &paths);
    assert!(
        stdout.contains("Evil[2JSite") || stdout.contains("EvilSite"),
        "{stdout}"
    );
    assert!(
        stdout.contains("esc.txt") || stdout.contains("esc "),
        "{stdout}"
    );
}

#[test]
fn json_strings_keep_c1_and_bidi_controls_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = hostile_set(dir.path());
    let (stdout, _) = run(&["list", "--json"], &paths);
    assert!(
        stdout.contains("\\u202e"),
        "the override is kept, escaped: {stdout}"
    );
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let text = doc["articles"][0]["sentences"].to_string();
    assert!(text.contains("\\u202e") || doc.to_string().contains('\u{202e}'));
}

#[test]
fn digits_inside_escape_sequences_are_not_figures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = hostile_set(dir.path());
    let (stdout, _) = run(&["figures", "--json"], &paths[..1]);
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let values: Vec<i64> = doc["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .filter_map(|f| f["value"].as_i64())
        .collect();
    assert!(values.contains(&164) && values.contains(&40), "{values:?}");
    for ghost in [10, 52, 8, 0, 2] {
        assert!(
            !values.contains(&ghost),
            "{ghost} from a sequence: {values:?}"
        );
    }
    let (listing, _) = run(&["list", "--json"], &paths[..1]);
    let doc: serde_json::Value = serde_json::from_str(&listing).expect("valid JSON");
    let sentences = doc["articles"][0]["sentences"].to_string();
    assert!(
        !sentences.contains("10;10H") && !sentences.contains("PWNED"),
        "{sentences}"
    );
}

#[test]
fn paths_in_errors_on_stderr_are_printed_without_their_sequences() {
    let (_, stderr) = run(
        &["list"],
        &[PathBuf::from(format!("nope{ESC}]0;PWNED\u{7}"))],
    );
    assert!(stderr.contains("nope"), "{stderr}");
    assert_clean("stderr", &stderr);
}

#[test]
fn a_fifo_and_a_device_are_skipped_saying_why_instead_of_blocking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("f.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "A story\n\nSome 12 people were hurt.\n").expect("write");
    let out = crossread()
        .args(["list"])
        .arg(&fifo)
        .arg("/dev/zero")
        .arg(&good)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("f.txt") && stderr.contains("named pipe"),
        "{stderr}"
    );
    assert!(
        stderr.contains("/dev/zero") && stderr.contains("character device"),
        "{stderr}"
    );
}

#[test]
fn a_file_past_the_size_cap_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "Some 12 people were hurt. ".repeat(80_000)).expect("write");
    let out = crossread()
        .env("CROSSREAD_MAX_FILE_MB", "1")
        .arg("list")
        .arg(&big)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("big.txt")
            && stderr.contains("more than the 1 MB")
            && stderr.contains("CROSSREAD_MAX_FILE_MB"),
        "{stderr}"
    );
}

#[test]
fn one_unreadable_file_in_a_folder_is_skipped_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.txt"),
        "A story\n\nSome 12 people were hurt.\n",
    )
    .expect("write");
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "Secret\n\nNothing.\n").expect("write");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&locked).is_ok() {
        // Root reads through chmod 000; a file whose every read fails is needed instead.
        std::fs::remove_file(&locked).expect("remove");
        std::os::unix::fs::symlink("/proc/self/mem", &locked).expect("symlink");
    }
    let c = corpus::load(&[dir.path().to_path_buf()]).expect("the folder still loads");
    assert_eq!(c.articles.len(), 1);
    assert!(
        c.warnings.iter().any(|w| w.contains("locked.txt")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn ten_thousand_nested_divs_load_with_their_text() {
    let page = format!(
        "<!doctype html><html><head><title>Deep</title></head><body>{}<p>Police said 164 people were killed.</p>{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    // Which reader such a page gets is tested in corpus::html; its speed in benches/hostile.rs.
    let mut c = corpus::Corpus::default();
    corpus::load::add_file(&mut c, "deep.html", page.as_bytes());
    assert_eq!(c.articles.len(), 1, "{:?}", c.warnings);
    assert!(
        c.articles[0].text.contains("164 people were killed"),
        "{}",
        c.articles[0].text
    );
}

#[test]
fn markdown_nested_a_hundred_thousand_deep_loads_with_its_text() {
    let quoted = format!(
        "{} Police said 164 people were killed.\n",
        ">".repeat(100_000)
    );
    let listed: String = (0..2_000)
        .map(|i| format!("{}- Rescuers found {i} survivors.\n", "  ".repeat(i)))
        .collect();
    let brackets = format!("{}164 dead{}\n", "[".repeat(100_000), "]".repeat(100_000));
    for (name, text) in [("q.md", quoted), ("l.md", listed), ("b.md", brackets)] {
        let mut c = corpus::Corpus::default();
        corpus::load::add_file(&mut c, name, text.as_bytes());
        assert_eq!(c.articles.len(), 1, "{name}: {:?}", c.warnings);
        assert!(
            c.articles[0].text.contains("164") || c.articles[0].text.contains("survivors"),
            "{name}"
        );
    }
}

#[test]
fn one_long_sentence_is_analysed_in_bounded_pieces_with_every_figure() {
    // No full stop in 190 KB: analysis works on pieces of bounded length, so every scan over a
    // sentence stays short (scaling is measured in benches/hostile.rs, not timed here).
    let unit = "officials said 164 people were killed and 2,011 others injured in 12 cities, ";
    let text = unit.repeat(2_400);
    let c = corpus::Corpus::from_texts(&[&text, "Police said 160 people were killed.\n"]);
    let a = &c.articles[0];
    assert!(a.sentences.len() >= text.len() / corpus::segment::MAX_SENTENCE_BYTES);
    assert!(
        a.sentences
            .iter()
            .all(|s| s.end - s.start <= corpus::segment::MAX_SENTENCE_BYTES)
    );
    let report = crossread::report::Report::build(&c, &mut |_| {});
    let found = report
        .figures
        .figures
        .iter()
        .filter(|f| f.article == 0 && f.amount.value == Some(2011.0))
        .count();
    assert!(found >= 2_300, "{found} of 2,400 injured counts found");
}

#[test]
fn a_config_with_conflicting_keys_is_refused_naming_both_actions_and_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[keys]\nnew_note = [\"q\"]\n").expect("write");
    let out = Command::cargo_bin("crossread")
        .expect("binary")
        .env("CROSSREAD_CONFIG", &config)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("new_note") && stderr.contains("quit") && stderr.contains("config.toml"),
        "{stderr}"
    );
}

mod fuzz {
    //! Random articles (words, numbers, punctuation, escape sequences, controls, bidi marks,
    //! HTML) through load → segment → align → figures → export: nothing panics, every span is
    //! a valid slice, and no control character reaches the text the analysis reads.
    use crossread::corpus::{self, Corpus};
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngSeed};

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("killed".to_string()),
            Just("people".to_string()),
            Just(". ".to_string()),
            Just(", ".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("\u{1b}[10;10H".to_string()),
            Just("\u{1b}]52;c;SEVMTE8=\u{7}".to_string()),
            Just("\u{1b}]0;T".to_string()),
            Just("\u{9b}2J".to_string()),
            Just("\u{202e}".to_string()),
            Just("<div>".to_string()),
            Just("&#27;".to_string()),
            Just("“".to_string()),
            Just("...".to_string()),
            // words the figure readers key on, and letters whose lowercase changes length
            Just("according to".to_string()),
            Just("said".to_string()),
            Just("İ".to_string()),
            Just("Ⱥ".to_string()),
            Just("ẞ".to_string()),
            Just("percent".to_string()),
            Just("million".to_string()),
            Just("dozens".to_string()),
            Just("March".to_string()),
            Just("$".to_string()),
            Just("%".to_string()),
            Just("-".to_string()),
            Just("(".to_string()),
            Just("of the".to_string()),
            "[0-9]{1,7}",
            "[A-Za-z]{1,9}",
            "\\PC{0,3}",
            any::<char>().prop_map(|c| c.to_string()),
        ]
    }

    fn article() -> impl Strategy<Value = String> {
        proptest::collection::vec(piece(), 0..80).prop_map(|p| p.join(" "))
    }

    proptest! {
        #![proptest_config(Config {
            cases: 48,
            rng_seed: RngSeed::Fixed(0x5eed_c0de),
            failure_persistence: None,
            ..Config::default()
        })]

        #[test]
        fn any_articles_go_through_the_whole_pipeline(texts in proptest::collection::vec(article(), 1..4), first_as in prop_oneof![Just("txt"), Just("html"), Just("md")]) {
            let mut corpus = Corpus::default();
            for (i, t) in texts.iter().enumerate() {
                let name = format!("a{i}.{}", if i == 0 { first_as } else { "txt" });
                corpus::load::add_file(&mut corpus, &name, t.as_bytes());
            }
            for a in &corpus.articles {
                let stray = a.text.chars().any(|ch| ch.is_control() && !matches!(ch, '\t' | '\n' | '\r' | '\u{c}'));
                prop_assert!(!stray, "a control character in {:?}", a.text);
                for s in &a.sentences {
                    prop_assert!(a.text.get(s.span()).is_some());
                    prop_assert!(s.end - s.start <= crossread::corpus::segment::MAX_SENTENCE_BYTES);
                }
            }
            let report = crossread::report::Report::build(&corpus, &mut |_| {});
            for f in &report.figures.figures {
                let a = &corpus.articles[f.article];
                prop_assert!(a.text.get(f.start..f.end).is_some());
            }
            let md = crossread::report::export_markdown(&corpus, &[], Some(&report));
            prop_assert!(!md.is_empty());
        }
    }
}
