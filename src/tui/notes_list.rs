//! The notes the app shows: each note placed on the open articles (attached, orphan, or on
//! another set), the reader's per-sentence lookup, and the Notes view's filtered list.

use super::app::{App, context};
use crossread::notes::Resolution;

impl App {
    /// Re-anchors every note and rebuilds the lookups the reader and the Notes view use.
    pub fn refresh_notes(&mut self) {
        let Some(store) = &self.notes else { return };
        let placement = crossread::notes::Placement::new(&self.corpus);
        self.note_resolutions = store
            .notes()
            .iter()
            .map(|n| placement.resolve(&n.anchor))
            .collect();
        self.notes_at.clear();
        for (i, r) in self.note_resolutions.iter().enumerate() {
            if let Resolution::Attached {
                article,
                start,
                end,
                ..
            } = r
            {
                let a = &self.corpus.articles[*article];
                for (s, sentence) in a.sentences.iter().enumerate() {
                    if sentence.start < *end && *start < sentence.end {
                        self.notes_at.entry((*article, s)).or_default().push(i);
                    }
                }
            }
        }
        self.refresh_notes_view();
    }

    /// Re-filters the Notes view's list.
    pub fn refresh_notes_view(&mut self) {
        let Some(store) = &self.notes else { return };
        self.notes_view.refresh(store, &context!(self));
    }
}
