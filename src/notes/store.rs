//! The notebook on disk: versioned JSON, every change written at once and atomically
//! (disk.rs). A notebook that cannot be read (garbage, a newer version) is never written
//! over, neither at start nor at a later save: the notes go to a recovery file beside it and
//! the warning says so. Two processes on one notebook do not lose each other's notes: each
//! write locks the notebook itself, re-reads it and merges by note id (deletions are kept as
//! tombstones). A change whose write fails is undone in memory, so what the store holds is
//! what is on disk.

use super::disk;
use super::note::Note;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const FORMAT: &str = "crossread-notebook";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct NotebookFile {
    format: String,
    version: u32,
    notes: Vec<Note>,
    /// Ids of deleted notes, so a merge with another process does not bring them back.
    #[serde(default)]
    deleted: Vec<String>,
}

pub struct NoteStore {
    path: PathBuf,
    notes: Vec<Note>,
    deleted: Vec<String>,
    /// Ids restored since the last write: they win over tombstones on disk.
    restored: Vec<String>,
    /// Something the user must be told after the last change (notes moved to a recovery file).
    warning: Option<String>,
    /// The notebook this store's recovery file stands in for, when that could not be read.
    unreadable: Option<PathBuf>,
}

impl NoteStore {
    /// Opens the notebook at `path` (a missing file is an empty notebook). If the file cannot
    /// be read, it is kept untouched, the store works on a file beside it, and the warning
    /// says so.
    pub fn open(path: &Path) -> Result<(NoteStore, Option<String>)> {
        match read(path) {
            Ok(file) => Ok((NoteStore::from_file(path, file), None)),
            Err(reason) => {
                let (other, file) = recovery_for(path);
                let warning = unreadable_warning(path, &reason, &other);
                let mut store = NoteStore::from_file(&other, file);
                store.unreadable = Some(path.to_path_buf());
                Ok((store, Some(warning)))
            }
        }
    }

