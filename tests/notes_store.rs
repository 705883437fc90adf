//! The notebook never loses the analyst's work: atomic writes, unreadable files kept, two
//! writers merged, delete and undo.

use crossread::corpus;
use crossread::notes::{Anchor, Note, NoteStore, Target};

fn note(body: &str) -> Note {
    let c = corpus::load_seeds();
    let a = &c.articles[3];
    let s = &a.sentences[9];
    Note::new(
        body.into(),
        Target::Sentence,
        Anchor::from_span(a, s.start, s.end),
    )
}

#[test]
fn a_saved_note_is_on_disk_at_once_with_a_version_and_no_temp_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nb").join("notes.json");
    let (mut store, warning) = NoteStore::open(&path).expect("opens");
    assert!(warning.is_none());
    store.add(note("Twelve police #police")).expect("saved");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("file")).expect("JSON");
    assert_eq!(json["format"], "crossread-notebook");
    assert_eq!(json["version"], 1);
    assert_eq!(json["notes"][0]["tags"][0], "police");
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().expect("dir"))
        .expect("list")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temp files left: {leftovers:?}");
    let (again, _) = NoteStore::open(&path).expect("reopens");
    assert_eq!(again.notes().len(), 1);
}

#[test]
fn an_unreadable_notebook_is_kept_and_a_new_one_used_beside_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notes.json");
    std::fs::write(&path, b"{ this is not json").expect("write");
    let (mut store, warning) = NoteStore::open(&path).expect("opens anyway");
    let warning = warning.expect("the user is told");
    assert!(warning.contains("notes.json"), "{warning}");
    store.add(note("kept elsewhere")).expect("saved");
    assert_eq!(
        std::fs::read(&path).expect("old file"),
        b"{ this is not json",
        "the unreadable file is untouched"
    );
    assert_ne!(store.path(), path.as_path());
    // A newer version is refused the same way.
    let newer = dir.path().join("newer.json");
    std::fs::write(
        &newer,
        br#"{"format":"crossread-notebook","version":99,"notes":[]}"#,
    )
    .expect("write");
    let (_, warning) = NoteStore::open(&newer).expect("opens");
    assert!(warning.expect("warned").contains("newer"));
}

#[test]
fn two_writers_on_one_notebook_keep_each_others_notes_and_deletions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notes.json");
    let (mut a, _) = NoteStore::open(&path).expect("a");
    let (mut b, _) = NoteStore::open(&path).expect("b");
    a.add(note("from a")).expect("a saves");
    b.add(note("from b")).expect("b saves");
    let (fresh, _) = NoteStore::open(&path).expect("reopen");
    let bodies: Vec<&str> = fresh.notes().iter().map(|n| n.body.as_str()).collect();
    assert!(
        bodies.contains(&"from a") && bodies.contains(&"from b"),
        "{bodies:?}"
    );
    // a deletes its note; b then adds another: the deleted note stays deleted.
    let id = a
        .notes()
        .iter()
        .find(|n| n.body == "from a")
        .expect("a's note")
        .id
        .clone();
    a.delete(&id).expect("delete");
    b.add(note("later from b")).expect("b saves");
    let (fresh, _) = NoteStore::open(&path).expect("reopen");
    assert!(!fresh.notes().iter().any(|n| n.body == "from a"));
    assert_eq!(fresh.notes().len(), 2);
}

#[test]
fn delete_then_restore_brings_the_note_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notes.json");
    let (mut store, _) = NoteStore::open(&path).expect("opens");
    store.add(note("undo me")).expect("saved");
    let id = store.notes()[0].id.clone();
    let gone = store.delete(&id).expect("deleted");
    assert!(store.notes().is_empty());
    store.restore(gone).expect("restored");
    let (fresh, _) = NoteStore::open(&path).expect("reopen");
    assert_eq!(fresh.notes().len(), 1);
    store.update(&id, "edited #again").expect("updated");
    let (fresh, _) = NoteStore::open(&path).expect("reopen");
    assert_eq!(fresh.notes()[0].tags, ["again"]);
}
