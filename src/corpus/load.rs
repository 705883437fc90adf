//! Loading articles from files and folders, or the bundled seeds.

use super::decode::{Decoded, decode};
use super::{Article, Corpus, MetaHint, declared, folder, html, markdown, sanitize};
use crate::error::{Error, Result};
use crate::parallel;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/seeds.rs"));
}

/// What one file may hold unless `CROSSREAD_MAX_FILE_MB` says otherwise: far more than any
/// article (the longest dev-set article is under 100 KB), far less than a machine's memory.
pub const DEFAULT_MAX_FILE_MB: u64 = 64;

/// Limits on what is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Files larger than this are skipped with a warning.
    pub max_file_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_bytes: DEFAULT_MAX_FILE_MB * 1_000_000,
        }
    }
}

impl LoadOptions {
    /// The defaults, with the file size cap from `CROSSREAD_MAX_FILE_MB` when it is set.
    pub fn from_env() -> Result<LoadOptions> {
        let Some(value) = std::env::var_os("CROSSREAD_MAX_FILE_MB") else {
            return Ok(LoadOptions::default());
        };
        let value = value.to_string_lossy();
        let mb: u64 = value
            .trim()
            .parse()
            .ok()
            .filter(|&mb| mb > 0)
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "CROSSREAD_MAX_FILE_MB must be a whole number of megabytes above 0, not \"{}\"",
                    sanitize::for_display(&value)
                ))
            })?;
        Ok(LoadOptions {
            max_file_bytes: mb.saturating_mul(1_000_000),
        })
    }
}

/// Loads the given files and folders; with none, the bundled seeds.
pub fn load(paths: &[PathBuf]) -> Result<Corpus> {
    load_with(paths, &LoadOptions::from_env()?)
}

/// [`load`] with explicit limits.
pub fn load_with(paths: &[PathBuf], options: &LoadOptions) -> Result<Corpus> {
    load_reporting(paths, options, &mut |_, _| {})
}

/// [`load_with`], calling `progress(files read, files found)` after each file, so a face can
/// show a large folder being read.
pub fn load_reporting(
    paths: &[PathBuf],
    options: &LoadOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Corpus> {
    if paths.is_empty() {
        return Ok(load_seeds());
    }
    let mut corpus = Corpus::default();
    let mut files = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::read(path, &e))?;
        if meta.is_dir() {
            let listed = folder::list(path)?;
            for doc in listed.documents {
                corpus.warnings.push(skipped(
                    &doc,
                    "it documents the folder, it is not an article (name the file itself to read it)",
                ));
            }
            files.extend(listed.articles.into_iter().map(|f| (f, true)));
        } else {
            files.push((path.clone(), false));
        }
    }
    // The same file named twice (or through two paths) is opened once: the first naming counts.
    let keys = parallel::map(&files, |(file, _)| file_key(file));
    let mut seen = HashSet::new();
    let unique: Vec<bool> = keys.into_iter().map(|key| seen.insert(key)).collect();
    let found = files.len();
    let mut ids = TakenIds::default();
    // Files are read and prepared on all cores, then added in the order named, so ids and
    // warnings do not depend on which file was ready first.
    let mut failure = None;
    parallel::map_in_order(
        &files,
        |i, (file, _)| unique[i].then(|| read_and_prepare(file, options)),
        |i, outcome| {
            progress(i, found);
            let (file, in_folder) = &files[i];
            match outcome {
                None => {}
                Some(Ok(prepared)) => ids.add(&mut corpus, prepared),
                Some(Err(Unread::Skipped(reason))) => corpus.warnings.push(skipped(file, &reason)),
                // A folder is read for what it holds; one file named on its own must be readable.
                Some(Err(Unread::Failed(err))) if *in_folder => {
                    corpus.warnings.push(skipped(file, &error_reason(&err)))
                }
                Some(Err(Unread::Failed(err))) => {
                    failure = Some(err);
                    return false;
                }
            }
            true
        },
    );
    if let Some(err) = failure {
        return Err(err);
    }
    progress(found, found);
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

