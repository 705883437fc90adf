//! A note being written is kept on disk as it is typed and recovered, tagged #unfinished, when
//! the crossread that wrote it is gone; never while another crossread is still writing it.

use crossread::notes::draft::{Draft, UNFINISHED, recover};
use crossread::notes::{Note, NoteStore, open_notebook};
use std::path::Path;

fn note(body: &str) -> Note {
    super::note_on(1, 16, body)
}

fn drafts_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".draft-"))
        .collect()
}

#[test]
fn a_draft_left_by_a_crossread_that_is_gone_is_saved_tagged_unfinished() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notebook.json");
    let mut typed = note("Half a thought on the detentions, and some words deleted later");
    let mut draft = Draft::start(&path, &typed.id).expect("draft");
    draft.write(&typed).expect("written");
    typed.set_body("Half a thought on the detentions");
    draft.write(&typed).expect("rewritten shorter");
    // The process dies: the lock goes with it, the file stays.
    drop(draft);

    let opened = open_notebook(Some(&path)).expect("opens");
    let notes = opened.store.notes();
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0]
            .body
            .starts_with("Half a thought on the detentions")
    );
    assert!(
        !notes[0].body.contains("deleted later"),
        "{}",
        notes[0].body
    );
    assert!(notes[0].tags.iter().any(|t| format!("#{t}") == UNFINISHED));
    assert_eq!(notes[0].anchor.exact, typed.anchor.exact);
    assert!(
        opened.warnings[0].contains("recovered 1 note"),
        "{:?}",
        opened.warnings
    );
    assert!(
        drafts_in(dir.path()).is_empty(),
        "the draft is gone once saved"
    );
    // Opening again recovers nothing twice.
    let again = open_notebook(Some(&path)).expect("reopens");
    assert_eq!(again.store.notes().len(), 1);
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
}

#[test]
fn a_draft_another_crossread_is_still_writing_is_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notebook.json");
    let typed = note("still typing");
    let mut draft = Draft::start(&path, &typed.id).expect("draft");
    draft.write(&typed).expect("written");
    let (mut store, _) = NoteStore::open(&path).expect("opens");
    assert!(recover(&mut store).is_empty());
    assert!(store.notes().is_empty());
    assert_eq!(drafts_in(dir.path()).len(), 1);
    // Saved or thrown away on purpose: the draft goes and nothing is recovered later.
    draft.discard();
    assert!(drafts_in(dir.path()).is_empty());
    assert!(recover(&mut store).is_empty());
}

#[test]
fn a_draft_whose_last_write_was_cut_short_is_still_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notebook.json");
    let typed = note("The toll is disputed #deaths");
    let mut json = serde_json::to_vec(&typed).expect("json");
    // A longer text was being written over it when the process died before cutting to length.
    json.extend_from_slice(b"tail of an older, longer draft\"}");
    std::fs::write(
        dir.path()
            .join(format!(".notebook.json.draft-{}.json", typed.id)),
        &json,
    )
    .expect("draft on disk");
    let (mut store, _) = NoteStore::open(&path).expect("opens");
    let told = recover(&mut store);
    assert!(told[0].contains("recovered 1 note"), "{told:?}");
    let tags = &store.notes()[0].tags;
    assert!(tags.contains(&"deaths".to_string()) && tags.contains(&"unfinished".to_string()));
}

#[test]
fn a_draft_that_is_not_a_note_is_kept_and_the_user_told_where() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notebook.json");
    std::fs::write(dir.path().join(".notebook.json.draft-x.json"), b"{ broken").expect("write");
    let (mut store, _) = NoteStore::open(&path).expect("opens");
    let told = recover(&mut store);
    assert!(told[0].contains("could not be recovered"), "{told:?}");
    assert_eq!(drafts_in(dir.path()).len(), 1, "kept for the user");
}
