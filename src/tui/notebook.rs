//! The notebook as the app holds it: the store, each note placed on the open articles
//! (attached, orphan, or on another set), the reader's per-sentence lookup, and the notes
//! deleted in this session (for undo). The Notes view filters it (`components::notes`).

use super::app::{App, context};
use crossread::corpus::Corpus;
use crossread::notes::{Draft, Note, NoteStore, Placement, Resolution};
use std::collections::HashMap;

#[derive(Default)]
pub struct Notebook {
    /// None when it could not be opened (the status line says why).
    pub store: Option<NoteStore>,
    /// Where each note is anchored now, parallel to the store's notes.
    pub resolutions: Vec<Resolution>,
    /// (article, sentence) → indices of the notes on it.
    pub at: HashMap<(usize, usize), Vec<usize>>,
    /// Deleted notes, for undo.
    pub deleted: Vec<Note>,
    /// The open editor's text kept on disk as it is typed, as the note it would save.
    pub draft: Option<(Draft, Note)>,
    /// The draft of the open editor could not be started: said once, not retried per key.
    pub draft_refused: bool,
}

/// Why a note cannot be saved, deleted or exported: the notebook could not be opened.
const NOT_OPEN: &str = "notes are not available";

impl Notebook {
    /// The store to change, or why there is none.
    pub fn store_mut(&mut self) -> Result<&mut NoteStore, &'static str> {
        self.store.as_mut().ok_or(NOT_OPEN)
    }

    /// The store to read, or why there is none.
    pub fn open_store(&self) -> Result<&NoteStore, &'static str> {
        self.store.as_ref().ok_or(NOT_OPEN)
    }

    /// Re-anchors every note on the articles and rebuilds the per-sentence lookup.
    pub fn place(&mut self, corpus: &Corpus) {
        let Some(store) = &self.store else { return };
        let placement = Placement::new(corpus);
        self.resolutions = store
            .notes()
            .iter()
            .map(|n| placement.resolve(&n.anchor))
            .collect();
        self.at.clear();
        for (i, r) in self.resolutions.iter().enumerate() {
            if let Resolution::Attached {
                article,
                start,
                end,
                ..
            } = r
            {
                let a = &corpus.articles[*article];
                for (s, sentence) in a.sentences.iter().enumerate() {
                    if sentence.start < *end && *start < sentence.end {
                        self.at.entry((*article, s)).or_default().push(i);
                    }
                }
            }
        }
    }
}

impl App {
    /// Re-anchors every note and rebuilds the lookups the reader and the Notes view use.
    pub fn refresh_notes(&mut self) {
        self.notebook.place(&self.corpus);
        self.refresh_notes_view();
    }

    /// Re-filters the Notes view's list.
    pub fn refresh_notes_view(&mut self) {
        let Some(store) = &self.notebook.store else {
            return;
        };
        self.views.notes.refresh(store, &context!(self));
    }
}
