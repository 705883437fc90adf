//! The notebook never loses the analyst's work: atomic writes, unreadable files kept, two
//! writers merged, delete and undo.

use crossread::notes::{Note, NoteStore};

fn note(body: &str) -> Note {
    super::note_on(3, 9, body)
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

fn count_files(dir: &std::path::Path, part: &str) -> usize {
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(part))
        .count()
}

#[test]
fn a_notebook_spoiled_while_open_is_never_written_over_and_the_note_goes_to_recovery() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nb.json");
    let (mut store, _) = NoteStore::open(&path).expect("opens");
    store.add(note("first, saved normally")).expect("saved");
    assert_eq!(store.unreadable_notebook(), None);
    // Another program (a newer crossread) replaces the notebook while this one runs.
    let newer = br#"{"format":"crossread-notebook","version":7,"notes":[{"future":"data"}]}"#;
    std::fs::write(&path, newer).expect("replace");
    store
        .add(note("second, written after the swap"))
        .expect("saved elsewhere");
    assert_eq!(
        std::fs::read(&path).expect("still there"),
        newer,
        "untouched"
    );
    let warning = store.take_warning().expect("the user is told");
    assert!(
        warning.contains("newer") && warning.contains("recovered"),
        "{warning}"
    );
    let (recovered, _) = NoteStore::open(store.path()).expect("recovery file reads");
    assert_eq!(
        recovered.notes().len(),
        2,
        "both notes are in the recovery file"
    );
    // Garbage is treated the same way, on the next save too.
    std::fs::write(store.path(), b"garbage").expect("spoil the recovery file");
    store.add(note("third")).expect("saved");
    assert_eq!(
        std::fs::read(dir.path().join("nb.recovered-1.json")).expect("kept"),
        b"garbage"
    );
    assert!(
        store.path().ends_with("nb.recovered-2.json"),
        "{:?}",
        store.path()
    );
    // The store knows which notebook its notes stand in for: the first, not a recovery file.
    assert_eq!(store.unreadable_notebook(), Some(path.as_path()));
    let (reopened, _) = NoteStore::open(&path).expect("opens on a recovery file");
    assert_eq!(reopened.unreadable_notebook(), Some(path.as_path()));
}

#[test]
fn a_save_that_fails_leaves_the_notebook_as_it_was_in_memory_and_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The notebook's folder cannot be created: a file stands where it should be.
    std::fs::write(dir.path().join("blocked"), b"a file").expect("write");
    let (mut store, _) =
        NoteStore::open(&dir.path().join("blocked").join("nb.json")).expect("opens");
    let err = store
        .add(note("cannot be written"))
        .expect_err("the save fails");
    assert!(err.to_string().contains("blocked"), "{err}");
    assert!(
        store.notes().is_empty(),
        "the note is not listed as if it were saved"
    );
}

#[test]
fn the_lock_is_the_notebook_itself_so_a_notebook_named_like_a_lock_keeps_every_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("x.lock");
    let (mut a, _) = NoteStore::open(&path).expect("a");
    let (mut b, _) = NoteStore::open(&path).expect("b");
    for i in 0..6 {
        a.add(note(&format!("a{i}"))).expect("a saves");
        b.add(note(&format!("b{i}"))).expect("b saves");
    }
    let (fresh, warning) = NoteStore::open(&path).expect("reopen");
    assert!(warning.is_none(), "{warning:?}");
    assert_eq!(fresh.notes().len(), 12);
    assert_eq!(
        count_files(dir.path(), ""),
        1,
        "no side files: only the notebook"
    );
}

#[cfg(unix)]
#[test]
fn a_symlinked_notebook_is_written_through_the_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("sync")).expect("mkdir");
    let real = dir.path().join("sync").join("notes.json");
    let link = dir.path().join("nb.json");
    std::os::unix::fs::symlink("sync/notes.json", &link).expect("symlink");
    let (mut store, _) = NoteStore::open(&link).expect("opens");
    store.add(note("through the link")).expect("saved");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    let (target, _) = NoteStore::open(&real).expect("target reads");
    assert_eq!(target.notes().len(), 1);
}

#[cfg(unix)]
#[test]
fn only_regular_files_are_ever_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("a-folder");
    std::fs::create_dir(&folder).expect("mkdir");
    let err = crossread::notes::write_file(&folder, b"x").expect_err("a folder is refused");
    assert!(err.to_string().contains("folder"), "{err}");
    let device = dir.path().join("null-link");
    std::os::unix::fs::symlink("/dev/null", &device).expect("symlink");
    let err = crossread::notes::write_file(&device, b"x").expect_err("a device is refused");
    assert!(err.to_string().contains("regular file"), "{err}");
    assert!(
        std::fs::symlink_metadata(&device)
            .expect("link")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn temp_files_left_by_a_killed_save_are_cleaned_up_by_the_next_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nb.json");
    let stale = dir.path().join(".nb.json.tmp-4000001");
    let fresh = dir.path().join(".nb.json.tmp-4000002");
    std::fs::write(&stale, b"half a notebook").expect("write");
    std::fs::write(&fresh, b"a save in progress").expect("write");
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .and_then(|f| f.set_modified(an_hour_ago))
        .expect("age the stale file");
    let (mut store, _) = NoteStore::open(&path).expect("opens");
    store.add(note("after a crash")).expect("saved");
    assert!(!stale.exists(), "the stale temp file is removed");
    assert!(fresh.exists(), "a recent one may belong to a running save");
}