    fn from_file(path: &Path, file: NotebookFile) -> NoteStore {
        NoteStore {
            path: path.to_path_buf(),
            notes: file.notes,
            deleted: file.deleted,
            restored: vec![],
            warning: None,
            unreadable: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// The notebook that could not be read, when this store works on a recovery file in its
    /// place: its notes are not among [`NoteStore::notes`].
    pub fn unreadable_notebook(&self) -> Option<&Path> {
        self.unreadable.as_deref()
    }

    /// The warning left by the last save, if any (taken once).
    pub fn take_warning(&mut self) -> Option<String> {
        self.warning.take()
    }

    /// Takes in notes from another notebook (a migration), keeping this one's deletions.
    pub fn import(&mut self, notes: Vec<Note>) -> Result<usize> {
        let before = self.notes.len();
        let fresh: Vec<Note> = notes
            .into_iter()
            .filter(|n| !self.deleted.contains(&n.id) && !self.notes.iter().any(|m| m.id == n.id))
            .collect();
        let added = fresh.len();
        self.notes.extend(fresh);
        if added == 0 {
            return Ok(0);
        }
        if let Err(e) = self.save() {
            self.notes.truncate(before);
            return Err(e);
        }
        Ok(added)
    }

    pub fn add(&mut self, note: Note) -> Result<()> {
        let id = note.id.clone();
        self.notes.push(note);
        self.save()
            .inspect_err(|_| self.notes.retain(|n| n.id != id))
    }

    pub fn update(&mut self, id: &str, body: &str) -> Result<()> {
        let note = self
            .notes
            .iter_mut()
            .find(|n| n.id == id)
            .ok_or_else(|| Error::Invalid(format!("no note with id {id}")))?;
        let before = note.clone();
        note.set_body(body);
        self.save().inspect_err(|_| {
            if let Some(n) = self.notes.iter_mut().find(|n| n.id == before.id) {
                *n = before;
            }
        })
    }

    pub fn delete(&mut self, id: &str) -> Result<Note> {
        let i = self
            .notes
            .iter()
            .position(|n| n.id == id)
            .ok_or_else(|| Error::Invalid(format!("no note with id {id}")))?;
        let note = self.notes.remove(i);
        self.deleted.push(note.id.clone());
        if let Err(e) = self.save() {
            self.deleted.retain(|d| *d != note.id);
            self.notes.insert(i.min(self.notes.len()), note);
            return Err(e);
        }
        Ok(note)
    }

    /// Brings a deleted note back (undo).
    pub fn restore(&mut self, note: Note) -> Result<()> {
        let id = note.id.clone();
        self.deleted.retain(|d| *d != id);
        self.restored.push(id.clone());
        self.notes.retain(|n| n.id != id);
        self.notes.push(note);
        self.save().inspect_err(|_| {
            self.notes.retain(|n| n.id != id);
            self.deleted.push(id.clone());
            self.restored.retain(|r| *r != id);
        })
    }

    /// Under a lock on the notebook: re-read, merge, write atomically. If the file on disk
    /// has become unreadable since it was opened (another program replaced it), it is left
    /// alone and the notes go to a recovery file instead.
    fn save(&mut self) -> Result<()> {
        // Each diversion picks a recovery file that was free or readable; bounded in case
        // another process keeps spoiling them.
        for _ in 0..8 {
            let lock = disk::lock(&self.path)?;
            match read(lock.path()) {
                Ok(disk) => self.merge(disk),
                Err(reason) => {
                    drop(lock);
                    let (other, file) = recovery_for(&self.path);
                    self.warning = Some(unreadable_warning(&self.path, &reason, &other));
                    self.unreadable.get_or_insert_with(|| self.path.clone());
                    self.path = other;
                    self.merge(file);
                    continue;
                }
            }
            let file = NotebookFile {
                format: FORMAT.into(),
                version: VERSION,
                notes: self.notes.clone(),
                deleted: self.deleted.clone(),
            };
            let json = serde_json::to_vec_pretty(&file)
                .map_err(|e| Error::Invalid(format!("cannot encode notes: {e}")))?;
            let result = disk::write_file(lock.path(), &json);
            drop(lock);
            if result.is_ok() {
                self.restored.clear();
            }
            return result;
        }
        Err(Error::Write {
            path: self.path.clone(),
            reason: "every recovery file beside it is unreadable too".into(),
        })
    }

    /// Takes in what another process wrote: its new notes and deletions; for a note both
    /// changed, the later modification wins.
    fn merge(&mut self, disk: NotebookFile) {
        for d in disk.deleted {
            if !self.deleted.contains(&d) && !self.restored.contains(&d) {
                self.deleted.push(d);
            }
        }
        for theirs in disk.notes {
            match self.notes.iter_mut().find(|n| n.id == theirs.id) {
                Some(ours) if theirs.modified > ours.modified => *ours = theirs,
                Some(_) => {}
                None => self.notes.push(theirs),
            }
        }
        let deleted = &self.deleted;
        self.notes.retain(|n| !deleted.contains(&n.id));
    }
}

fn unreadable_warning(path: &Path, reason: &str, other: &Path) -> String {
    format!(
        "cannot read the notebook {} ({reason}); it is kept as it is, and notes are saved to {}",
        path.display(),
        other.display()
    )
}

fn empty() -> NotebookFile {
    NotebookFile {
        format: FORMAT.into(),
        version: VERSION,
        notes: vec![],
        deleted: vec![],
    }
}

/// The notes of a notebook file, for migrating it into another (None if unreadable).
pub fn read_notes(path: &Path) -> std::result::Result<Vec<Note>, String> {
    read(path).map(|f| f.notes)
}

/// Reads a notebook; a missing or empty file (one a lock just created) is an empty notebook;
/// anything else unreadable is an error message.
fn read(path: &Path) -> std::result::Result<NotebookFile, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(empty()),
        Err(e) => return Err(crate::error::io_reason(&e)),
    };
    if bytes.is_empty() {
        return Ok(empty());
    }
    // Format and version first: a newer notebook's notes may not parse as ours.
    #[derive(Deserialize)]
    struct Header {
        format: String,
        version: u32,
    }
    let header: Header =
        serde_json::from_slice(&bytes).map_err(|e| format!("not a crossread notebook: {e}"))?;
    if header.format != FORMAT {
        return Err(format!("format is \"{}\", not \"{FORMAT}\"", header.format));
    }
    if header.version > VERSION {
        return Err(format!(
            "written by a newer crossread (notebook version {})",
            header.version
        ));
    }
    serde_json::from_slice(&bytes).map_err(|e| format!("not a crossread notebook: {e}"))
}

/// The n-th recovery file beside the notebook `path` (`nb.json` → `nb.recovered-n.json`).
fn recovery_name(path: &Path, n: usize) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or("notebook".into(), |s| s.to_string_lossy().into_owned());
    let stem = stem
        .split(".recovered-")
        .next()
        .unwrap_or(&stem)
        .to_string();
    path.with_file_name(format!("{stem}.recovered-{n}.json"))
}

/// Why the notebook at `path` cannot be read, if it cannot (a missing file reads as empty).
pub fn unreadable_reason(path: &Path) -> Option<String> {
    read(path).err()
}

/// The recovery files that exist beside the notebook `path`, in the order they were made.
pub fn recovery_files(path: &Path) -> Vec<PathBuf> {
    (1..)
        .map(|n| recovery_name(path, n))
        .take_while(|p| p.exists())
        .collect()
}

/// The first recovery file beside `path` that is free or readable, with its notes.
fn recovery_for(path: &Path) -> (PathBuf, NotebookFile) {
    for n in 1.. {
        let other = recovery_name(path, n);
        // A path that does not exist (even in a folder that cannot exist) is free: saving
        // there will say why it fails.
        if !other.exists() {
            return (other, empty());
        }
        if let Ok(file) = read(&other) {
            return (other, file);
        }
    }
    unreachable!("an unbounded range always yields a free name")
}
