//! Writing results: JSON to stdout (a closed pipe is not an error), warnings to stderr.

use crossread::corpus::{self, Corpus, sanitize};
use crossread::report::Report;
use serde::Serialize;
use std::io::{self, Write};

/// Prints one JSON document and a newline. A reader that went away (`| head`) is fine.
/// C1 controls and bidi overrides in strings are written as `\uXXXX` escapes. The document is
/// streamed to stdout as it is serialised, never held whole (it is ~80 MB for 1,000 articles).
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut out =
        sanitize::JsonEscaper::new(io::BufWriter::with_capacity(1 << 16, io::stdout().lock()));
    let result = serde_json::to_writer_pretty(&mut out, value)
        .map_err(io::Error::from)
        .and_then(|_| writeln!(out))
        .and_then(|_| out.flush());
    ignore_broken_pipe(result)
}

/// Prints text to stdout, ignoring a closed pipe.
pub fn print_text(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    ignore_broken_pipe(out.write_all(text.as_bytes()).and_then(|_| out.flush()))
}

fn ignore_broken_pipe(result: io::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Loads the articles (their warnings on stderr) and builds their report.
pub fn load_report(paths: &[std::path::PathBuf]) -> anyhow::Result<(Corpus, Report)> {
    let corpus = corpus::load(paths)?;
    report_warnings(&corpus.warnings);
    let report = Report::build(&corpus, &mut |_| {});
    Ok((corpus, report))
}

/// Skipped and lossily decoded files, one line each on stderr.
pub fn report_warnings(warnings: &[String]) {
    for w in warnings {
        eprintln!("crossread: warning: {}", sanitize::for_display(w));
    }
}
