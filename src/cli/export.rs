//! `crossread export`: the notes of a set of articles, as Markdown or Web Annotation JSON-LD.

use super::output::{print_text, report_warnings};
use crossread::align::Strictness;
use crossread::corpus::{self, sanitize};
use crossread::language::count::count;
use crossread::notes::{self, OpenedNotebook as NotebookOpened};
use crossread::report::{self, Report};
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
    strictness: Strictness,
) -> anyhow::Result<()> {
    let corpus = corpus::load(paths)?;
    report_warnings(&corpus.warnings);
    let NotebookOpened { store, warnings } = notes::open_notebook_to_export(notes_file)?;
    report_warnings(&warnings);
    let default = match format {
        Format::Md => "crossread-notes.md",
        Format::Json => "crossread-notes.jsonld",
    };
    let target = output.unwrap_or(Path::new(default));
    let to_stdout = target == Path::new("-");
    if !to_stdout && target.exists() && !force {
        anyhow::bail!(
            "{} already exists; use --force to overwrite it or -o to choose another file",
            sanitize::for_display(&target.display().to_string())
        );
    }
    let text = match format {
        Format::Md => {
            let mut report = Report::build(&corpus, &mut |_| {});
            report.set_strictness(&corpus, strictness);
            report::export_markdown(&corpus, store.notes(), Some(&report))
        }
        Format::Json => {
            let value = report::export_web_annotation(&corpus, store.notes());
            // C1 and bidi controls are written as \u escapes, as in every other JSON output.
            let json = sanitize::escape_json(serde_json::to_string_pretty(&value)?);
            format!("{json}\n")
        }
    };
    if to_stdout {
        return print_text(&text);
    }
    notes::write_file(target, text.as_bytes())?;
    eprintln!(
        "crossread: exported {} to {}",
        count(
            notes::export::count_on(&corpus, store.notes()),
            "note",
            "notes"
        ),
        sanitize::for_display(&target.display().to_string())
    );
    Ok(())
}
