//! `crossread export` and the Markdown it writes: valid CommonMark with a sources table,
//! quotes as blockquotes, tags and the figures that disagree.

use assert_cmd::Command;
use crossread::corpus;
use crossread::notes::{Anchor, Note, NoteStore, Target};
use pulldown_cmark::{Event, Parser, Tag};

fn notebook_with_a_note(dir: &std::path::Path) -> std::path::PathBuf {
    let c = corpus::load_seeds();
    let a = &c.articles[1];
    let at = a.text.find("4,404 people").expect("present");
    let s = a.sentence_at(at).expect("sentence");
    let anchor = Anchor::from_span(a, a.sentences[s].start, a.sentences[s].end);
    let path = dir.join("notes.json");
    let (mut store, _) = NoteStore::open(&path).expect("opens");
    store
        .add(Note::new(
            "Detentions differ | check\nsecond line #detentions".into(),
            Target::Sentence,
            anchor,
        ))
        .expect("saved");
    path
}

fn export(dir: &std::path::Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("crossread")
        .expect("binary")
        .current_dir(dir)
        .env("CROSSREAD_DATA_DIR", dir.join("data"))
        .args(["export"])
        .args(args)
        .assert()
}

#[test]
fn markdown_export_is_commonmark_with_quote_sources_tags_and_conflicts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nb = notebook_with_a_note(dir.path());
    export(dir.path(), &["--notes", nb.to_str().expect("utf8")]).success();
    let md = std::fs::read_to_string(dir.path().join("crossread-notes.md")).expect("written");
    assert!(md.contains("4,404 people have been detained"), "{md}");
    assert!(md.contains("`#detentions`"));
    assert!(md.contains("## Figures that disagree"));
    assert!(
        md.contains("164"),
        "the death toll conflict is listed:\n{md}"
    );
    let opts = pulldown_cmark::Options::ENABLE_TABLES;
    let events: Vec<Event> = Parser::new_ext(&md, opts).collect();
    let tables = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Table(_))))
        .count();
    let quotes = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::BlockQuote(_))))
        .count();
    assert_eq!(tables, 2, "sources and figures tables");
    assert_eq!(quotes, 1, "the note's quote");
}

#[test]
fn a_conflict_row_says_why_the_values_differ_and_who_gives_each_in_time_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nb = notebook_with_a_note(dir.path());
    export(dir.path(), &["--notes", nb.to_str().expect("utf8")]).success();
    let md = std::fs::read_to_string(dir.path().join("crossread-notes.md")).expect("written");
    let row = md
        .lines()
        .find(|l| l.starts_with("| killed (people) |"))
        .unwrap_or_else(|| panic!("a row for the death toll:\n{md}"));
    assert!(
        row.contains("| disagree |") || row.contains("| changed over time |"),
        "the verdict is named: {row}"
    );
    // each value with who gives it: the interior ministry's 40, the authorities' 164
    assert!(row.contains("40 (Ministry of"), "{row}");
    assert!(row.contains("164 (country's authorities)"), "{row}");
}

#[test]
fn export_never_overwrites_without_force_and_writes_json_ld_and_stdout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nb = notebook_with_a_note(dir.path());
    let nb = nb.to_str().expect("utf8");
    std::fs::write(dir.path().join("crossread-notes.md"), "mine").expect("write");
    export(dir.path(), &["--notes", nb])
        .code(2)
        .stderr(predicates::str::contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("crossread-notes.md")).expect("kept"),
        "mine"
    );
    export(dir.path(), &["--notes", nb, "--force"]).success();
    assert_ne!(
        std::fs::read_to_string(dir.path().join("crossread-notes.md")).expect("replaced"),
        "mine"
    );
    export(dir.path(), &["--notes", nb, "--format", "json"]).success();
    let v: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("crossread-notes.jsonld")).expect("json"),
    )
    .expect("valid");
    assert_eq!(v["type"], "AnnotationCollection");
    assert_eq!(
        v["first"]["items"][0]["target"]["selector"][0]["type"],
        "TextQuoteSelector"
    );
    let out = export(dir.path(), &["--notes", nb, "-o", "-"]).success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("# crossread notes"));
}