/// Reads one file and prepares its article, off the thread that adds articles.
fn read_and_prepare(file: &Path, options: &LoadOptions) -> std::result::Result<Prepared, Unread> {
    let bytes = read_article_file(file, options)?;
    Ok(prepare(&file.display().to_string(), &bytes))
}

/// What tells a file however it is named (twice, through a link, `./` or `..`).
#[derive(PartialEq, Eq, Hash)]
enum FileKey {
    /// Its device and inode, where files have them: one look-up (a canonical path takes one
    /// per part of the path; with the listing below, loading 1,000 articles went from 58 to
    /// 54 ms).
    Inode(u64, u64),
    Path(PathBuf),
}

fn file_key(file: &Path) -> FileKey {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(file) {
        use std::os::unix::fs::MetadataExt;
        return FileKey::Inode(meta.dev(), meta.ino());
    }
    FileKey::Path(std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf()))
}

/// Why a file gave no bytes: skipped for a reason the user can see, or an I/O error.
enum Unread {
    Skipped(String),
    Failed(Error),
}

/// Reads a regular file of at most the size cap. Anything else (a FIFO would block forever,
/// `/dev/zero` never ends) is skipped, saying what it is.
fn read_article_file(path: &Path, options: &LoadOptions) -> std::result::Result<Vec<u8>, Unread> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| Unread::Failed(Error::read(path, &e)))?;
    if !meta.is_file() {
        return Err(Unread::Skipped(format!(
            "not a regular file ({}); only regular files are read",
            file_kind(&meta)
        )));
    }
    let cap = options.max_file_bytes;
    if meta.len() > cap {
        return Err(Unread::Skipped(too_big(meta.len(), cap)));
    }
    let file = std::fs::File::open(path).map_err(|e| Unread::Failed(Error::read(path, &e)))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow between the check and the read: never take more than the cap.
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Unread::Failed(Error::read(path, &e)))?;
    if bytes.len() as u64 > cap {
        return Err(Unread::Skipped(too_big(bytes.len() as u64, cap)));
    }
    Ok(bytes)
}

fn too_big(len: u64, cap: u64) -> String {
    format!(
        "{:.1} MB, more than the {} MB one file may hold (set CROSSREAD_MAX_FILE_MB to raise it)",
        len as f64 / 1e6,
        cap / 1_000_000
    )
}

fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_dir() {
        "a folder"
    } else {
        "not a file"
    }
}

/// The reason part of a read error ("permission denied").
fn error_reason(err: &Error) -> String {
    match err {
        Error::Read { reason, .. } => reason.clone(),
        Error::Missing { .. } => "no longer there".into(),
        other => other.to_string(),
    }
}

/// "skipped PATH: REASON", safe to print (a file name may hold escape sequences).
fn skipped(path: &Path, reason: &str) -> String {
    sanitize::for_display(&format!("skipped {}: {reason}", path.display())).into_owned()
}

/// The five bundled articles, embedded in the binary.
pub fn load_seeds() -> Corpus {
    let mut corpus = Corpus {
        bundled: true,
        ..Corpus::default()
    };
    let prepared = parallel::map(embedded::SEEDS, |(name, bytes)| {
        prepare(&format!("seeds/{name}"), bytes)
    });
    let mut ids = TakenIds::default();
    for p in prepared {
        ids.add(&mut corpus, p);
    }
    corpus
}

fn is_markdown(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
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
    // One article joins: scanning the ids it might clash with costs what building a set would.
    prepare(path, bytes).add_to(corpus, |corpus, name| {
        unique_id(name, |id| corpus.articles.iter().any(|a| a.id == id))
    });
}

/// One file decoded and segmented, not yet part of a corpus: its warnings, in the order they
/// arose, and its article, which gets its id when it is added.
struct Prepared {
    /// The file name its id is made from.
    name: String,
    warnings: Vec<String>,
    article: Option<Article>,
}

