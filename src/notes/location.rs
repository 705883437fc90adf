//! Where notes live: one notebook per data folder, shared by every set of articles opened.
//! Notes find their article by the hash of its text (and by its file as a hint, see
//! anchor.rs), so adding, removing or renaming articles never hides the notes on the others.
//!
//! Older versions kept one notebook per exact set of files (`notebooks/FOLDER-HASH.json`):
//! those are merged into the shared notebook the first time it is opened, then renamed to
//! `*.json.migrated` so they are read once and kept as a backup.

use super::store::{self, NoteStore};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The shared notebook's file name in the data folder.
const NOTEBOOK: &str = "notebook.json";
/// The folder of the per-file-set notebooks written by older versions.
const OLD_NOTEBOOKS: &str = "notebooks";

/// `CROSSREAD_DATA_DIR`, else the platform's data folder for crossread.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("CROSSREAD_DATA_DIR").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "crossread")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| {
            Error::Invalid(
                "no home folder to keep notes in; set CROSSREAD_DATA_DIR or use --notes FILE"
                    .into(),
            )
        })
}

/// The notebook: `override_file` (`--notes`), else the data folder's shared notebook.
pub fn notebook_path(override_file: Option<&Path>) -> Result<PathBuf> {
    match override_file {
        Some(p) => Ok(p.to_path_buf()),
        None => Ok(data_dir()?.join(NOTEBOOK)),
    }
}

/// The opened notebook and what the user should be told about it.
pub struct OpenedNotebook {
    pub store: NoteStore,
    pub warnings: Vec<String>,
}

/// Opens the notebook (see [`notebook_path`]); the shared one first takes in the notebooks
/// older versions left in the data folder; then notes left unfinished are recovered (`draft`).
pub fn open_notebook(override_file: Option<&Path>) -> Result<OpenedNotebook> {
    let path = notebook_path(override_file)?;
    let (mut store, warning) = NoteStore::open(&path)?;
    let mut warnings: Vec<String> = warning.into_iter().collect();
    if override_file.is_none()
        && let Some(dir) = path.parent()
    {
        warnings.extend(migrate_old_notebooks(&mut store, &dir.join(OLD_NOTEBOOKS)));
    }
    warnings.extend(super::draft::recover(&mut store));
    Ok(OpenedNotebook { store, warnings })
}

/// Opens the notebook to export it. Unlike [`open_notebook`], a notebook that cannot be read
/// is an error: an export of no notes would read as "there are none", and the notes written
/// while it could not be read sit in recovery files the user can export by name.
pub fn open_notebook_to_export(override_file: Option<&Path>) -> Result<OpenedNotebook> {
    let path = notebook_path(override_file)?;
    if let Some(reason) = store::unreadable_reason(&path) {
        let recoveries = store::recovery_files(&path);
        let since = match recoveries.as_slice() {
            [] => String::new(),
            files => format!(
                "; notes written since it could not be read are in {}: export one with --notes FILE",
                files
                    .iter()
                    .map(|f| f.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        return Err(Error::Read {
            path,
            reason: format!(
                "{reason}; nothing was exported (repair the notebook or move it aside){since}"
            ),
        });
    }
    open_notebook(override_file)
}

/// Merges every readable old notebook in `dir` into `store` and renames it `*.migrated`.
/// An old notebook that cannot be read is left where it is, with a warning.
pub fn migrate_old_notebooks(store: &mut NoteStore, dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return vec![];
    };
    let mut old: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
        .collect();
    old.sort();
    let mut warnings = Vec::new();
    for file in old {
        let notes = match store::read_notes(&file) {
            Ok(notes) => notes,
            Err(reason) => {
                warnings.push(format!(
                    "an old notebook {} was not merged ({reason}); it is kept as it is",
                    file.display()
                ));
                continue;
            }
        };
        if let Err(e) = store.import(notes) {
            warnings.push(format!(
                "the old notebook {} was not merged: {e}",
                file.display()
            ));
            continue;
        }
        let mut done = file.clone().into_os_string();
        done.push(".migrated");
        if let Err(e) = std::fs::rename(&file, &done) {
            warnings.push(format!(
                "merged the old notebook {}, but could not rename it ({}); it will be merged again, harmlessly",
                file.display(),
                crate::error::io_reason(&e)
            ));
        }
    }
    warnings
}
