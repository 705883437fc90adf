//! Notes belong to articles, not to the exact set of files opened: adding, removing or
//! renaming articles keeps every note on the articles still there, and shows the notes on
//! articles that are gone as orphans with their quote. Old per-set notebooks are merged.

use crossread::corpus::{self, Corpus};
use crossread::notes::location::migrate_old_notebooks;
use crossread::notes::{Anchor, Note, NoteStore, Placement, Resolution, Target};
use std::path::{Path, PathBuf};

const HARBOUR: &str = "Harbour fire closes port\n\nA fire broke out at the harbour on Monday. \
    Eleven boats were destroyed, the port authority said. The port stays closed until Friday.\n";
const PORT: &str = "Port shut after blaze\n\nFirefighters fought a blaze at the port overnight. \
    The authority counted nine boats lost. Shipping resumes next week.\n";
const MAYOR: &str = "Mayor promises help\n\nThe mayor promised help to boat owners on Tuesday. \
    A fund of two million will be opened.\n";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write article");
    p
}

fn load(paths: &[PathBuf]) -> Corpus {
    corpus::load(paths).expect("loads")
}

fn note_on(c: &Corpus, article: usize, quote: &str, body: &str) -> Note {
    let a = &c.articles[article];
    let at = a.text.find(quote).expect("quote in article");
    Note::new(
        body.into(),
        Target::Sentence,
        Anchor::from_span(a, at, at + quote.len()),
    )
}

fn attached_quotes(c: &Corpus, notes: &[Note]) -> Vec<String> {
    let placement = Placement::new(c);
    notes
        .iter()
        .filter(|n| matches!(placement.resolve(&n.anchor), Resolution::Attached { .. }))
        .map(|n| n.anchor.exact.clone())
        .collect()
}

#[test]
fn adding_a_third_article_keeps_the_notes_on_the_first_two() {
    let dir = tempfile::tempdir().expect("tempdir");
    let set = dir.path().join("setA");
    std::fs::create_dir(&set).expect("mkdir");
    let harbour = write(&set, "harbour.txt", HARBOUR);
    let port = write(&set, "port.txt", PORT);
    let two = load(&[harbour.clone(), port.clone()]);
    let notes = vec![
        note_on(&two, 0, "Eleven boats were destroyed", "eleven here"),
        note_on(&two, 1, "nine boats lost", "nine there"),
    ];
    let mayor = write(&set, "mayor.txt", MAYOR);
    let three = load(&[harbour.clone(), port.clone(), mayor]);
    assert_eq!(
        attached_quotes(&three, &notes).len(),
        2,
        "a superset shows both notes"
    );
    let folder = load(std::slice::from_ref(&set));
    assert_eq!(
        attached_quotes(&folder, &notes).len(),
        2,
        "so does opening the folder"
    );

    // A subset: the note on the article left out is an orphan, shown with its quote.
    let one = load(&[harbour]);
    let placement = Placement::new(&one);
    assert!(matches!(
        placement.resolve(&notes[0].anchor),
        Resolution::Attached { .. }
    ));
    match placement.resolve(&notes[1].anchor) {
        Resolution::Orphan { reason } => assert!(reason.contains("not open"), "{reason}"),
        other => panic!("expected an orphan, got {other:?}"),
    }
}

#[test]
fn a_renamed_or_moved_article_keeps_its_notes_and_another_folder_does_not_see_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let set = dir.path().join("setA");
    let elsewhere = dir.path().join("setB");
    std::fs::create_dir(&set).expect("mkdir");
    std::fs::create_dir(&elsewhere).expect("mkdir");
    let harbour = write(&set, "harbour.txt", HARBOUR);
    let c = load(std::slice::from_ref(&harbour));
    let notes = vec![note_on(&c, 0, "Eleven boats were destroyed", "eleven")];
    let moved = elsewhere.join("2026-harbour-fire.txt");
    std::fs::rename(&harbour, &moved).expect("move");
    assert_eq!(
        attached_quotes(&load(&[moved]), &notes).len(),
        1,
        "found by its text"
    );
    let other = write(&elsewhere, "mayor.txt", MAYOR);
    let unrelated = load(&[other]);
    assert_eq!(
        Placement::new(&unrelated).resolve(&notes[0].anchor),
        Resolution::Elsewhere,
        "a note on another set of articles is not listed as an orphan of this one"
    );
}

#[test]
fn an_old_per_set_notebook_is_merged_into_the_shared_one_and_kept_as_a_backup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let set = dir.path().join("setA");
    std::fs::create_dir(&set).expect("mkdir");
    let harbour = write(&set, "harbour.txt", HARBOUR);
    let c = load(std::slice::from_ref(&harbour));
    let a = &c.articles[0];
    let at = a.text.find("Eleven boats").expect("quote");
    let end = a.sentences[a.sentence_at(at).expect("sentence")].end;
    let anchor = serde_json::to_string(&Anchor::from_span(a, at, end)).expect("anchor");
    // Exactly what the previous version wrote to notebooks/FOLDER-HASH.json, including
    // its figure and group targets, which carried nothing but a title.
    let old = format!(
        r#"{{
  "format": "crossread-notebook",
  "version": 1,
  "notes": [
    {{"id": "n1", "created": "2026-11-20T10:00:00Z", "modified": "2026-11-20T10:00:00Z",
      "body": "Eleven or nine? #boats", "tags": ["boats"], "target": {{"kind": "sentence"}},
      "anchor": {anchor}}},
    {{"id": "n2", "created": "2026-11-20T10:01:00Z", "modified": "2026-11-20T10:01:00Z",
      "body": "the figure", "tags": [], "target": {{"kind": "figure", "text": "figure “Eleven” (destroyed)"}},
      "anchor": {anchor}}},
    {{"id": "n3", "created": "2026-11-20T10:02:00Z", "modified": "2026-11-20T10:02:00Z",
      "body": "the group", "tags": [], "target": {{"kind": "group"}}, "anchor": {anchor}}}
  ],
  "deleted": ["n0"]
}}"#
    );
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("notebooks")).expect("mkdir");
    let old_file = data.join("notebooks").join("setA-0123456789ab.json");
    std::fs::write(&old_file, old).expect("old notebook");
    let (mut store, _) = NoteStore::open(&data.join("notebook.json")).expect("opens");
    let warnings = migrate_old_notebooks(&mut store, &data.join("notebooks"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(store.notes().len(), 3);
    assert_eq!(store.notes()[1].target.kind(), "figure");
    assert!(!old_file.exists(), "read once");
    assert!(
        data.join("notebooks")
            .join("setA-0123456789ab.json.migrated")
            .exists()
    );
    // Opened with a new article beside it, the migrated notes are on their article.
    let mayor = write(&set, "mayor.txt", MAYOR);
    let (fresh, _) = NoteStore::open(&data.join("notebook.json")).expect("reopens");
    assert_eq!(
        attached_quotes(&load(&[harbour, mayor]), fresh.notes()).len(),
        3
    );
}
