//! Writing results: JSON to stdout (a closed pipe is not an error), warnings to stderr.

use crossread::align::Strictness;
use crossread::corpus::{self, Corpus, sanitize};
use crossread::report::Report;
use serde::Serialize;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// Prints one JSON document and a newline. A reader that went away (`| head`) is fine.
/// C1 controls and bidi overrides in strings are written as `\uXXXX` escapes. The document is
/// streamed to stdout as it is serialised, never held whole (it is ~80 MB for 1,000 articles).
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    to_stdout(|out| {
        let mut out = sanitize::JsonEscaper::new(out);
        serde_json::to_writer_pretty(&mut out, value)?;
        writeln!(out)?;
        out.flush()
    })
}

/// Writes, as [`print_json`] prints, the JSON object `head` with one more field last: `name`,
/// a list of `items`, each written by `entry` as the pretty printer writes a list entry two
/// levels deep, escaped as [`print_json`] escapes (from its opening bracket or brace, its inner
/// lines indented four spaces more than at the top). The list is most of a large document (the
/// groups of 1,000 articles are ~75 MB), so its entries are written on all cores a batch at a
/// time and output in order as each batch is done; nothing holds the whole document.
/// `size` tells about how many bytes an entry takes, so that a batch is written into room made
/// once (grown as it filled, the batches' buffers were copied over and over).
pub fn write_json_with_list<H, T>(
    out: &mut (impl Write + ?Sized),
    head: &H,
    name: &str,
    items: &[T],
    entry: impl Fn(&T, &mut Vec<u8>) + Sync + Send,
    size: impl Fn(&T) -> usize + Sync + Send,
) -> io::Result<()>
where
    H: Serialize,
    T: Sync,
{
    let head = sanitize::escape_json(serde_json::to_string_pretty(head)?);
    // The head without its closing brace, then the list as the pretty printer indents a field.
    match head.strip_suffix("\n}") {
        Some(fields) => write!(out, "{fields},\n  ")?,
        None if head == "{}" => write!(out, "{{\n  ")?,
        None => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "the head of a JSON document must be an object",
            ));
        }
    }
    write!(out, "{}: ", serde_json::to_string(name)?)?;
    if items.is_empty() {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"[\n")?;
        // Entries a job renders at once: enough to outweigh handing the job out.
        const PER_JOB: usize = 64;
        let chunks: Vec<&[T]> = items.chunks(PER_JOB).collect();
        let mut result = Ok(());
        crossread::parallel::map_in_order(
            &chunks,
            |k, chunk| render_entries(chunk, k == 0, &entry, &size),
            |_, rendered| {
                result = out.write_all(&rendered);
                result.is_ok()
            },
        );
        result?;
        out.write_all(b"\n  ]")?;
    }
    out.write_all(b"\n}\n")
}

/// Entries of a list two levels deep, each after a comma unless `first` and it is the first.
fn render_entries<T>(
    chunk: &[T],
    first: bool,
    entry: &impl Fn(&T, &mut Vec<u8>),
    size: &impl Fn(&T) -> usize,
) -> Vec<u8> {
    // Each entry's separator and indentation (six bytes) besides its own.
    let mut bytes = Vec::with_capacity(chunk.iter().map(|item| size(item) + 6).sum());
    for (k, item) in chunk.iter().enumerate() {
        if !(first && k == 0) {
            bytes.extend_from_slice(b",\n");
        }
        bytes.extend_from_slice(b"    ");
        entry(item, &mut bytes);
    }
    bytes
}

/// Prints text to stdout, ignoring a closed pipe.
pub fn print_text(text: &str) -> anyhow::Result<()> {
    to_stdout(|out| out.write_all(text.as_bytes()))
}

