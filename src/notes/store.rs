//! The notebook on disk: versioned JSON, every change written at once and atomically (temp
//! file in the same folder, fsync, rename). A notebook that cannot be read is never
//! overwritten. Two processes on one notebook do not lose each other's notes: each write takes
//! a lock, re-reads the file and merges by note id (deletions are kept as tombstones).

use super::note::Note;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::Write;
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
}

impl NoteStore {
    /// Opens the notebook at `path` (a missing file is an empty notebook). If the file cannot
    /// be read, it is kept untouched, the store works on a file beside it, and the warning
    /// says so.
    pub fn open(path: &Path) -> Result<(NoteStore, Option<String>)> {
        match read(path) {
            Ok(file) => Ok((NoteStore::from_file(path, file), None)),
            Err(reason) => {
                for n in 1.. {
                    let other = recovery_path(path, n);
                    if !other.exists() {
                        let warning = format!(
                            "cannot read the notebook {} ({reason}); it is kept as it is, and new notes go to {}",
                            path.display(),
                            other.display()
                        );
                        return Ok((NoteStore::from_file(&other, empty()), Some(warning)));
                    }
                    if let Ok(file) = read(&other) {
                        let warning = format!(
                            "cannot read the notebook {} ({reason}); it is kept as it is, and notes are in {}",
                            path.display(),
                            other.display()
                        );
                        return Ok((NoteStore::from_file(&other, file), Some(warning)));
                    }
                }
                unreachable!("some recovery file name is free")
            }
        }
    }

    fn from_file(path: &Path, file: NotebookFile) -> NoteStore {
        NoteStore {
            path: path.to_path_buf(),
            notes: file.notes,
            deleted: file.deleted,
            restored: vec![],
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn add(&mut self, note: Note) -> Result<()> {
        self.notes.push(note);
        self.save()
    }

    pub fn update(&mut self, id: &str, body: &str) -> Result<()> {
        let note = self
            .notes
            .iter_mut()
            .find(|n| n.id == id)
            .ok_or_else(|| Error::Invalid(format!("no note with id {id}")))?;
        note.set_body(body);
        self.save()
    }

    pub fn delete(&mut self, id: &str) -> Result<Note> {
        let i = self
            .notes
            .iter()
            .position(|n| n.id == id)
            .ok_or_else(|| Error::Invalid(format!("no note with id {id}")))?;
        let note = self.notes.remove(i);
        self.deleted.push(note.id.clone());
        self.save()?;
        Ok(note)
    }

    /// Brings a deleted note back (undo).
    pub fn restore(&mut self, note: Note) -> Result<()> {
        self.deleted.retain(|d| *d != note.id);
        self.restored.push(note.id.clone());
        self.notes.retain(|n| n.id != note.id);
        self.notes.push(note);
        self.save()
    }

    /// Under the lock: re-read, merge, write atomically.
    fn save(&mut self) -> Result<()> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, &e))?;
        }
        let lock_path = self.path.with_extension("lock");
        let lock = File::create(&lock_path).map_err(|e| Error::write(&lock_path, &e))?;
        lock.lock().map_err(|e| Error::write(&lock_path, &e))?;
        if let Ok(disk) = read(&self.path) {
            self.merge(disk);
        }
        let file = NotebookFile {
            format: FORMAT.into(),
            version: VERSION,
            notes: self.notes.clone(),
            deleted: self.deleted.clone(),
        };
        let json = serde_json::to_vec_pretty(&file)
            .map_err(|e| Error::Invalid(format!("cannot encode notes: {e}")))?;
        let result = write_file(&self.path, &json);
        let _ = lock.unlock();
        self.restored.clear();
        result
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

fn empty() -> NotebookFile {
    NotebookFile {
        format: FORMAT.into(),
        version: VERSION,
        notes: vec![],
        deleted: vec![],
    }
}

/// Reads a notebook; a missing file is empty; anything else unreadable is an error message.
fn read(path: &Path) -> std::result::Result<NotebookFile, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(empty()),
        Err(e) => return Err(crate::error::io_reason(&e)),
    };
    let file: NotebookFile =
        serde_json::from_slice(&bytes).map_err(|e| format!("not a crossread notebook: {e}"))?;
    if file.format != FORMAT {
        return Err(format!("format is \"{}\", not \"{FORMAT}\"", file.format));
    }
    if file.version > VERSION {
        return Err(format!(
            "written by a newer crossread (notebook version {})",
            file.version
        ));
    }
    Ok(file)
}

fn recovery_path(path: &Path, n: usize) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or("notebook".into(), |s| s.to_string_lossy().into_owned());
    path.with_file_name(format!("{stem}.recovered-{n}.json"))
}

/// Writes a file atomically: a temp file in the same folder, fsync, rename, fsync the folder.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let written = (|| {
        let mut f = File::create(&temp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(Error::write(path, &e));
    }
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
