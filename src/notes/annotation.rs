//! W3C Web Annotation (JSON-LD) export: one Annotation per note. A note on a group targets
//! every passage of the group (one target, with its own selectors, per passage); a note on a
//! figure narrows its sentence down to the figure with a `refinedBy` quote selector.

use super::anchor::{Anchor, Resolution};
use super::export::{ExportInput, ordered};
use super::note::Target;
use crate::corpus::Corpus;
use serde_json::{Value, json};

/// An AnnotationCollection of the notes on this set of articles.
pub fn web_annotation(input: &ExportInput) -> Value {
    let items: Vec<Value> = ordered(input)
        .into_iter()
        .map(|(note, resolution)| {
            let mut body = vec![json!({"type": "TextualBody", "value": note.body, "format": "text/plain", "purpose": "commenting"})];
            body.extend(note.tags.iter().map(|t| json!({"type": "TextualBody", "value": t, "purpose": "tagging"})));
            let main = target(&note.anchor, position(&resolution, input.corpus, &note.anchor));
            let target = match &note.target {
                Target::Group { passages } if passages.len() > 1 => {
                    let placement = super::anchor::Placement::new(input.corpus);
                    let all: Vec<Value> = passages
                        .iter()
                        .map(|p| {
                            let r = placement.resolve(&p.anchor);
                            target(&p.anchor, position(&r, input.corpus, &p.anchor))
                        })
                        .collect();
                    Value::Array(all)
                }
                Target::Figure { text, quantity, .. } => {
                    body.push(json!({"type": "TextualBody", "value": format!("figure “{text}”: {quantity}"), "purpose": "describing"}));
                    let mut t = main;
                    if let Some(quote) = t["selector"].get_mut(0) {
                        quote["refinedBy"] = json!({"type": "TextQuoteSelector", "exact": text});
                    }
                    t
                }
                _ => main,
            };
            json!({
                "id": format!("urn:crossread:note:{}", note.id),
                "type": "Annotation",
                "created": note.created,
                "modified": note.modified,
                "body": body,
                "target": target
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

/// Start and end in characters (the W3C TextPositionSelector counts characters, not bytes):
/// where the passage is now, or where it was for an orphan.
fn position(resolution: &Resolution, corpus: &Corpus, anchor: &Anchor) -> (usize, usize) {
    match resolution {
        Resolution::Attached {
            article,
            start,
            end,
            ..
        } => {
            let text = &corpus.articles[*article].text;
            (text[..*start].chars().count(), text[..*end].chars().count())
        }
        _ => (anchor.start, anchor.end),
    }
}

fn target(anchor: &Anchor, (start, end): (usize, usize)) -> Value {
    json!({
        "source": anchor.path,
        "selector": [
            {"type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix},
            {"type": "TextPositionSelector", "start": start, "end": end}
        ]
    })
}