#[test]
fn export_with_no_notes_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    export(dir.path(), &["-o", "-"])
        .success()
        .stdout(predicates::str::contains("No notes yet."));
}

#[cfg(unix)]
#[test]
fn export_force_writes_through_a_link_and_never_replaces_a_device() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nb = notebook_with_a_note(dir.path());
    let nb = nb.to_str().expect("utf8");
    std::fs::write(dir.path().join("real.md"), "old").expect("write");
    std::os::unix::fs::symlink("real.md", dir.path().join("link.md")).expect("symlink");
    export(dir.path(), &["--notes", nb, "-o", "link.md", "--force"]).success();
    let link = dir.path().join("link.md");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    let real = std::fs::read_to_string(dir.path().join("real.md")).expect("target");
    assert!(real.contains("# crossread notes"), "{real}");
    std::os::unix::fs::symlink("/dev/null", dir.path().join("null.md")).expect("symlink");
    export(dir.path(), &["--notes", nb, "-o", "null.md", "--force"])
        .failure()
        .stderr(predicates::str::contains("regular file"));
}

#[test]
fn export_finds_notes_an_older_version_kept_for_the_exact_file_set() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = notebook_with_a_note(dir.path());
    let old_dir = dir.path().join("data").join("notebooks");
    std::fs::create_dir_all(&old_dir).expect("mkdir");
    std::fs::rename(&old, old_dir.join("seeds-0123456789ab.json")).expect("move");
    let out = export(dir.path(), &["-o", "-"]).success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(md.contains("4,404 people have been detained"), "{md}");
    assert!(dir.path().join("data").join("notebook.json").exists());
}

#[test]
fn json_ld_export_writes_bidi_and_c1_controls_of_a_note_as_escapes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let c = corpus::load_seeds();
    let a = &c.articles[1];
    let s = a
        .sentence_at(a.text.find("4,404 people").expect("present"))
        .expect("s");
    let anchor = Anchor::from_span(a, a.sentences[s].start, a.sentences[s].end);
    let path = dir.path().join("notes.json");
    let (mut store, _) = NoteStore::open(&path).expect("opens");
    store
        .add(Note::new(
            "reversed \u{202e}txt.exe and CSI \u{9b}2J".into(),
            Target::Sentence,
            anchor,
        ))
        .expect("saved");
    let out = export(
        dir.path(),
        &[
            "--notes",
            path.to_str().expect("utf8"),
            "--format",
            "json",
            "-o",
            "-",
        ],
    )
    .success();
    let json = String::from_utf8(out.get_output().stdout.clone()).expect("utf8");
    assert!(
        !json.contains('\u{202e}') && !json.contains('\u{9b}'),
        "{json}"
    );
    assert!(
        json.contains("\\u202e") || json.contains("\\u202E"),
        "{json}"
    );
    let value: serde_json::Value = serde_json::from_str(&json).expect("still valid JSON");
    assert!(
        value.to_string().contains('\u{202e}'),
        "the escape reads back as the note's text"
    );
}

#[test]
fn an_unreadable_notebook_is_an_export_error_that_names_the_recovery_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let recovered = notebook_with_a_note(dir.path());
    let broken = dir.path().join("nb.json");
    std::fs::write(&broken, "{ not json").expect("write");
    std::fs::rename(&recovered, dir.path().join("nb.recovered-1.json")).expect("move");
    let out = export(dir.path(), &["--notes", "nb.json"])
        .failure()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("cannot read nb.json"), "{err}");
    assert!(err.contains("nothing was exported"), "{err}");
    assert!(err.contains("nb.recovered-1.json"), "{err}");
    assert!(
        !dir.path().join("crossread-notes.md").exists(),
        "no empty export is written"
    );
    assert_eq!(
        std::fs::read_to_string(&broken).expect("kept"),
        "{ not json",
        "the unreadable notebook is untouched"
    );
    let out = export(dir.path(), &["--notes", "nb.recovered-1.json", "-o", "-"]).success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(md.contains("4,404 people have been detained"), "{md}");
}