impl Prepared {
    /// Adds the warnings, then the article with the id `claim` gives its file name.
    fn add_to(self, corpus: &mut Corpus, claim: impl FnOnce(&Corpus, &str) -> String) {
        corpus.warnings.extend(self.warnings);
        if let Some(mut article) = self.article {
            article.id = claim(corpus, &self.name);
            corpus.articles.push(article);
        }
    }
}

/// Decodes one file's bytes into an article (or says why it is skipped). Needs nothing from
/// the corpus, so files can be prepared on several threads at once.
fn prepare(path: &str, bytes: &[u8]) -> Prepared {
    let name = Path::new(path)
        .file_name()
        .map_or(path.to_string(), |n| n.to_string_lossy().into_owned());
    let mut prepared = Prepared {
        name,
        warnings: Vec::new(),
        article: None,
    };
    let (mut text, lossy) = match decode(bytes) {
        Decoded::Text { text, lossy } => (text, lossy),
        Decoded::Empty => return prepared.warn(format!("skipped {path}: empty file")),
        Decoded::Binary => return prepared.warn(format!("skipped {path}: binary file")),
    };
    if lossy {
        prepared = prepared.warn(format!(
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
            Err(reason) => return prepared.warn(format!("skipped {path}: {reason}")),
        }
    } else {
        // Header lines above the text ("Title: …", "Source: …") say what a front matter would.
        let header = declared::split_header(&text).map(|(d, body)| (d, body.to_string()));
        let header = header.map(|(declared, body)| {
            text = body;
            declared
        });
        if is_markdown(path) {
            let page = markdown::read(&text);
            if page.text.trim().is_empty() {
                return prepared.warn(format!("skipped {path}: no text besides Markdown markup"));
            }
            text = page.text;
            hint = page.hint;
        }
        if let Some(header) = header {
            let declared;
            (text, declared) = header.put_into(text);
            hint = MetaHint {
                outlet: hint.outlet.or(declared.outlet),
                date: hint.date.or(declared.date),
            };
        }
        if text.trim().is_empty() {
            return prepared.warn(format!("skipped {path}: nothing besides its header lines"));
        }
    }
    // The id is given when the article is added, in input order.
    prepared.article = Some(Article::from_text(
        String::new(),
        path.to_string(),
        text,
        hint,
    ));
    prepared
}

impl Prepared {
    /// Warnings are shown as they are: paths in them are made safe to print here, once.
    fn warn(mut self, warning: String) -> Prepared {
        self.warnings
            .push(sanitize::for_display(&warning).into_owned());
        self
    }
}

/// The ids articles already have, so a new one gets its own in one lookup, not a scan of
/// every earlier article (which made loading quadratic in the number of files).
#[derive(Default)]
struct TakenIds(HashSet<String>);

impl TakenIds {
    fn claim(&mut self, file_name: &str) -> String {
        let id = unique_id(file_name, |id| self.0.contains(id));
        self.0.insert(id.clone());
        id
    }

    /// Adds `prepared` with the next free id.
    fn add(&mut self, corpus: &mut Corpus, prepared: Prepared) {
        prepared.add_to(corpus, |_, name| self.claim(name));
    }
}

/// The file name without its extension; "-2", "-3" … when two folders hold the same name.
/// Escape sequences and control characters in a file name are dropped: the id is printed
/// everywhere (screens, CLI tables, citations).
fn unique_id(file_name: &str, taken: impl Fn(&str) -> bool) -> String {
    let stem = Path::new(file_name)
        .file_stem()
        .map_or(file_name.to_string(), |s| s.to_string_lossy().into_owned());
    let stem = match sanitize::for_display(&stem).trim() {
        "" => "article".to_string(),
        clean => clean.to_string(),
    };
    if !taken(&stem) {
        return stem;
    }
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(stem)
}
