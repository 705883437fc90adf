//! The real news of ../shared/dev-sets is for measuring only: its licence forbids quoting it in
//! the repository. Every run of eight words in an article there is looked for in our sources,
//! tests and docs. Skips when the folder is absent (a user's clone has no ../shared).

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

const RUN: usize = 8;

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn runs(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.windows(RUN).map(|w| w.join(" "))
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn no_run_of_eight_words_from_the_dev_set_articles_is_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dev_sets = root.join("../shared/dev-sets");
    let mut articles = Vec::new();
    files_under(&dev_sets, &mut articles);
    articles.retain(|p| {
        p.extension().is_some_and(|e| e == "txt")
            && p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('0'))
    });
    if articles.is_empty() {
        eprintln!("skipped: no dev-set articles at {}", dev_sets.display());
        return;
    }
    let quoted: HashSet<String> = articles
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .flat_map(|text| runs(&words(&text)).collect::<Vec<_>>())
        .collect();
    let mut ours = vec![root.join("README.md")];
    for dir in ["src", "tests", "examples", "seeds", "assets"] {
        files_under(&root.join(dir), &mut ours);
    }
    let mut found = Vec::new();
    for path in ours {
        let Ok(text) = fs::read_to_string(&path) else {
            continue; // not text
        };
        if let Some(run) = runs(&words(&text)).find(|r| quoted.contains(r)) {
            found.push(format!("{}: \"{run}\"", path.display()));
        }
    }
    assert!(
        found.is_empty(),
        "quoted from the dev sets:\n{}",
        found.join("\n")
    );
}
