//! Notes: the store on disk, drafts of notes being written, where notes are placed, and the Markdown/JSON-LD export.
//!
//! One test binary per story (one link instead of one per file); each module is one file.

mod draft;
mod export_cli;
mod export_golden;
mod export_structure;
mod placement;
mod store;

use crossread::corpus;
use crossread::notes::{Anchor, Note, Target};

/// A note on sentence `sentence` of seed article `article`.
fn note_on(article: usize, sentence: usize, body: &str) -> Note {
    let c = corpus::load_seeds();
    let a = &c.articles[article];
    let s = &a.sentences[sentence];
    Note::new(
        body.into(),
        Target::Sentence,
        Anchor::from_span(a, s.start, s.end),
    )
}
