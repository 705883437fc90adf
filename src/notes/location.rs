//! Where notebooks live: one per opened set of articles, in the data folder.

use crate::corpus::Corpus;
use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

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

/// The notebook for this set of articles (or `override_file`).
pub fn notebook_path(corpus: &Corpus, override_file: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = override_file {
        return Ok(p.to_path_buf());
    }
    let absolute = |p: &str| {
        if corpus.bundled {
            p.to_string()
        } else {
            std::fs::canonicalize(p).map_or(p.to_string(), |p| p.display().to_string())
        }
    };
    let mut paths: Vec<String> = corpus.articles.iter().map(|a| absolute(&a.path)).collect();
    paths.sort();
    let digest = Sha256::digest(paths.join("\n").as_bytes());
    let hash: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    let prefix = match corpus.articles.first() {
        Some(_) if corpus.bundled => "seeds".to_string(),
        Some(a) => Path::new(&a.path)
            .parent()
            .and_then(|p| p.file_name())
            .map_or("articles".into(), |n| n.to_string_lossy().into_owned()),
        None => "articles".into(),
    };
    let prefix: String = prefix
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    Ok(data_dir()?
        .join("notebooks")
        .join(format!("{prefix}-{hash}.json")))
}
