//! `crossread export`: the notes of a set of articles, as Markdown or Web Annotation JSON-LD.

use super::output::{print_text, report_warnings};
use crossread::analysis;
use crossread::corpus;
use crossread::notes::{self, OpenedNotebook as NotebookOpened};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Json,
}

pub fn run(
    paths: &[PathBuf],
    format: Format,
    output: Option<&Path>,
    force: bool,
    notes_file: Option<&Path>,
) -> anyhow::Result<()> {
    let corpus = corpus::load(paths)?;
    report_warnings(&corpus.warnings);
    let NotebookOpened { store, warnings } = notes::open_notebook(notes_file)?;
    for w in warnings {
        eprintln!("crossread: warning: {w}");
    }
    let default = match format {
        Format::Md => "crossread-notes.md",
        Format::Json => "crossread-notes.jsonld",
    };
    let target = output.unwrap_or(Path::new(default));
    let to_stdout = target == Path::new("-");
    if !to_stdout && target.exists() && !force {
        anyhow::bail!(
            "{} already exists; use --force to overwrite it or -o to choose another file",
            target.display()
        );
    }
    let text = match format {
        Format::Md => {
            let analysis = analysis::analyse(&corpus, &mut |_| {});
            analysis::export_markdown(&corpus, store.notes(), Some(&analysis))
        }
        Format::Json => {
            let value = analysis::export_web_annotation(&corpus, store.notes());
            format!("{}\n", serde_json::to_string_pretty(&value)?)
        }
    };
    if to_stdout {
        return print_text(&text);
    }
    notes::write_file(target, text.as_bytes())?;
    eprintln!(
        "crossread: exported {} notes to {}",
        notes::export::count_on(&corpus, store.notes()),
        target.display()
    );
    Ok(())
}
