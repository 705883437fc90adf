//! Loading articles from files and folders, or the bundled seeds.

use super::decode::{Decoded, decode};
use super::{Article, Corpus, MetaHint, html};
use crate::error::{Error, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/seeds.rs"));
}

/// Extensions a folder is searched for.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// Loads the given files and folders; with none, the bundled seeds.
pub fn load(paths: &[PathBuf]) -> Result<Corpus> {
    if paths.is_empty() {
        return Ok(load_seeds());
    }
    let mut files = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::read(path, &e))?;
        if meta.is_dir() {
            files.extend(folder_articles(path)?);
        } else {
            files.push(path.clone());
        }
    }
    let mut corpus = Corpus::default();
    let mut seen = HashSet::new();
    for file in files {
        // The same file named twice (or through two paths) is opened once.
        let key = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
        if !seen.insert(key) {
            continue;
        }
        let bytes = std::fs::read(&file).map_err(|e| Error::read(&file, &e))?;
        add_file(&mut corpus, &file.display().to_string(), &bytes);
    }
    if corpus.articles.is_empty() {
        let what = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let mut err =
            format!("no readable articles in {what} (looked for .txt, .md and .html files)");
        for w in &corpus.warnings {
            err.push_str(&format!("\n  {w}"));
        }
        return Err(Error::Invalid(err));
    }
    Ok(corpus)
}

/// The five bundled articles, embedded in the binary.
pub fn load_seeds() -> Corpus {
    let mut corpus = Corpus {
        bundled: true,
        ..Corpus::default()
    };
    for (name, bytes) in embedded::SEEDS {
        add_file(&mut corpus, &format!("seeds/{name}"), bytes);
    }
    corpus
}

/// A folder's article files, sorted by name.
fn folder_articles(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::read(dir, &e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && has_article_extension(p))
        .collect();
    files.sort();
    Ok(files)
}

fn has_article_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn is_html(path: &str, text: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        return true;
    }
    let head = text
        .trim_start()
        .get(..15)
        .unwrap_or("")
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Decodes one file's bytes and adds it, or a warning saying why it was skipped.
pub fn add_file(corpus: &mut Corpus, path: &str, bytes: &[u8]) {
    let name = Path::new(path)
        .file_name()
        .map_or(path.to_string(), |n| n.to_string_lossy().into_owned());
    let (mut text, lossy) = match decode(bytes) {
        Decoded::Text { text, lossy } => (text, lossy),
        Decoded::Empty => return corpus.warnings.push(format!("skipped {path}: empty file")),
        Decoded::Binary => return corpus.warnings.push(format!("skipped {path}: binary file")),
    };
    if lossy {
        corpus.warnings.push(format!(
            "{path}: invalid UTF-8, shown with replacement characters (�)"
        ));
    }
    let mut hint = MetaHint::default();
    if is_html(path, &text) {
        match html::extract(&text) {
            Ok(page) => {
                text = page.text;
                hint = MetaHint {
                    outlet: page.site_name,
                    date: page.published,
                };
            }
            Err(reason) => return corpus.warnings.push(format!("skipped {path}: {reason}")),
        }
    }
    let id = unique_id(corpus, &name);
    corpus
        .articles
        .push(Article::from_text(id, path.to_string(), text, hint));
}

/// The file name without its extension; "-2", "-3" … when two folders hold the same name.
fn unique_id(corpus: &Corpus, file_name: &str) -> String {
    let stem = Path::new(file_name)
        .file_stem()
        .map_or(file_name.to_string(), |s| s.to_string_lossy().into_owned());
    let taken = |id: &str| corpus.articles.iter().any(|a| a.id == id);
    if !taken(&stem) {
        return stem;
    }
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(stem)
}
