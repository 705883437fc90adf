//! Exporting notes: Markdown for notes apps (quotes, citations, counterparts, the figures that
//! disagree) and W3C Web Annotation JSON-LD for other annotation tools. Alignment and figures
//! come in as plain data, so this module depends on neither.

use super::anchor::{Resolution, resolve};
use super::note::Note;
use crate::corpus::Corpus;
use serde_json::{Value, json};

/// A counterpart of a noted passage in another source.
#[derive(Clone, Debug, PartialEq)]
pub struct CounterpartQuote {
    pub article_id: String,
    pub source: String,
    pub text: String,
    pub score: f32,
    /// Figures in the counterpart that differ from the noted passage ("40 died").
    pub differing_figures: Vec<String>,
}

/// One quantity the sources disagree on, with each source's value as written.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureConflictRow {
    pub quantity: String,
    pub values: Vec<(String, String)>,
}

pub struct ExportInput<'a> {
    pub corpus: &'a Corpus,
    pub notes: &'a [Note],
    /// Counterparts of the passage at (article, start, end).
    pub counterparts: &'a dyn Fn(usize, usize, usize) -> Vec<CounterpartQuote>,
    pub conflicts: &'a [FigureConflictRow],
}

/// Text for a Markdown table cell: pipes escaped, no line breaks.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Text inside a blockquote or list item: Markdown specials that would change the meaning
/// at the start of a line are escaped.
fn inline(s: &str) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len());
    for c in flat.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Notes in a stable order: article order, then position; orphans last.
fn ordered<'a>(input: &'a ExportInput) -> Vec<(&'a Note, Resolution)> {
    let mut notes: Vec<(&Note, Resolution)> = input
        .notes
        .iter()
        .map(|n| (n, resolve(&n.anchor, input.corpus)))
        .collect();
    notes.sort_by_key(|(n, r)| match r {
        Resolution::Attached { article, start, .. } => (0, *article, *start, n.created.clone()),
        Resolution::Orphan { .. } => (1, usize::MAX, n.anchor.start, n.created.clone()),
    });
    notes
}

pub fn markdown(input: &ExportInput) -> String {
    let corpus = input.corpus;
    let mut md = String::from(
        "# crossread notes\n\n## Sources\n\n| Id | Title | Outlet | Date | Path |\n|---|---|---|---|---|\n",
    );
    for a in &corpus.articles {
        md.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(&a.id),
            cell(&a.title),
            cell(a.outlet.as_deref().unwrap_or("—")),
            cell(a.date.as_deref().unwrap_or("—")),
            cell(&a.path)
        ));
    }
    md.push_str("\n## Notes\n");
    let notes = ordered(input);
    if notes.is_empty() {
        md.push_str("\nNo notes yet.\n");
    }
    for (n, (note, resolution)) in notes.iter().enumerate() {
        md.push_str(&format!(
            "\n### {}. {}\n\n",
            n + 1,
            inline(note.body.lines().next().unwrap_or("(empty note)"))
        ));
        let citation = match resolution {
            Resolution::Attached {
                article,
                start,
                end,
                ..
            } => {
                let a = &corpus.articles[*article];
                let position = a.sentence_at(*start).map_or(String::new(), |s| {
                    format!(", sentence {} of {}", s + 1, a.sentences.len())
                });
                let quote = &a.text[*start..*end];
                md.push_str(&format!("> {}\n\n", inline(quote)));
                let counterparts = (input.counterparts)(*article, *start, *end);
                let cite = match &a.outlet {
                    Some(outlet) => format!("— {} ({}{position})", inline(outlet), inline(&a.id)),
                    None => format!("— {}{position}", inline(&a.id)),
                };
                if !counterparts.is_empty() {
                    let mut list = String::from("\nIn the other sources:\n\n");
                    for c in counterparts {
                        let figures = if c.differing_figures.is_empty() {
                            String::new()
                        } else {
                            format!(
                                " — figures that differ: {}",
                                inline(&c.differing_figures.join(", "))
                            )
                        };
                        list.push_str(&format!(
                            "- **{}** (similarity {:.2}): “{}”{figures}\n",
                            inline(&c.source),
                            c.score,
                            inline(&c.text)
                        ));
                    }
                    format!("{cite}\n{list}")
                } else {
                    cite
                }
            }
            Resolution::Orphan { reason } => {
                md.push_str(&format!("> {}\n\n", inline(&note.anchor.exact)));
                format!(
                    "⚠ Orphaned note: {}. It was on {} ({}).",
                    inline(reason),
                    inline(&note.anchor.article_id),
                    inline(&note.anchor.path)
                )
            }
        };
        // A citation ending in a list already ends its line.
        md.push_str(citation.trim_end_matches('\n'));
        md.push('\n');
        let rest: Vec<&str> = note.body.lines().skip(1).collect();
        if !rest.iter().all(|l| l.trim().is_empty()) {
            md.push('\n');
            for l in rest {
                md.push_str(&inline(l));
                md.push('\n');
            }
        }
        if !note.tags.is_empty() {
            let tags: Vec<String> = note.tags.iter().map(|t| format!("`#{t}`")).collect();
            md.push_str(&format!("\nTags: {}\n", tags.join(" ")));
        }
    }
    md.push_str("\n## Figures that disagree\n\n");
    if input.conflicts.is_empty() {
        md.push_str("No conflicting figures were found.\n");
    } else {
        md.push_str("| Quantity | Values by source |\n|---|---|\n");
        for row in input.conflicts {
            let values: Vec<String> = row
                .values
                .iter()
                .map(|(s, v)| format!("{s}: {v}"))
                .collect();
            md.push_str(&format!(
                "| {} | {} |\n",
                cell(&row.quantity),
                cell(&values.join("; "))
            ));
        }
    }
    md
}

/// W3C Web Annotation (JSON-LD): an AnnotationCollection of the notes.
pub fn web_annotation(input: &ExportInput) -> Value {
    let items: Vec<Value> = ordered(input)
        .into_iter()
        .map(|(note, resolution)| {
            // The W3C TextPositionSelector counts characters, not bytes.
            let (start, end) = match resolution {
                Resolution::Attached { article, start, end, .. } => {
                    let text = &input.corpus.articles[article].text;
                    (text[..start].chars().count(), text[..end].chars().count())
                }
                Resolution::Orphan { .. } => (note.anchor.start, note.anchor.end),
            };
            let mut body = vec![json!({"type": "TextualBody", "value": note.body, "format": "text/plain", "purpose": "commenting"})];
            body.extend(note.tags.iter().map(|t| json!({"type": "TextualBody", "value": t, "purpose": "tagging"})));
            json!({
                "id": format!("urn:crossread:note:{}", note.id),
                "type": "Annotation",
                "created": note.created,
                "modified": note.modified,
                "body": body,
                "target": {
                    "source": note.anchor.path,
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": note.anchor.exact, "prefix": note.anchor.prefix, "suffix": note.anchor.suffix},
                        {"type": "TextPositionSelector", "start": start, "end": end}
                    ]
                }
            })
        })
        .collect();
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": "crossread notes",
        "total": items.len(),
        "first": {"type": "AnnotationPage", "items": items}
    })
}
