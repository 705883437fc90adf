//! The library's error type: every message names the thing a user can fix.

use std::path::PathBuf;

/// Errors the library reports. Messages are meant to be shown to the user as they are.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error("{path}: no such file or folder")]
    Missing { path: PathBuf },
    #[error("no readable articles in {what} (looked for .txt, .md and .html files)")]
    NoArticles { what: String },
    #[error("cannot write {path}: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    /// Wraps an I/O error with the path it happened on, in words a user can act on.
    pub fn read(path: impl Into<PathBuf>, err: &std::io::Error) -> Self {
        let path = path.into();
        if err.kind() == std::io::ErrorKind::NotFound {
            return Error::Missing { path };
        }
        Error::Read {
            path,
            reason: io_reason(err),
        }
    }

    pub fn write(path: impl Into<PathBuf>, err: &std::io::Error) -> Self {
        Error::Write {
            path: path.into(),
            reason: io_reason(err),
        }
    }
}

/// "permission denied" rather than "Permission denied (os error 13)".
pub fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match err.kind() {
        PermissionDenied => "permission denied".into(),
        NotFound => "not found".into(),
        IsADirectory => "is a folder".into(),
        _ => {
            let s = err.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s,
            }
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
