//! A note being written, kept on disk as it is typed, so that a closed terminal window, a
//! kill or a crash does not lose it: the next time the notebook is opened, the note is saved
//! into it tagged `#unfinished` and the user is told.
//!
//! Each open editor has its own draft file beside the notebook (`.NOTEBOOK.draft-ID.json`),
//! locked for as long as the editor is open. A draft whose lock can be taken belongs to a
//! crossread that is gone; one still locked is another crossread's note in progress and is
//! left alone. The file is rewritten in place (the lock stays on it) and read back as its
//! first JSON value, so a write cut short leaves a readable draft. Not synced to the disk on
//! every key: what the system has been given survives the process, not a power cut.

use super::disk::folder_of;
use super::note::Note;
use super::store::NoteStore;
use crate::error::{Error, Result};
use fs4::FileExt;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// The tag a recovered note carries, so the analyst can find and finish it.
pub const UNFINISHED: &str = "#unfinished";

/// The draft of one open editor: its file, locked while it lives.
pub struct Draft {
    file: File,
    path: PathBuf,
    /// The text last written, so an unchanged text is not written again.
    written: Option<String>,
}

impl Draft {
    /// Starts the draft of note `id` beside the notebook at `notebook`.
    pub fn start(notebook: &Path, id: &str) -> Result<Draft> {
        let path = draft_path(notebook, id);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, &e))?;
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::write(&path, &e))?;
        FileExt::lock(&file).map_err(|e| Error::write(&path, &e))?;
        Ok(Draft {
            file,
            path,
            written: None,
        })
    }

    /// Keeps `note` as the draft (a no-op when its text is what was last written).
    pub fn write(&mut self, note: &Note) -> Result<()> {
        if self.written.as_deref() == Some(note.body.as_str()) {
            return Ok(());
        }
        let json = serde_json::to_vec(note)
            .map_err(|e| Error::Invalid(format!("cannot encode the note: {e}")))?;
        // Written over the old text, then cut to length: cut short at any point, the file
        // still starts with one whole JSON value (the old draft, or the new one).
        let written = (|| {
            self.file.seek(SeekFrom::Start(0))?;
            self.file.write_all(&json)?;
            self.file.set_len(json.len() as u64)
        })();
        written.map_err(|e| Error::write(&self.path, &e))?;
        self.written = Some(note.body.clone());
        Ok(())
    }

    /// The note was saved or deliberately thrown away: the draft goes.
    pub fn discard(self) {
        remove_locked(self.file, &self.path);
    }
}

/// Removes a draft whose lock `file` holds. Where an open file cannot be removed (Windows),
/// it is closed first; a crossread recovering it meanwhile saves it under its own id, which
/// the notebook's merge keeps once.
fn remove_locked(file: File, path: &Path) {
    if std::fs::remove_file(path).is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
}

/// `.NOTEBOOK.draft-ID.json` in the notebook's folder.
fn draft_path(notebook: &Path, id: &str) -> PathBuf {
    let name = notebook
        .file_name()
        .map_or("notebook".into(), |n| n.to_string_lossy().into_owned());
    let id: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    folder_of(notebook).join(format!("{}{id}.json", prefix_of(&name)))
}

fn prefix_of(notebook_name: &str) -> String {
    format!(".{notebook_name}.draft-")
}

/// Saves into `store` every draft a crossread left behind on its notebook, tagged
/// [`UNFINISHED`] (a draft of an edit becomes a note of its own: the note it edited is kept
/// as it was saved). Returns what the user should be told.
pub fn recover(store: &mut NoteStore) -> Vec<String> {
    let notebook = store.path().to_path_buf();
    let name = notebook
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let prefix = prefix_of(&name);
    let Ok(entries) = std::fs::read_dir(folder_of(&notebook)) else {
        return vec![];
    };
    let mut drafts: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".json"))
        })
        .map(|e| e.path())
        .collect();
    drafts.sort();
    let mut recovered = 0;
    let mut messages = vec![];
    for path in drafts {
        match recover_one(store, &path) {
            Ok(true) => recovered += 1,
            Ok(false) => {}
            Err(e) => messages.push(format!(
                "a note left unfinished could not be recovered ({e}); its draft is kept at {}",
                path.display()
            )),
        }
    }
    if recovered > 0 {
        let notes = if recovered == 1 { "note" } else { "notes" };
        messages.insert(
            0,
            format!(
                "recovered {recovered} {notes} left unfinished when crossread last closed: saved with {UNFINISHED} (filter the Notes view by it)"
            ),
        );
    }
    messages
}

/// One draft: false when another crossread still has it open, or it holds no text.
fn recover_one(store: &mut NoteStore, path: &Path) -> Result<bool> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| Error::write(path, &e))?;
    if FileExt::try_lock(&file).is_err() {
        return Ok(false);
    }
    let mut bytes = vec![];
    (&file)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::write(path, &e))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        remove_locked(file, path);
        return Ok(false);
    }
    let mut note: Note = serde_json::Deserializer::from_slice(&bytes)
        .into_iter()
        .next()
        .ok_or_else(|| Error::Invalid("empty draft".into()))?
        .map_err(|e| Error::Invalid(format!("not a note: {e}")))?;
    if note.body.trim().is_empty() {
        remove_locked(file, path);
        return Ok(false);
    }
    if !note.tags.iter().any(|t| format!("#{t}") == UNFINISHED) {
        let body = format!("{}\n\n{UNFINISHED}", note.body.trim_end());
        note.set_body(&body);
    }
    // Saved under the draft's own id, once: a second recovery of the same draft (if removing
    // it failed) finds the note already there.
    if !store.notes().iter().any(|n| n.id == note.id) {
        store.add(note)?;
    }
    remove_locked(file, path);
    Ok(true)
}