/// Runs `write` on stdout, buffered, and flushes it. A reader that went away (`| head`) is
/// not an error: the output simply stops.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Loads the articles and builds their report, then prints it one of two ways: as JSON
/// (`as_json` prints the document) or as the text `as_text` writes.
pub fn print_report(
    paths: &[std::path::PathBuf],
    json: bool,
    strictness: Strictness,
    as_json: impl Fn(&Corpus, &Report) -> anyhow::Result<()>,
    as_text: fn(&Corpus, &Report) -> String,
) -> anyhow::Result<()> {
    let (corpus, report) = load_report(paths, strictness)?;
    if json {
        return as_json(&corpus, &report);
    }
    print_text(&as_text(&corpus, &report))
}

/// Loads the articles (their warnings on stderr) and builds their report, its passages
/// grouped at `strictness`.
pub fn load_report(
    paths: &[std::path::PathBuf],
    strictness: Strictness,
) -> anyhow::Result<(Corpus, Report)> {
    let corpus = corpus::load(paths)?;
    report_warnings(&corpus.warnings);
    let mut report = Report::build(&corpus, &mut |_| {});
    report.set_strictness(&corpus, strictness);
    Ok((corpus, report))
}

/// Skipped and lossily decoded files, one line each on stderr.
pub fn report_warnings(warnings: &[String]) {
    for w in warnings {
        eprintln!("crossread: warning: {}", sanitize::for_display(w));
    }
}

/// Each article's name as the screens give it (`Corpus::screen_labels`: the outlet, else the
/// first words of the title; told apart where two share one), and the display width of the
/// widest: the text commands call an article what the reader calls it, in an even column
/// (`tui::views::padded`).
pub fn source_names(corpus: &Corpus) -> (Vec<String>, usize) {
    let names: Vec<String> = corpus
        .screen_labels()
        .iter()
        .map(|l| sanitize::for_display(l).into_owned())
        .collect();
    let width = names.iter().map(|n| n.width()).max().unwrap_or(0);
    (names, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Head {
        version: u32,
        names: Vec<&'static str>,
    }

    #[derive(Serialize)]
    struct Whole<'a> {
        version: u32,
        names: Vec<&'static str>,
        groups: &'a [Vec<String>],
    }

    /// What [`print_json`] writes for the whole document.
    fn whole(groups: &[Vec<String>]) -> String {
        let mut bytes = Vec::new();
        let mut out = sanitize::JsonEscaper::new(&mut bytes);
        serde_json::to_writer_pretty(
            &mut out,
            &Whole {
                version: 1,
                names: vec!["a", "b\u{85}"],
                groups,
            },
        )
        .expect("serialises");
        writeln!(out).expect("writes");
        out.flush().expect("flushes");
        String::from_utf8(bytes).expect("UTF-8")
    }

    fn streamed(groups: &[Vec<String>]) -> String {
        let head = Head {
            version: 1,
            names: vec!["a", "b\u{85}"],
        };
        let mut out = Vec::new();
        // Each entry as the pretty printer writes it two levels deep, escaped.
        let entry = |g: &Vec<String>, out: &mut Vec<u8>| {
            let pretty = serde_json::to_string_pretty(g).expect("serialises");
            out.extend_from_slice(sanitize::escape_json(pretty.replace('\n', "\n    ")).as_bytes());
        };
        let size = |g: &Vec<String>| g.iter().map(String::len).sum::<usize>();
        write_json_with_list(&mut out, &head, "groups", groups, entry, size).expect("writes");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn a_list_rendered_in_batches_reads_as_the_whole_document_printed_at_once() {
        // Many entries (several batches), line breaks and C1 controls inside strings, and
        // empty entries: the bytes must be those of the one-piece printer.
        let groups: Vec<Vec<String>> = (0..5000)
            .map(|k| match k % 4 {
                0 => vec![],
                1 => vec![format!("line {k}\nnext")],
                2 => vec![format!("control \u{9b} {k}"), "\u{2028}".to_string()],
                _ => vec!["plain".to_string(); 3],
            })
            .collect();
        assert_eq!(streamed(&groups), whole(&groups));
        assert_eq!(streamed(&groups[..1]), whole(&groups[..1]));
        assert_eq!(streamed(&[]), whole(&[]));
    }
}
