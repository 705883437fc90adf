//! Files on disk, written so nothing is lost: atomic replacement (temp file, fsync, rename)
//! through symlinks to their target, only ever of regular files; temp files of a save that
//! was killed are cleaned up; and an advisory lock held on the notebook file itself, so no
//! side file exists that a user could mistake for (or name as) a notebook.

use crate::error::{Error, Result};
use fs4::FileExt;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A save takes milliseconds: a temp file this old belongs to a save that died (kill -9,
/// power loss) and is removed by the next save into the same folder.
const STALE_TEMP_AGE: Duration = Duration::from_secs(60);

/// Links followed before giving up (a loop of symlinks).
const MAX_LINKS: usize = 40;

/// The file that writing to `path` must replace: symlinks are followed to their target
/// (which may not exist yet). Anything there that is not a regular file is refused.
pub fn write_target(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let meta = match std::fs::symlink_metadata(&current) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(Error::write(&current, &e)),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let link = std::fs::read_link(&current).map_err(|e| Error::write(&current, &e))?;
            current = match current.parent() {
                Some(dir) if link.is_relative() => dir.join(link),
                _ => link,
            };
            continue;
        }
        if kind.is_file() {
            return Ok(current);
        }
        let what = if kind.is_dir() {
            "a folder"
        } else {
            "not a regular file (a device, pipe or socket)"
        };
        return Err(Error::Write {
            path: current,
            reason: format!("it is {what}; crossread only replaces regular files"),
        });
    }
    Err(Error::Write {
        path: path.to_path_buf(),
        reason: "too many symbolic links (a loop?)".into(),
    })
}

/// The folder a file is in ("." for a bare name).
pub(super) fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Writes a file atomically: a temp file in the same folder, fsync, rename, fsync the folder.
/// A symlink is written through (the link stays, its target gets the new content).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let target = write_target(path)?;
    let dir = folder_of(&target);
    let name = target
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy().into_owned());
    clean_stale_temps(dir, &name);
    let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let permissions = std::fs::metadata(&target).ok().map(|m| m.permissions());
    let written = (|| {
        let mut f = File::create(&temp)?;
        f.write_all(bytes)?;
        if let Some(p) = permissions {
            f.set_permissions(p)?;
        }
        f.sync_all()?;
        std::fs::rename(&temp, &target)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(Error::write(&target, &e));
    }
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Removes `.NAME.tmp-PID` files of other processes that are older than a save can take.
fn clean_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.tmp-");
    let own = std::process::id().to_string();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        if pid == own || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let old = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// An exclusive advisory lock on a notebook file, released when dropped.
pub struct Lock {
    _file: File,
    path: PathBuf,
}

impl Lock {
    /// The file that is locked (the symlink's target when the notebook is a link).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Locks the notebook itself, creating an empty one if there is none. Saves replace the file
/// by renaming, so after waiting for the lock it checks that the path still names the file
/// it locked; if another process replaced it meanwhile, it locks the new file instead.
pub fn lock(path: &Path) -> Result<Lock> {
    let target = write_target(path)?;
    let dir = folder_of(&target);
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, &e))?;
    loop {
        let file = match OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&target)
        {
            Ok(f) => f,
            // A read-only notebook in a writable folder can still be locked and replaced.
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                File::open(&target).map_err(|_| Error::write(&target, &e))?
            }
            Err(e) => return Err(Error::write(&target, &e)),
        };
        FileExt::lock(&file).map_err(|e| Error::write(&target, &e))?;
        if same_file(&file, &target) {
            return Ok(Lock {
                _file: file,
                path: target,
            });
        }
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}
