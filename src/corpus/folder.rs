//! What a folder holds for crossread: its article files, in name order, and the files that
//! document the folder itself.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Extensions a folder is searched for.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// A folder's files with an article's extension, split into articles and the folder's own
/// documentation, each sorted by name.
pub struct Listing {
    pub articles: Vec<PathBuf>,
    pub documents: Vec<PathBuf>,
}

/// Lists a folder (not its subfolders).
pub fn list(dir: &Path) -> Result<Listing> {
    let (documents, articles) = article_files(dir)?
        .into_iter()
        .partition(|f| documents_the_folder(f));
    Ok(Listing {
        articles,
        documents,
    })
}

/// A folder's article files, sorted by name. Entries that are not regular files but carry an
/// article's extension are kept, to be skipped with a warning that says what they are.
fn article_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::read(dir, &e))?;
    // The entry's own type says whether it is a folder without a look-up per file (3 ms of
    // one core for 1,000 articles); a link is followed to tell.
    let is_dir = |e: &std::fs::DirEntry| match e.file_type() {
        Ok(t) if !t.is_symlink() => t.is_dir(),
        _ => e.path().is_dir(),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| !is_dir(e))
        .map(|e| e.path())
        .filter(|p| has_article_extension(p))
        .collect();
    files.sort();
    Ok(files)
}

/// Names a folder of articles gives to the files that describe it: a collection, a dataset
/// cluster or a repository of saved pages carries its README, licence or provenance note
/// (SOURCE.md, as the development clusters do) beside the articles. Read from a folder, they
/// would join the comparison as one more "source".
const FOLDER_DOCUMENTS: &[&str] = &[
    "readme",
    "license",
    "licence",
    "copying",
    "changelog",
    "contributing",
    "source",
    "sources",
];

fn documents_the_folder(p: &Path) -> bool {
    p.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| FOLDER_DOCUMENTS.contains(&s.to_ascii_lowercase().as_str()))
}

fn has_article_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}
